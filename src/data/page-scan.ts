/**
 * Reads what an HTML page says about itself without a DOM and without running anything: its
 * `<html lang>`, `<title>`, `<meta>` and `<link>` tags and `<base href>` in the head, and its
 * `<script type="application/ld+json">` blocks anywhere. A small scanner that follows the HTML
 * tokenizer where it matters for this (comments, quoted attribute values, the raw text of
 * `<script>`, `<style>`, `<title>` and friends), so that a tag inside a comment, an attribute
 * or another script's code is not taken for one. One pass over the text, never back; it never
 * throws, and markup it cannot make sense of is skipped.
 */
import { TagEnds, decodeEntities } from './html-text.js';

/** One JSON-LD block: its text as written (not parsed) and where it starts, for messages. */
export interface JsonLdBlock {
  text: string;
  /** 1-based line of the `<script>` tag in the page. */
  line: number;
}

/** What the page says about itself. Attribute values have their character references decoded. */
export interface PageScan {
  /** `lang` (else `xml:lang`) of the `<html>` tag. */
  lang?: string;
  /** Text of the head's first `<title>`, references decoded. */
  title?: string;
  /** `href` of the head's first `<base>`. */
  base?: string;
  /** `content` of the head's `<meta>` tags by `property`, `name` and `http-equiv` (lower case), in page order. */
  meta: Map<string, string[]>;
  /** `href` of the head's `<link>` tags by each token of their `rel` (lower case), in page order. */
  links: Map<string, string[]>;
  /** The page's JSON-LD blocks, in document order. */
  blocks: JsonLdBlock[];
  /** Where the head ends (`</head>` or `<body>`), when the text gets that far. */
  headEnd?: number;
}

/** At most this many `<meta>` and `<link>` tags are read (a head has a few dozen). */
export const MAX_HEAD_TAGS = 2000;
/** At most this many JSON-LD blocks are read. */
export const MAX_BLOCKS = 1000;
/** Longest attribute value kept, in characters; longer values are cut (no field keeps that much). */
const MAX_VALUE = 32_768;

/** Elements whose content is text up to their end tag, not markup. */
const rawTextElements = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
]);
/** Start tags whose attributes matter. */
const readTags = new Set(['html', 'meta', 'link', 'base', 'script']);

const closingTags = new Map<string, RegExp>();

/** The search for `</name` followed by whitespace, `/` or `>`, in any case; made once per name. */
function closingTag(name: string): RegExp {
  let pattern = closingTags.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    closingTags.set(name, pattern);
  }
  return pattern;
}

/** Whether `text` looks like an HTML document or fragment rather than JSON. */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The attributes of a start tag from `from` to its `>` at `to`, the way the HTML tokenizer
 * reads them: names in lower case, the first of a repeated name wins, values unquoted or in
 * quotes that open only right after `=`.
 */
function attributesOf(html: string, from: number, to: number): Map<string, string> {
  const attributes = new Map<string, string>();
  let at = from;
  while (at < to) {
    const code = html.charCodeAt(at);
    if (isSpace(code) || code === 0x2f) {
      at++;
      continue;
    }
    const nameStart = at;
    at++; // a name may start with "="
    while (at < to && !isSpace(html.charCodeAt(at)) && !'/=>'.includes(html[at]!)) at++;
    const name = html.slice(nameStart, at).toLowerCase();
    while (at < to && isSpace(html.charCodeAt(at))) at++;
    let value = '';
    if (html[at] === '=') {
      at++;
      while (at < to && isSpace(html.charCodeAt(at))) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, at + 1);
        const close = end === -1 || end > to ? to : end;
        value = html.slice(at + 1, Math.min(close, at + 1 + MAX_VALUE));
        at = close + 1;
      } else {
        const start = at;
        while (at < to && !isSpace(html.charCodeAt(at))) at++;
        value = html.slice(start, Math.min(at, start + MAX_VALUE));
      }
    }
    if (!attributes.has(name)) attributes.set(name, decodeEntities(value));
  }
  return attributes;
}

