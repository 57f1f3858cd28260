/**
 * Our own `Article` shape in, a clean `Article` out: the part of the data layer an element
 * needs when its data is already in our shape (as a publisher's JSON endpoint serves it).
 * schema.org JSON-LD is read by `normalize.ts`, which builds on this module; keeping the two
 * apart lets a page that only ever sees our shape skip loading the JSON-LD reader.
 *
 * Inputs still come from other people's code, so nothing here trusts a type either.
 */
import { parseDate, toTimestamp } from './dates.js';
import { parseSrcset } from './srcset.js';
import { plainText } from './text.js';
import { ArticleDataError } from './types.js';
import type { Article, ArticleImage, ArticleKind } from './types.js';
import { checkUrl, safeUrl } from './url.js';

const MAX_DIMENSION = 100_000;
// An update a minute after publication is the CMS saving twice, not news.
const MIN_UPDATE_GAP_MS = 60_000;

export const KINDS: readonly ArticleKind[] = ['article', 'video', 'live', 'gallery'];

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/**
 * The object without its fields that are `undefined`: an `Article` leaves out what the data
 * lacks rather than holding keys set to nothing.
 */
export function withoutEmpty<T extends object>(fields: T): T {
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (fields[key] === undefined) delete fields[key];
  }
  return fields;
}

/** Plain text from a string that is already text; undefined for anything else or nothing left. */
export function plainTextOf(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = plainText(value, max);
  return text === '' ? undefined : text;
}

export const LIMITS = {
  headline: 500,
  description: 2000,
  section: 100,
  byline: 300,
  name: 200,
  caption: 1000,
  credit: 300,
  alt: 1000,
  sizes: 500,
  authors: 20,
  srcset: 20,
  stories: 500,
  jsonLength: 5_000_000,
} as const;

// ---------------------------------------------------------------------------
// JSON text

/**
 * Parses JSON text such as the body of a `<script type="application/ld+json">`.
 * The `<!-- -->` and `<![CDATA[ ]]>` wrappers some CMSs put around it are removed first.
 */
export function parseJsonText(text: string): { value: unknown } | { error: ArticleDataError } {
  if (text.length > LIMITS.jsonLength) {
    return { error: new ArticleDataError('json', `too large (over ${LIMITS.jsonLength} characters)`) };
  }
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const opening = /^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/.exec(text.slice(start));
  if (opening) start += opening[0].length;
  const body = text.slice(start, start + closingWrapperAt(text.slice(start)));
  if (body.trim() === '') return { error: new ArticleDataError('json', 'empty') };
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      error: new ArticleDataError('json', `not valid JSON: ${withLocation(message, text, start)}`, { cause: error }),
    };
  }
}

/**
 * Where a closing `-->` or `]]>` (with an optional `//` before it and white space after)
 * starts, or the text's length without one. Read from the end: a regular expression anchored
 * only at the end would try every position of a long block.
 */
function closingWrapperAt(text: string): number {
  let end = text.trimEnd().length;
  const wrapped = text.startsWith('-->', end - 3) || text.startsWith(']]>', end - 3);
  if (!wrapped) return text.length;
  end -= 3;
  const beforeComment = text.slice(0, end).trimEnd();
  return beforeComment.endsWith('//') ? beforeComment.length - 2 : end;
}

