/**
 * For an element's `getUpdateComplete` when its render waits on something that loads (strings,
 * a data reader): runs `complete` (the element's own update promise) and, while `waiting()`
 * names a load, runs it again once that is done, so the result describes the final render.
 */
export async function settleAfter(
  complete: () => Promise<boolean>,
  waiting: () => Promise<unknown> | undefined,
): Promise<boolean> {
  let result = await complete();
  for (let load = waiting(); load !== undefined; load = waiting()) {
    await load;
    result = await complete();
  }
  return result;
}
