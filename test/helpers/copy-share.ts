/**
 * Helpers for the copy and share button tests: real pointer clicks (so the page gets the user
 * activation the Clipboard and Web Share APIs ask for) and stubs that are always undone.
 */
import { expect } from '@open-wc/testing';
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

/**
 * Checks what the copy and share buttons' `<button>` takes from custom properties: its colours
 * (and, for the copy button, its inline padding) from `--aw-<element>-*`, else from the library
 * tokens, and a frame that does not change with them.
 */
export function expectButtonProperties(
  host: HTMLElement,
  button: HTMLElement,
  element: 'copy-button' | 'share-button',
): void {
  const tenths = (length: string) => Math.round(parseFloat(length) * 10) / 10;
  const look = () => {
    const style = getComputedStyle(button);
    return {
      color: style.color,
      background: style.backgroundColor,
      border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
      radius: style.borderTopLeftRadius,
      // To a tenth of a pixel: Firefox lays out in sixtieths (5.625px is 5.63333px there).
      padding: `${tenths(style.paddingTop)}px ${tenths(style.paddingLeft)}px`,
      minHeight: style.minHeight,
      weight: style.fontWeight,
    };
  };
  // 0.375em and 0.875em of the buttons' 15px text; 2.5rem tall at the least.
  const frame = { radius: '3px', minHeight: '40px', weight: '600' };
  host.style.cssText =
    '--aw-color-text: rgb(1, 2, 3); --aw-color-surface: rgb(4, 5, 6); --aw-color-border: rgb(7, 8, 9); --aw-radius: 3px';
  expect(look()).to.deep.equal({
    ...frame,
    color: 'rgb(1, 2, 3)',
    background: 'rgb(4, 5, 6)',
    border: '1px solid rgb(7, 8, 9)',
    padding: '5.6px 13.1px',
  });
  host.style.setProperty(`--aw-${element}-color`, 'rgb(10, 11, 12)');
  host.style.setProperty(`--aw-${element}-background`, 'rgb(13, 14, 15)');
  host.style.setProperty(`--aw-${element}-border-color`, 'rgb(16, 17, 18)');
  host.style.setProperty(`--aw-${element}-padding`, '20px');
  expect(look()).to.deep.equal({
    ...frame,
    color: 'rgb(10, 11, 12)',
    background: 'rgb(13, 14, 15)',
    border: '1px solid rgb(16, 17, 18)',
    // The share button has no padding property.
    padding: element === 'copy-button' ? '5.6px 20px' : '5.6px 13.1px',
  });
}