function add(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Lines of increasing positions (blocks come in document order), each newline counted once:
 * counting from the start of the page for every block was quadratic.
 */
class LineCounter {
  private line = 1;
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf('\n');
  }

  at(index: number): number {
    while (this.nextNewline !== -1 && this.nextNewline < index) {
      this.line++;
      this.nextNewline = this.text.indexOf('\n', this.nextNewline + 1);
    }
    return this.line;
  }
}

/** Reads the page's head tags and JSON-LD blocks; see `PageScan`. Linear in the page's length. */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { meta: new Map(), links: new Map(), blocks: [] };
  const tags = new TagEnds(html);
  const lines = new LineCounter(html);
  let headTags = 0;
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      position = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(open + 1);
    const closing = next === 0x2f;
    if (!isLetter(closing ? html.charCodeAt(open + 2) : next)) {
      // A doctype, a processing instruction or a bogus comment ends at the next ">"; a stray "<" is text.
      const end = next === 0x21 || next === 0x3f || closing ? html.indexOf('>', open + 1) : open;
      position = end === -1 ? html.length : end + 1;
      continue;
    }
    const nameStart = open + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (
      nameEnd < html.length &&
      !isSpace(html.charCodeAt(nameEnd)) &&
      html[nameEnd] !== '/' &&
      html[nameEnd] !== '>'
    )
      nameEnd++;
    const name = html.slice(nameStart, Math.min(nameEnd, nameStart + 16)).toLowerCase();
    // A tag the text ends inside is dropped with the rest of the text, as the tokenizer does.
    const tagEnd = tags.find(nameEnd - 1);
    if (tagEnd === -1) break;
    position = tagEnd + 1;
    const inHead = scan.headEnd === undefined;
    if (closing) {
      if (name === 'head' && inHead) scan.headEnd = open;
      continue;
    }
    if (name === 'body' && inHead) scan.headEnd = open;
    if (readTags.has(name) && (name === 'script' || (inHead && headTags < MAX_HEAD_TAGS))) {
      const attributes = attributesOf(html, nameEnd, html[tagEnd - 1] === '/' ? tagEnd - 1 : tagEnd);
      if (name !== 'script') headTags++;
      readHeadTag(scan, name, attributes);
      if (name === 'script' && scan.blocks.length < MAX_BLOCKS && isJsonLd(attributes)) {
        const end = rawTextEnd(html, 'script', position);
        scan.blocks.push({ text: html.slice(position, end), line: lines.at(open) });
      }
    }
    if (!rawTextElements.has(name)) continue;
    const contentEnd = rawTextEnd(html, name, position);
    if (name === 'title' && inHead && scan.title === undefined) {
      scan.title = decodeEntities(html.slice(position, Math.min(contentEnd, position + MAX_VALUE)));
    }
    if (contentEnd === html.length) break;
    const afterClose = tags.find(contentEnd + 1);
    if (afterClose === -1) break;
    position = afterClose + 1;
  }
  return scan;
}

/** Where the raw text of `name` starting at `from` ends: its end tag, or the end of the text. */
function rawTextEnd(html: string, name: string, from: number): number {
  if (name === 'plaintext') return html.length;
  const pattern = closingTag(name);
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}

function isJsonLd(attributes: Map<string, string>): boolean {
  return (attributes.get('type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/ld+json';
}

function readHeadTag(scan: PageScan, name: string, attributes: Map<string, string>): void {
  if (name === 'html') {
    scan.lang ??= attributes.get('lang') ?? attributes.get('xml:lang');
  } else if (name === 'base') {
    scan.base ??= attributes.get('href');
  } else if (name === 'meta') {
    const content = attributes.get('content');
    if (content === undefined) return;
    for (const key of ['property', 'name', 'http-equiv']) {
      const value = attributes.get(key);
      if (value !== undefined) add(scan.meta, value.trim().toLowerCase(), content);
    }
  } else if (name === 'link') {
    const href = attributes.get('href');
    if (href === undefined) return;
    for (const rel of (attributes.get('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/)) {
      if (rel !== '') add(scan.links, rel, href);
    }
  }
}

/** The page's JSON-LD blocks, in document order. */
export function findJsonLdBlocks(html: string): JsonLdBlock[] {
  return scanPage(html).blocks;
}
