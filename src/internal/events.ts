/**
 * Dispatches an `aw-*` event the way every element of the library does: bubbling and
 * composed, so a listener on `document` sees events from inside shadow roots.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<K extends keyof AwEventDetailMap>(
  target: EventTarget,
  type: K,
  detail: AwEventDetailMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  const event = new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: options.cancelable ?? false,
  });
  return target.dispatchEvent(event);
}

/** Event names of the library and the `detail` each one carries. */
export interface AwEventDetailMap {
  'aw-load': { article?: import('../data/types.js').Article; stories?: import('../data/types.js').Article[] };
  'aw-error': { error: Error; source: string };
  'aw-copy': { value: string };
  'aw-copy-error': { error: Error };
  'aw-share': { network: string; url: string };
  'aw-impression': { url: string; index: number };
  'aw-select': { url: string; index: number };
}

type AwEvents = { [K in keyof AwEventDetailMap]: CustomEvent<AwEventDetailMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends AwEvents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AwEvents {}
}
