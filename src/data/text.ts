/**
 * Plain text from strings that are already text: whitespace collapsed, control characters
 * removed, capped at a length. Pure string code: no DOM, so it runs the same in Node and browsers.
 * (Text that may hold HTML, as schema.org values often do, goes through `html-text.ts`.)
 */

// No-break spaces are typography (French « », numbers and units), so they
// survive; every other run of whitespace becomes one space. A single plain space is no run to
// replace: text with none is then returned as it came, the same string, where replacing every
// space would build a new one (kept, in pieces, by every element that shows it).
const WHITESPACE_RUN =
  /[\t\n\v\f\r\u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000][\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*| [\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Removes control characters, turns whitespace runs into one space, trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary
 * when one is near and ending with "…".
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 2) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  if (!/\s/.test(text.charAt(cut.length))) {
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.6) cut = cut.slice(0, space);
  }
  return `${withoutTrailingPunctuation(cut)}…`;
}

// What may not end a cut text before its "…".
const TRAILING = /[\s,;:.\-–—]/u;

/** Trailing spaces and punctuation removed, one character at a time (a `…+$` pattern is quadratic). */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

// Text this far past the cap cannot survive truncation, so it is not worth
// scanning (a 2 MB headline costs the same as a short one).
export function readLimit(max: number): number {
  return max * 16 + 1024;
}

/** Plain text from a string that is already text: whitespace collapsed, capped at `max`. */
export function plainText(text: string, max: number): string {
  return truncateText(collapseWhitespace(text.slice(0, readLimit(max))), max);
}
