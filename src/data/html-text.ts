/**
 * Turning publisher text that may hold HTML (schema.org values are often HTML-escaped,
 * sometimes with tags) into plain text. Pure string code: no DOM, so it runs the same in Node
 * and browsers.
 */
import { collapseWhitespace, readLimit, truncateText } from './text.js';

// HTML's Latin-1 entities, in code point order from U+00A0.
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER_ENTITIES: Record<string, number> = {
  amp: 0x26,
  AMP: 0x26,
  lt: 0x3c,
  LT: 0x3c,
  gt: 0x3e,
  GT: 0x3e,
  quot: 0x22,
  QUOT: 0x22,
  apos: 0x27,
  COPY: 0xa9,
  REG: 0xae,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  hyphen: 0x2010,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  oline: 0x203e,
  frasl: 0x2044,
  euro: 0x20ac,
  trade: 0x2122,
  minus: 0x2212,
};

const NAMED_ENTITIES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  LATIN_1.split(' ').forEach((name, index) => map.set(name, String.fromCharCode(0xa0 + index)));
  for (const [name, code] of Object.entries(OTHER_ENTITIES)) map.set(name, String.fromCharCode(code));
  return map;
})();

// Numeric references to 0x80–0x9F mean Windows-1252 characters (HTML spec,
// "numeric character reference end state"); sites still write &#146; for ’.
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x2c6,
  0x89: 0x2030,
  0x8a: 0x160,
  0x8b: 0x2039,
  0x8c: 0x152,
  0x8e: 0x17d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x2dc,
  0x99: 0x2122,
  0x9a: 0x161,
  0x9b: 0x203a,
  0x9c: 0x153,
  0x9e: 0x17e,
  0x9f: 0x178,
};

const ENTITY = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/**
 * Decodes HTML character references in one pass, so `&amp;uuml;` becomes the
 * text `&uuml;` (never `ü`). Only terminated references (`&name;`, `&#NNN;`,
 * `&#xHH;`) are decoded; unknown names are left as they are.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED_ENTITIES.get(name ?? '') ?? match;
  });
}

// Elements whose boundaries separate words: replaced by a space, while inline
// elements (a, b, em, span…) vanish without one ("x<b>y</b>" reads "xy").
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const TAG_START = /[A-Za-z/!?]/;
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;

// The states of the scan for a tag's `>`: outside quotes (just after `=` or not), or inside a
// value quoted with " or '. One bit each in `TagEnds.dead`.
const PLAIN = 1;
const AFTER_EQUALS = 2;
const IN_DOUBLE = 4;
const IN_SINGLE = 8;

/**
 * Finds where tags end, remembering where a scan found none. A `<` whose tag never ends stays
 * text and the scan starts again one character later, so without memory `'<a'.repeat(n)`
 * would scan to the end of the text n times. The scan is a small state machine: once it
 * reaches a position in a state that already led to the end of the text without a `>`, it
 * stops, so each position is walked at most once per state over the whole text.
 */
export class TagEnds {
  /** Per position, the states known to reach the end of the text without a `>`; made on first need. */
  private dead: Uint8Array | undefined;

  constructor(private readonly html: string) {}

  /** Index of the `>` that ends the tag opening at `start`, or -1. Quoted attribute values may hold `>`. */
  find(start: number): number {
    const end = this.walk(start, false);
    if (end === -1) this.walk(start, true);
    return end;
  }

  private walk(start: number, markDead: boolean): number {
    const html = this.html;
    let state = PLAIN;
    for (let i = start + 1; i < html.length; i++) {
      if (this.dead !== undefined && (this.dead[i]! & state) !== 0) return -1;
      if (markDead) this.dead![i]! |= state;
      const char = html.charCodeAt(i);
      if (state === IN_DOUBLE || state === IN_SINGLE) {
        if (char === (state === IN_DOUBLE ? 0x22 : 0x27)) state = PLAIN;
        continue;
      }
      if (char === 0x3e) return i;
      if ((char === 0x22 || char === 0x27) && state === AFTER_EQUALS) state = char === 0x22 ? IN_DOUBLE : IN_SINGLE;
      else if (char !== 0x20 && char !== 0x09 && char !== 0x0a && char !== 0x0d)
        state = char === 0x3d ? AFTER_EQUALS : PLAIN;
    }
    if (markDead) return -1;
    this.dead ??= new Uint8Array(html.length);
    return -1;
  }
}

const rawTextEnd: Record<'script' | 'style', RegExp> = { script: /<\/script/gi, style: /<\/style/gi };

/**
 * Removes tags and comments, and the content of `<script>` and `<style>`. A `<`
 * that does not start a complete tag ("a < b", "<3") stays as text.
 * Entities are left alone: decode after stripping. Linear in the text's length.
 */
export function stripTags(html: string): string {
  if (!html.includes('<')) return html;
  const tags = new TagEnds(html);
  const lastEnd = html.lastIndexOf('>');
  let out = '';
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open < 0) {
      out += html.slice(position);
      break;
    }
    out += html.slice(position, open);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      position = close < 0 ? html.length : close + 3;
      continue;
    }
    // No ">" after this "<": no tag ends any more, and the rest is text.
    if (open > lastEnd) {
      out += html.slice(open);
      break;
    }
    const end = TAG_START.test(html.charAt(open + 1)) ? tags.find(open) : -1;
    if (end < 0) {
      out += '<';
      position = open + 1;
      continue;
    }
    const name = TAG_NAME.exec(html.slice(open, Math.min(end + 1, open + 64)))?.[1]?.toLowerCase();
    const closing = html.charAt(open + 1) === '/';
    position = end + 1;
    if (!closing && (name === 'script' || name === 'style')) {
      const pattern = rawTextEnd[name];
      pattern.lastIndex = position;
      const close = pattern.exec(html)?.index ?? -1;
      const closeEnd = close < 0 ? -1 : tags.find(close);
      position = closeEnd < 0 ? html.length : closeEnd + 1;
      out += ' ';
      continue;
    }
    if (name !== undefined && BLOCK_ELEMENTS.has(name)) out += ' ';
  }
  return out;
}

/**
 * Plain text from a string that may hold HTML (as schema.org values often do):
 * tags stripped, entities decoded once, whitespace collapsed, capped at `max`.
 */
export function htmlToText(html: string, max: number): string {
  return truncateText(collapseWhitespace(decodeEntities(stripTags(html.slice(0, readLimit(max))))), max);
}
