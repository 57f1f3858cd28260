/**
 * What every reader of article data shares: the caps on each field, and the small field
 * readers (dimensions, language tags, authors) that our own shape, the JSON-LD reader and the
 * page reader use alike. Nothing here trusts a type.
 */
import { plainText } from './text.js';
import { ArticleDataError } from './types.js';
import type { ArticleKind } from './types.js';
import { canonicalLang } from './lang-tag.js';

export const KINDS: readonly ArticleKind[] = ['article', 'video', 'live', 'gallery'];

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Whether an object is schema.org JSON-LD rather than our own shape. */
export function isJsonLd(object: JsonObject): boolean {
  return ['@type', 'type', '@context', '@graph'].some((key) => hasOwn(object, key));
}

/**
 * The object without its fields that are `undefined`: an `Article` leaves out what the data
 * lacks rather than holding keys set to nothing.
 */
export function withoutEmpty<T extends object>(fields: T): T {
  // A new object rather than `delete`: deleting a key makes an object a slow dictionary, which
  // a card keeps for as long as it shows (about 180 bytes more per image and per publisher).
  const kept: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (fields[key] !== undefined) kept[key] = fields[key];
  }
  return kept as T;
}

/** Longest text kept per field, in characters; longer text is cut at a word boundary. */
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
} as const;

/** Plain text from a string that is already text; undefined for anything else or nothing left. */
export function plainTextOf(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = plainText(value, max);
  return text === '' ? undefined : text;
}

const MAX_DIMENSION = 100_000;

/** A pixel size from 1200, "1200" or "1200px" (also a QuantitativeValue); anything else is dropped. */
export function dimensionOf(value: unknown): number | undefined {
  // A QuantitativeValue holds the number in `value`.
  const raw = isObject(value) ? value.value : value;
  let number = Number.NaN;
  if (typeof raw === 'number') number = raw;
  // The length check keeps the pattern's two `\s*` from trying every split of a long run of spaces.
  else if (typeof raw === 'string' && raw.length <= 32)
    number = Number(/^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(raw)?.[1] ?? Number.NaN);
  if (!Number.isFinite(number) || number < 1 || number > MAX_DIMENSION) return undefined;
  return Math.round(number);
}

/**
 * A well-formed BCP 47 tag in canonical case, or undefined. POSIX locales as
 * some CMSs print them ("es_AR.UTF-8") are read as the tag they mean ("es-AR").
 */
export function normalizeLang(value: string): string | undefined {
  return canonicalLang(value, { posix: true });
}

function stripByPrefix(name: string): string {
  return name.replace(/^(?:by[\s:]+)+/i, '');
}

/** Adds an author by name (without a "By " prefix) unless the list is full or has the name already. */
export function pushAuthor(list: { name: string; url?: string }[], name: string | undefined, url?: string): void {
  if (name === undefined) return;
  const clean = stripByPrefix(name).trim();
  if (clean === '' || list.length >= LIMITS.authors || list.some((author) => author.name === clean)) return;
  list.push(url ? { name: clean, url } : { name: clean });
}

/** A standfirst that repeats the headline (or its first words) says nothing. */
export function usefulDescription(description: string | undefined, headline: string): string | undefined {
  return description && !headline.startsWith(description) ? description : undefined;
}

/** Runs a reader; anything it throws becomes an `ArticleDataError` for `field`. */
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
