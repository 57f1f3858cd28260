/**
 * Reading article data from a `src` URL or from inline `<script>` JSON, normalized into
 * `Article`s. Every failure becomes a typed error the elements can show a fallback for.
 */
import { normalizeArticle, normalizeStories } from './normalize.js';
import type { NormalizeStoriesOptions } from './normalize.js';
import { loadConverted } from './request.js';
import type { LoadOptions } from './request.js';
import type { Article } from './types.js';

/**
 * Fetches and normalizes one article (our shape or JSON-LD, or, unless `pages: false`, an HTML
 * article page read by `readPage`); relative URLs in it resolve against the response URL.
 */
export async function loadArticle(url: string, options: LoadOptions = {}): Promise<Article> {
  return loadConverted(url, { pages: true, ...options }, (value, base) => normalizeArticle(value, { base }));
}

/** Fetches and normalizes a list of stories; items that cannot be read are skipped (and reported to `onInvalid`). */
export async function loadStories(
  url: string,
  options: LoadOptions & Pick<NormalizeStoriesOptions, 'onInvalid'> = {},
): Promise<Article[]> {
  return loadConverted(url, options, (value, base) => normalizeStories(value, { base, onInvalid: options.onInvalid }));
}
