import { ArticleDataError } from '../data/types.js';
import type { Article } from '../data/types.js';
import { normalizeArticle } from '../data/normalize.js';
import { embedSnippet } from './snippet.js';

/** An oEmbed 1.0 `rich` response (https://oembed.com/, section 2.3.4). */
export interface OEmbedResponse {
  type: 'rich';
  version: '1.0';
  html: string;
  width: number;
  height: number;
  title: string;
  author_name?: string;
  author_url?: string;
  provider_name?: string;
  provider_url?: string;
  cache_age?: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

export interface OEmbedOptions {
  /** URL of the article's JSON, put in the snippet's `src`. */
  src: string;
  /** URL of `article-widgets.js` (or of the folder holding `embed.html` for iframes). */
  scriptUrl: string;
  /** The consumer's `maxwidth`; the response never exceeds it. */
  maxwidth?: number;
  /** The consumer's `maxheight`; a smaller layout is chosen to fit it when possible. */
  maxheight?: number;
  /** `script` (default) or `iframe`. */
  format?: 'script' | 'iframe';
  /** Seconds a consumer may cache the response; default one hour. */
  cacheAge?: number;
}

const defaultWidth = 600;
const minimumWidth = 240;

function positiveInteger(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 1 ? Math.floor(number) : undefined;
}

/**
 * The height a card needs at a width, per layout: the photo's box plus the text under it
 * (kicker, three lines of headline, standfirst, byline and time).
 */
function cardHeight(article: Article, width: number, layout: 'stack' | 'compact'): number {
  if (layout === 'compact') return 140;
  const text = article.description ? 230 : 170;
  if (!article.image) return text;
  const ratio = article.image.width && article.image.height ? article.image.height / article.image.width : 9 / 16;
  return Math.ceil(width * ratio) + text;
}

/**
 * Turns an article into an oEmbed 1.0 `rich` response whose `html` is the embed snippet.
 * `article` may be our `Article` shape or anything `normalizeArticle` accepts. Throws a
 * `TypeError` for an article that cannot be normalized or for unsafe URLs in the options,
 * like `embedCode`.
 */
export function toOEmbed(article: unknown, options: OEmbedOptions): OEmbedResponse {
  const normalized = normalizeArticle(article);
  if (normalized instanceof ArticleDataError) {
    throw new TypeError(`toOEmbed: ${normalized.message}`);
  }
  const maxwidth = positiveInteger(options.maxwidth);
  const maxheight = positiveInteger(options.maxheight);
  const width = Math.max(
    Math.min(defaultWidth, maxwidth ?? defaultWidth),
    Math.min(minimumWidth, maxwidth ?? minimumWidth),
  );
  let layout: 'stack' | 'compact' = 'stack';
  let height = cardHeight(normalized, width, layout);
  if (maxheight !== undefined && height > maxheight) {
    layout = 'compact';
    height = Math.min(cardHeight(normalized, width, layout), maxheight);
  }
  const html = embedSnippet(normalized, {
    src: options.src,
    scriptUrl: options.scriptUrl,
    format: options.format ?? 'script',
    layout,
    height,
  });

  const response: OEmbedResponse = {
    type: 'rich',
    version: '1.0',
    html,
    width,
    height,
    title: normalized.headline,
  };
  const author = normalized.byline ?? normalized.authors?.map((person) => person.name).join(', ');
  if (author) response.author_name = author;
  const authorUrl = normalized.authors?.length === 1 ? normalized.authors[0]!.url : undefined;
  if (authorUrl) response.author_url = authorUrl;
  if (normalized.publisher?.name) response.provider_name = normalized.publisher.name;
  response.provider_url = normalized.publisher?.url ?? new URL('/', normalized.url).href;
  response.cache_age = positiveInteger(options.cacheAge) ?? 3600;
  // The spec allows thumbnail fields only all together, and a thumbnail must respect the
  // consumer's maxwidth and maxheight: a larger one is left out rather than misdescribed.
  const image = normalized.image;
  const fits = (size: number, max: number | undefined) => max === undefined || size <= max;
  if (
    image?.width &&
    image.height &&
    !image.src.startsWith('data:') &&
    fits(image.width, maxwidth) &&
    fits(image.height, maxheight)
  ) {
    response.thumbnail_url = image.src;
    response.thumbnail_width = image.width;
    response.thumbnail_height = image.height;
  }
  return response;
}
