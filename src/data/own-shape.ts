/**
 * Our own `Article` shape in, a clean `Article` out: the part of the data layer an element
 * needs when its data is already in our shape (as a publisher's JSON endpoint serves it).
 * schema.org JSON-LD is read by `json-ld.ts`; keeping the two apart lets a page that only ever
 * sees our shape skip loading the JSON-LD reader (see `read-article.ts`).
 *
 * Inputs still come from other people's code, so nothing here trusts a type either.
 */
import { isIsoForm, keptModification, parseIsoDate } from './dates.js';
import {
  KINDS,
  LIMITS,
  dimensionOf,
  guarded,
  isJsonLd,
  isObject,
  normalizeLang,
  plainTextOf,
  pushAuthor,
  usefulDescription,
  withoutEmpty,
} from './fields.js';
import { jsonValue } from './json-text.js';
import { parseSrcset, withoutTrailingCommas } from './srcset.js';
import { plainText } from './text.js';
import { ArticleDataError } from './types.js';
import type { Article, ArticleImage } from './types.js';
import { checkUrl, safeUrl } from './url.js';

/** Candidates in `srcset` that pass the URL policy, rebuilt as "url descriptor, …". */
export function srcsetOf(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidates: string[] = [];
  for (const candidate of parseSrcset(value.slice(0, 20_000))) {
    const url = safeUrl(candidate.url, { base, kind: 'image' });
    const descriptor = candidate.descriptor;
    if (!url || (descriptor !== '' && !/^\d+(?:\.\d+)?[wx]$/.test(descriptor))) continue;
    // A trailing comma would read as the separator next time: written as %2C it stays in the URL.
    // In a data: URL that comma is what starts the data, so one ending there holds nothing.
    const kept = withoutTrailingCommas(url);
    if (kept.length !== url.length && /^data:/i.test(url)) continue;
    const written = kept + '%2C'.repeat(url.length - kept.length);
    candidates.push(descriptor ? `${written} ${descriptor}` : written);
    if (candidates.length >= LIMITS.srcset) break;
  }
  return candidates.length > 0 ? candidates.join(', ') : undefined;
}

export function ownImage(value: unknown, headline: string, base: string | undefined): ArticleImage | undefined {
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

/**
 * Our own shape: already plain text, so nothing is decoded (normalizing twice changes nothing).
 * `parseDate` reads its dates: `parseIsoDate` where `hasLooseDates` said none needs more, the
 * loose reader's `parseDate` otherwise.
 */
export function fromOwnShape(
  input: Record<string, unknown>,
  base: string | undefined,
  parseDate: (value: unknown) => string | undefined,
): Article | ArticleDataError {
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
  const dateModified = keptModification(datePublished, parseDate(input.dateModified));
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

/**
 * Our `Article` shape, or the JSON text of it, as an `Article` (or an `ArticleDataError`
 * naming the field); `undefined` when the input is something else (schema.org JSON-LD, an
 * array of blocks, not an object) or has dates only the loose reader reads (`hasLooseDates`),
 * which `normalizeArticle` reads. `looseDates: 'drop'` reads such data here, without those
 * dates, for a use that needs none. Never throws.
 */
export function normalizeOwnShape(
  input: unknown,
  base: string | undefined,
  { looseDates = 'defer' }: { looseDates?: 'defer' | 'drop' } = {},
): Article | ArticleDataError | undefined {
  const parsed = jsonValue(input);
  if ('error' in parsed) return parsed.error;
  const value = parsed.value;
  return guarded(
    () =>
      isObject(value) && !isJsonLd(value) && (looseDates === 'drop' || !hasLooseDates(value))
        ? fromOwnShape(value, base, parseIsoDate)
        : undefined,
    'input',
  );
}

/**
 * Whether a date of our shape is written in a form that only the loose reader reads ("December
 * 2, 2021", a time without a zone): such data goes to `normalizeArticle`, whose chunk has it,
 * rather than every page loading that reader for the dates that are ISO 8601, as our shape says.
 */
export function hasLooseDates(input: Record<string, unknown>): boolean {
  return [input.datePublished, input.dateModified].some((value) => {
    if (typeof value !== 'string' || value.length > 100) return false;
    const text = value.trim();
    // `parseIsoDate` reads a string in an ISO form or nothing: the form alone decides.
    return text !== '' && !isIsoForm(text);
  });
}
