/**
 * Helpers for the copy and share button tests: real pointer clicks (so the page gets the user
 * activation the Clipboard and Web Share APIs ask for) and stubs that are always undone.
 */
import { sendMouse } from '@web/test-runner-commands';

/** Clicks the middle of an element with the browser's own mouse (a trusted, activating click). */
export async function clickCenter(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)],
  });
}

/** Clicks a point of the viewport, e.g. outside a popover. */
export async function clickAt(x: number, y: number): Promise<void> {
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}

/**
 * Replaces a property of an object (often a getter on its prototype, like `navigator.clipboard`)
 * with an own property, and returns the function that removes it again.
 */
export function stubProperty<T extends object>(target: T, key: PropertyKey, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<PropertyKey, unknown>)[key];
  };
}

/** A unique text per test, so a clipboard read can only match this test's copy. */
export function uniqueText(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2)} — «ü» ع`;
}
