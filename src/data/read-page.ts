/**
 * `readPage`: an HTML article page in, its `Article` out. JSON-LD first, then what the head's
 * tags say (Open Graph, `article:*`, Twitter cards, `<meta name=author|description>`,
 * `<link rel=canonical>`, `<title>`, `<html lang>`): JSON-LD wins field by field, the tags
 * fill its gaps. Nothing on the page runs: it is read as text (see `page-scan.ts`).
 */
import { keptModification } from './dates.js';
import { parseDate } from './loose-dates.js';
import { guarded, isObject, normalizeLang, usefulDescription, withoutEmpty } from './fields.js';
import { readJsonLd } from './json-ld.js';
import { parseJsonText } from './json-text.js';
import { fromOwnShape, ownImage } from './own-shape.js';
import { scanPage, type PageScan } from './page-scan.js';
import { ArticleDataError } from './types.js';
import type { Article } from './types.js';
import { safeUrl } from './url.js';

export interface ReadPageOptions {
  /**
   * The page's own URL. Relative URLs on the page resolve against it (or against its
   * `<base href>`), and it is the article's URL when the page names none (no JSON-LD `url`,
   * canonical link or `og:url`).
   */
  base?: string;
  /**
   * Called for each JSON-LD block that does not parse, with its place (`index` from 0 among
   * the page's blocks, 1-based `line`); the block is left out.
   */
  onInvalidBlock?: (error: ArticleDataError, block: { index: number; line: number }) => void;
}

/** The longest page read, in characters; what follows is left out (the head comes first). */
export const MAX_PAGE_LENGTH = 5_000_000;

/** The meta keys read for each field, in order of preference. */
const META = {
  headline: ['og:title', 'twitter:title'],
  description: ['og:description', 'twitter:description', 'description', 'dc.description'],
  section: ['article:section', 'og:article:section'],
  siteName: ['og:site_name', 'application-name'],
  published: [
    'article:published_time',
    'og:article:published_time',
    'article:published',
    'article:publicationdate',
    'published_at',
    'publishdate',
    'parsely-pub-date',
    'sailthru.date',
    'dc.date.issued',
    'dcterms.created',
    'date',
  ],
  modified: [
    'article:modified_time',
    'og:article:modified_time',
    'article:modified',
    'og:updated_time',
    'dcterms.modified',
  ],
  authors: [
    'author',
    'article:author',
    'og:article:author',
    'article:author_name',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'byl',
  ],
  lang: ['og:locale', 'content-language', 'dc.language', 'language'],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'],
} as const;

/** The first non-blank value of the first key that has one. */
function first(scan: PageScan, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = scan.meta.get(key)?.find((content) => content.trim() !== '');
    if (value !== undefined) return value;
  }
  return undefined;
}

/** An author's name, not a profile URL (`article:author` is one by the Open Graph spec) or a handle. */
function authorNames(scan: PageScan): { name: string }[] | undefined {
  for (const key of META.authors) {
    const names = (scan.meta.get(key) ?? [])
      .map((value) => value.trim())
      .filter((value) => value !== '' && !/^(?:https?:)?\/\//i.test(value) && !value.startsWith('@'));
    if (names.length > 0) return names.slice(0, 20).map((name) => ({ name }));
  }
  return undefined;
}

/** A `<title>` without the site's name after a separator ("Story - Site"). */
function titleHeadline(title: string | undefined, siteName: string | undefined): string | undefined {
  if (title === undefined || siteName === undefined) return title;
  const text = title.trim();
  const site = siteName.trim();
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ']) {
    if (site !== '' && text.endsWith(separator + site)) return text.slice(0, -(separator + site).length);
  }
  return text;
}

/** The page's main image from `og:image` (with its width, height and alt) or a Twitter card. */
function imageOf(scan: PageScan): Record<string, unknown> | undefined {
  const src = first(scan, META.image);
  if (src === undefined) return undefined;
  const twitter = scan.meta.get('og:image') === undefined && scan.meta.get('og:image:url') === undefined;
  const prefix = twitter ? 'twitter:image' : 'og:image';
  return {
    src: src.trim(),
    alt: first(scan, [`${prefix}:alt`]),
    width: first(scan, [`${prefix}:width`]),
    height: first(scan, [`${prefix}:height`]),
  };
}

