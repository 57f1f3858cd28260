/**
 * Finds the `<script type="application/ld+json">` blocks of an HTML page without a DOM: a
 * small scanner that follows the HTML tokenizer where it matters for this (comments, quoted
 * attribute values, the raw text of `<script>`, `<style>`, `<textarea>` and friends), so that
 * a `<script` inside a comment, an attribute or another script's code is not taken for a block.
 * It never throws; markup it cannot make sense of is skipped.
 */

/** One JSON-LD block: its text as written (not parsed) and where it starts, for messages. */
export interface JsonLdBlock {
  text: string;
  /** 1-based line of the `<script>` tag in the page. */
  line: number;
}

/** Elements whose content is text up to their end tag, not markup. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Whether `text` looks like an HTML document or fragment rather than JSON. */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** The page's JSON-LD blocks, in document order. */
export function findJsonLdBlocks(page: string): JsonLdBlock[] {
  const blocks: JsonLdBlock[] = [];
  const lower = page.toLowerCase();
  let position = 0;
  while (position < page.length) {
    const open = page.indexOf('<', position);
    if (open === -1) break;
    if (page.startsWith('<!--', open)) {
      const end = page.indexOf('-->', open + 4);
      position = end === -1 ? page.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(page.slice(open, open + 64))?.[1]?.toLowerCase();
    if (name === undefined) {
      // An end tag, a doctype, a processing instruction or a stray "<": skip to its ">".
      const end = /^<[/!?]/.test(page.slice(open, open + 2)) ? page.indexOf('>', open + 1) : open;
      position = end === -1 ? page.length : end + 1;
      continue;
    }
    const tagEnd = endOfTag(page, open + 1 + name.length);
    if (tagEnd === -1) break;
    position = tagEnd + 1;
    if (!rawTextElements.has(name)) continue;

    // The raw text runs to the first "</name" followed by whitespace, "/" or ">".
    const closing = new RegExp(`</${name}[\\s/>]`, 'g');
    closing.lastIndex = position;
    const match = closing.exec(lower);
    const contentEnd = match === null ? page.length : match.index;
    if (name === 'script' && scriptType(page.slice(open, tagEnd + 1)) === 'application/ld+json') {
      blocks.push({ text: page.slice(position, contentEnd), line: lineOf(page, open) });
    }
    if (match === null) break;
    const afterClose = page.indexOf('>', contentEnd);
    position = afterClose === -1 ? page.length : afterClose + 1;
  }
  return blocks;
}

/** Index of the ">" that ends a start tag whose attributes begin at `from`; -1 if none. */
function endOfTag(page: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < page.length; index += 1) {
    const char = page[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '>') {
      return index;
    } else if ((char === '"' || char === "'") && page[previousNonSpace(page, index)] === '=') {
      // A quote only opens a value right after "=": `<a b"c>` has no quoted value.
      quote = char;
    }
  }
  return -1;
}

function previousNonSpace(page: string, index: number): number {
  let at = index - 1;
  while (at > 0 && /\s/.test(page[at]!)) at -= 1;
  return at;
}

/** The media type of a `<script …>` start tag, lower-cased and without parameters. */
function scriptType(tag: string): string | undefined {
  const attributes = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  attributes.lastIndex = '<script'.length;
  for (let match = attributes.exec(tag); match !== null; match = attributes.exec(tag)) {
    if (match[1]!.toLowerCase() !== 'type') continue;
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    return value.split(';')[0]!.trim().toLowerCase();
  }
  return undefined;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}
