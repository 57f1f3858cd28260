/** `srcset` parsing shared by the data layer and `<aw-photo>`. No DOM: runs in Node too. */

export interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/**
 * Splits a srcset the way the HTML parser does: a URL runs to the next ASCII whitespace (so
 * commas inside `data:` URLs survive; other spaces, such as U+00A0, belong to the URL, as for
 * the browser) and a candidate's descriptors run to the next comma.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let position = 0;
  while (position < value.length) {
    while (position < value.length && /[\t\n\f\r ,]/.test(value[position]!)) position += 1;
    if (position >= value.length) break;
    let end = position;
    while (end < value.length && !/[\t\n\f\r ]/.test(value[end]!)) end += 1;
    let url = value.slice(position, end);
    position = end;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = withoutTrailingCommas(url);
    } else {
      let depth = 0;
      const start = position;
      while (position < value.length && (value[position] !== ',' || depth > 0)) {
        if (value[position] === '(') depth += 1;
        else if (value[position] === ')') depth = Math.max(0, depth - 1);
        position += 1;
      }
      descriptor = value.slice(start, position).trim().replace(/\s+/g, ' ');
    }
    if (url !== '') candidates.push({ url, descriptor });
  }
  return candidates;
}

/** The text without the commas at its end. A loop: `/,+$/` tries every comma of a long run in the middle. */
export function withoutTrailingCommas(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2c) end--;
  return text.slice(0, end);
}
