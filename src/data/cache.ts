/**
 * `compute` remembered by key, for values that cost far more to make than to look up (Intl
 * objects, canonical language tags): a page has a handful of keys, so the cache forgets
 * everything once it holds `limit` of them, and a hostile stream of keys cannot grow it.
 */
export function cached<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const values = new Map<string, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined && !values.has(key)) {
      value = compute(key);
      if (values.size >= limit) values.clear();
      values.set(key, value);
    }
    return value as V;
  };
}

/**
 * One copy of a text that many elements show alike (a day's date, "2 hours ago", "Updated",
 * a credit line): each element keeps the same string instead of its own equal one, which on a
 * page of a hundred cards is a hundred strings fewer per text.
 */
export const oneCopy: (text: string) => string = cached(256, (text) => text);