// V8 reports a character offset; a line and column (in the text as given)
// are what a person can find in their template.
function withLocation(message: string, text: string, offset: number): string {
  const position = /\bposition (\d+)/.exec(message);
  if (!position || /\bline \d/.test(message)) return message;
  const before = text.slice(0, offset + Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** A pixel size from 1200, "1200" or "1200px" (also a QuantitativeValue); anything else is dropped. */
export function dimensionOf(value: unknown): number | undefined {
  // A QuantitativeValue holds the number in `value`.
  const raw = isObject(value) ? value.value : value;
  let number = Number.NaN;
  if (typeof raw === 'number') number = raw;
  else if (typeof raw === 'string') number = Number(/^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(raw)?.[1] ?? Number.NaN);
  if (!Number.isFinite(number) || number < 1 || number > MAX_DIMENSION) return undefined;
  return Math.round(number);
}

const LANGUAGE_TAG =
  /^[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;

/**
 * A well-formed BCP 47 tag in canonical case, or undefined. POSIX locales as
 * some CMSs print them ("es_AR.UTF-8") are read as the tag they mean ("es-AR").
 */
export function normalizeLang(value: string): string | undefined {
  // A page of cards reads the same few tags over and over; Intl's canonicalization is not cheap.
  const known = normalizedLangs.get(value);
  if (known !== undefined) return known === null ? undefined : known;
  const lang = canonicalTag(value);
  if (normalizedLangs.size >= 100) normalizedLangs.clear();
  normalizedLangs.set(value, lang ?? null);
  return lang;
}

const normalizedLangs = new Map<string, string | null>();

function canonicalTag(value: string): string | undefined {
  const tag = value
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-');
  if (tag.length > 35 || !LANGUAGE_TAG.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function stripByPrefix(name: string): string {
  return name.replace(/^(?:by[\s:]+)+/i, '');
}

export function pushAuthor(list: { name: string; url?: string }[], name: string | undefined, url?: string): void {
  if (name === undefined) return;
  const clean = stripByPrefix(name).trim();
  if (clean === '' || list.length >= LIMITS.authors || list.some((author) => author.name === clean)) return;
  list.push(url ? { name: clean, url } : { name: clean });
}

export function isLaterUpdate(published: string | undefined, modified: string | undefined): boolean {
  if (modified === undefined) return false;
  if (published === undefined) return true;
  const publishedTime = toTimestamp(published);
  const modifiedTime = toTimestamp(modified);
  if (publishedTime === undefined || modifiedTime === undefined) return false;
  return modifiedTime - publishedTime >= MIN_UPDATE_GAP_MS;
}

/** A standfirst that repeats the headline (or its first words) says nothing. */
export function usefulDescription(description: string | undefined, headline: string): string | undefined {
  return description && !headline.startsWith(description) ? description : undefined;
}

/** Candidates in `srcset` that pass the URL policy, rebuilt as "url descriptor, …". */
export function srcsetOf(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidates: string[] = [];
  for (const candidate of parseSrcset(value.slice(0, 20_000))) {
    const url = safeUrl(candidate.url, { base, kind: 'image' });
    const descriptor = candidate.descriptor;
    if (!url || (descriptor !== '' && !/^\d+(?:\.\d+)?[wx]$/.test(descriptor))) continue;
    // A trailing comma would read as the separator next time: written as %2C it stays in the URL.
    const written = url.replace(/,+$/, (commas) => '%2C'.repeat(commas.length));
    candidates.push(descriptor ? `${written} ${descriptor}` : written);
    if (candidates.length >= LIMITS.srcset) break;
  }
  return candidates.length > 0 ? candidates.join(', ') : undefined;
}

function ownImage(value: unknown, headline: string, base: string | undefined): ArticleImage | undefined {
  if (!isObject(value)) return undefined;
  const src = safeUrl(value.src, { base, kind: 'image' });
  if (!src) return undefined;
  const alt = typeof value.alt === 'string' ? plainText(value.alt, LIMITS.alt) : headline;
  const width = dimensionOf(value.width);
  const height = dimensionOf(value.height);
  const srcset = srcsetOf(value.srcset, base);
  const sizes = plainTextOf(value.sizes, LIMITS.sizes);
  const caption = plainTextOf(value.caption, LIMITS.caption);
  const credit = plainTextOf(value.credit, LIMITS.credit);
  return withoutEmpty({
    src,
    alt,
    width,
    height,
    srcset,
    sizes,
    caption,
    credit,
  });
}

function ownAuthors(value: unknown, base: string | undefined): Article['authors'] {
  const authors: { name: string; url?: string }[] = [];
  const items = Array.isArray(value) ? value.slice(0, 100) : value === undefined ? [] : [value];
  for (const item of items) {
    if (typeof item === 'string') pushAuthor(authors, plainTextOf(item, LIMITS.name));
    else if (isObject(item)) {
      pushAuthor(authors, plainTextOf(item.name, LIMITS.name), safeUrl(item.url, { base, kind: 'link' }));
    }
  }
  return authors.length > 0 ? authors : undefined;
}

function ownPublisher(value: unknown, base: string | undefined): Article['publisher'] {
  if (!isObject(value)) return undefined;
  const name = plainTextOf(value.name, LIMITS.name);
  if (!name) return undefined;
  const url = safeUrl(value.url, { base, kind: 'link' });
  const logo = safeUrl(value.logo, { base, kind: 'image' });
  return withoutEmpty({ name, url, logo });
}

/** Our own shape: already plain text, so nothing is decoded (normalizing twice changes nothing). */
export function fromOwnShape(input: JsonObject, base: string | undefined): Article | ArticleDataError {
  const headline = plainTextOf(input.headline, LIMITS.headline);
  if (!headline) return new ArticleDataError('headline', 'missing or empty');
  if (input.url === undefined || input.url === null || input.url === '') return new ArticleDataError('url', 'missing');
  const location = checkUrl(input.url, { base, kind: 'link' });
  if ('error' in location) return new ArticleDataError('url', location.error);

  const description = usefulDescription(plainTextOf(input.description, LIMITS.description), headline);
  const section = plainTextOf(input.section, LIMITS.section);
  const byline = plainTextOf(input.byline, LIMITS.byline);
  const authors = ownAuthors(input.authors, base);
  const publisher = ownPublisher(input.publisher, base);
  const datePublished = parseDate(input.datePublished);
  const modified = parseDate(input.dateModified);
  const dateModified = isLaterUpdate(datePublished, modified) ? modified : undefined;
  const image = ownImage(input.image, headline, base);
  const lang = typeof input.lang === 'string' ? normalizeLang(input.lang) : undefined;
  const kind = KINDS.find((candidate) => candidate === input.kind);

  return withoutEmpty({
    url: location.url,
    headline,
    description,
    section,
    byline,
    authors,
    publisher,
    datePublished,
    dateModified,
    image,
    lang,
    kind,
  });
}

export function isJsonLd(object: JsonObject): boolean {
  return ['@type', 'type', '@context', '@graph'].some((key) => hasOwn(object, key));
}

export function guarded<T>(run: () => T | ArticleDataError, field: string): T | ArticleDataError {
  try {
    return run();
  } catch (error) {
    // Getters that throw, proxies, engine limits: bad data must not break the page.
    return new ArticleDataError(
      field,
      `could not be read (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
}

/**
 * Our `Article` shape, or the JSON text of it, as an `Article` (or an `ArticleDataError`
 * naming the field); `undefined` when the input is something else (schema.org JSON-LD, an
 * array of blocks, not an object), which only `normalizeArticle` reads. Never throws.
 */
export function normalizeOwnShape(input: unknown, base: string | undefined): Article | ArticleDataError | undefined {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if ('error' in parsed) return parsed.error;
    value = parsed.value;
  }
  return guarded(() => (isObject(value) && !isJsonLd(value) ? fromOwnShape(value, base) : undefined), 'input');
}
