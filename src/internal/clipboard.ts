/**
 * Writing text to the clipboard from a click, and what to do when the browser says no.
 *
 * Call `writeToClipboard` synchronously inside the event handler: browsers only let a page
 * write the clipboard during (or shortly after) a user activation, and an `await` before the
 * call can spend it.
 */

/**
 * Starts writing `text` to the clipboard. Resolves when it is there; rejects with an `Error`
 * when the browser refuses (insecure context, an iframe without `clipboard-write`, a denied
 * permission). Never throws synchronously.
 */
export function writeToClipboard(text: string): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (typeof clipboard?.writeText !== 'function') {
    // No Clipboard API: pages served over plain http, old WebViews. The legacy command still
    // works there while the click's activation lasts, that is now, not after a promise.
    return copyWithCommand(text)
      ? Promise.resolve()
      : Promise.reject(new DOMException('The Clipboard API is not available', 'NotAllowedError'));
  }
  try {
    return clipboard.writeText(text).catch((error: unknown) => Promise.reject(asError(error)));
  } catch (error) {
    return Promise.reject(asError(error));
  }
}

/**
 * `document.execCommand('copy')` on a temporary, invisible node. Only useful synchronously
 * in a user-activated handler; after a rejected `writeText` the activation may be gone and a
 * denied permission is the reader's or the site's decision, so it is not retried there.
 */
function copyWithCommand(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const selection = document.getSelection();
  if (selection === null) return false;
  const saved = Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index));
  const node = document.createElement('pre');
  node.textContent = text;
  // Off screen but rendered: a display:none node has nothing to select.
  Object.assign(node.style, { position: 'fixed', top: '0', left: '-9999px', margin: '0', whiteSpace: 'pre' });
  node.setAttribute('aria-hidden', 'true');
  document.body.append(node);
  let copied = false;
  try {
    const range = document.createRange();
    range.selectNodeContents(node);
    selection.removeAllRanges();
    selection.addRange(range);
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    selection.removeAllRanges();
    for (const range of saved) selection.addRange(range);
    node.remove();
  }
  return copied;
}

/**
 * Selects the text of a field or element so the reader can copy it with the keyboard. Form
 * fields are focused too (their selection only shows, and only copies, while they have focus).
 */
export function selectForManualCopy(element: Element): void {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    element.focus({ preventScroll: true });
    element.select();
    return;
  }
  const selection = element.ownerDocument.getSelection();
  if (selection === null) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** The copy shortcut as the reader's keyboard labels it: "⌘C" on Apple platforms, else "Ctrl+C". */
export function copyShortcut(): string {
  if (typeof navigator === 'undefined') return 'Ctrl+C';
  const withHints = navigator as Navigator & { userAgentData?: { platform?: string } };
  const platform = withHints.userAgentData?.platform ?? navigator.platform ?? '';
  return /mac|iphone|ipad|ipod|ios/i.test(platform) ? '⌘C' : 'Ctrl+C';
}

function asError(value: unknown): Error {
  if (value instanceof Error) return value;
  // DOMException is an Error subclass in current engines, but not in every older one.
  if (typeof DOMException !== 'undefined' && value instanceof DOMException) {
    return Object.assign(new Error(value.message), { name: value.name, cause: value });
  }
  return new Error(String(value));
}