/** The page's language: `<html lang>`, else the first meta tag that names a well-formed one. */
function langOf(scan: PageScan): string | undefined {
  for (const value of [scan.lang, ...META.lang.map((key) => first(scan, [key]))]) {
    const lang = value === undefined ? undefined : normalizeLang(value);
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** What the head's tags say, in our own shape (plain text, read and checked by `fromOwnShape`). */
function tagFields(scan: PageScan, pageUrl: string | undefined) {
  const siteName = first(scan, META.siteName);
  return {
    url: pageUrl,
    headline: first(scan, META.headline) ?? titleHeadline(scan.title, siteName),
    description: first(scan, META.description),
    section: first(scan, META.section),
    authors: authorNames(scan),
    publisher: siteName === undefined ? undefined : { name: siteName },
    datePublished: first(scan, META.published),
    dateModified: first(scan, META.modified),
    image: imageOf(scan),
    lang: langOf(scan),
    kind: /^video\b/i.test(first(scan, ['og:type']) ?? '') ? 'video' : undefined,
  };
}

/** The URL relative URLs on the page resolve against: its `<base href>`, read against the page's URL. */
function documentBase(scan: PageScan, base: string | undefined): string | undefined {
  if (scan.base === undefined) return base;
  return safeUrl(scan.base.trim(), { base, kind: 'link' }) ?? base;
}

/** The JSON-LD blocks parsed (those that do not parse reported and left out); undefined when none parse. */
function jsonLdOf(scan: PageScan, options: ReadPageOptions): unknown {
  const values: unknown[] = [];
  scan.blocks.forEach((block, index) => {
    const parsed = parseJsonText(block.text);
    if ('error' in parsed) options.onInvalidBlock?.(parsed.error, { index, line: block.line });
    else values.push(parsed.value);
  });
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

function read(html: unknown, options: ReadPageOptions): Article | ArticleDataError {
  if (typeof html !== 'string') return new ArticleDataError('page', `expected HTML text, got ${typeof html}`);
  const scan = scanPage(html.length > MAX_PAGE_LENGTH ? html.slice(0, MAX_PAGE_LENGTH) : html);
  const base = documentBase(scan, options.base);
  const pageUrl =
    safeUrl(scan.links.get('canonical')?.[0]?.trim(), { base, kind: 'link' }) ??
    safeUrl(first(scan, ['og:url'])?.trim(), { base, kind: 'link' }) ??
    safeUrl(options.base, { kind: 'link' });
  const tags = tagFields(scan, pageUrl);

  const jsonLdValue = jsonLdOf(scan, options);
  const jsonLd =
    jsonLdValue === undefined
      ? undefined
      : readJsonLd(jsonLdValue, base, { url: pageUrl, image: ownImage(tags.image, '', base) });
  const article = jsonLd instanceof ArticleDataError ? undefined : jsonLd;
  const jsonLdError = jsonLd instanceof ArticleDataError ? jsonLd : undefined;
  // With an article from JSON-LD, the tags only fill its gaps: its headline and URL stand in for theirs.
  const fromTags = fromOwnShape(
    { ...tags, headline: tags.headline ?? article?.headline, url: tags.url ?? article?.url },
    base,
    parseDate,
  );
  if (article === undefined) {
    if (!(fromTags instanceof ArticleDataError)) return fromTags;
    return noArticle(scan.blocks.length === 0 ? 'no JSON-LD' : jsonLdError, fromTags);
  }
  return fromTags instanceof ArticleDataError ? article : merged(article, fromTags);
}

/** JSON-LD's article with the gaps filled from the tags' article. */
function merged(jsonLd: Article, tags: Article): Article {
  const datePublished = jsonLd.datePublished ?? tags.datePublished;
  return withoutEmpty({
    ...jsonLd,
    description: jsonLd.description ?? usefulDescription(tags.description, jsonLd.headline),
    section: jsonLd.section ?? tags.section,
    authors: jsonLd.authors ?? (jsonLd.byline === undefined ? tags.authors : undefined),
    publisher: jsonLd.publisher ?? tags.publisher,
    datePublished,
    dateModified: keptModification(datePublished, jsonLd.dateModified ?? tags.dateModified),
    lang: jsonLd.lang ?? tags.lang,
  });
}

/**
 * Why the page makes no article: JSON-LD's reason when it had an article node, else what the
 * tags lack, saying what the JSON-LD was (none, none that parses, no article in it).
 */
function noArticle(jsonLd: ArticleDataError | 'no JSON-LD' | undefined, tags: ArticleDataError): ArticleDataError {
  if (jsonLd instanceof ArticleDataError && jsonLd.field !== '@type') return jsonLd;
  const what =
    jsonLd === 'no JSON-LD'
      ? 'no JSON-LD'
      : jsonLd === undefined
        ? 'no JSON-LD that parses'
        : 'no article in its JSON-LD';
  if (tags.field === 'headline') {
    return new ArticleDataError('headline', `missing: the page has ${what}, no og:title and no <title>`);
  }
  if (tags.field === 'url' && tags.reason === 'missing') {
    return new ArticleDataError('url', `missing: the page has ${what}, no canonical link or og:url, and no base URL`);
  }
  return tags;
}

/**
 * Whether a page's head holds its metadata (JSON-LD or an `og:title`): a loader that has read
 * that far can stop there.
 */
export function headHasMetadata(head: string): boolean {
  const scan = scanPage(head);
  return scan.blocks.length > 0 || scan.meta.has('og:title');
}

/**
 * Reads an HTML article page: JSON-LD first, then Open Graph, `article:*`, Twitter cards,
 * `<meta name=author|description>`, `<link rel=canonical>`, `<title>` and `<html lang>`.
 * JSON-LD wins field by field; the tags fill its gaps (the language, a larger image, the URL).
 * Never runs the page's scripts, never throws: returns an `ArticleDataError` naming the field
 * when the page makes no article. Linear in the page's length (at most `MAX_PAGE_LENGTH`
 * characters are read).
 */
export function readPage(html: string, options: ReadPageOptions = {}): Article | ArticleDataError {
  return guarded(() => read(html, isObject(options) ? options : {}), 'page');
}
