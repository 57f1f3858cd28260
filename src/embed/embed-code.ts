/**
 * `embedCode`: the snippet a partner site pastes, for any article data (our `Article` shape or
 * schema.org JSON-LD, read by the data layer first). Runs in Node (the CLI, oEmbed) and in
 * browsers. Code that already has a story's URL and headline, such as the share button, uses
 * `embedSnippet` from `snippet.ts` and leaves the JSON-LD reader out of its bundle.
 */
import { normalizeArticle } from '../data/normalize.js';
import type { Article } from '../data/types.js';
import { EmbedCodeError, embedSnippet, type EmbedCodeOptions } from './snippet.js';

export { EmbedCodeError, embedSnippet } from './snippet.js';
export type { EmbedCodeOptions, EmbedFormat, EmbeddedStory } from './snippet.js';

/**
 * Writes the embed snippet for an article:
 *
 * ```html
 * <aw-article-card src="https://publisher.example/articles/123.json">
 *   <a href="https://publisher.example/articles/123">Headline as plain text</a>
 * </aw-article-card>
 * <script type="module" src="https://publisher.example/widgets/article-widgets.js"></script>
 * ```
 *
 * or, with `format: 'iframe'`, one `<iframe>` of the embed page with `?src=`. Every option is
 * read once, as an own property, and checked for its type and value; every value is escaped
 * for where it goes; the result has no trailing newline.
 *
 * `article` is an `Article` or anything `normalizeArticle` accepts (schema.org JSON-LD too).
 * A snippet with a broken or unsafe URL would be pasted into other people's pages, so bad
 * input is a programming error here: it throws an `EmbedCodeError` (a `TypeError`) naming the
 * field, rather than returning something that looks usable.
 */
export function embedCode(article: Article | unknown, options: EmbedCodeOptions): string {
  if (typeof options !== 'object' || options === null) {
    throw new EmbedCodeError('options', 'must be an object with src and scriptUrl');
  }
  const base = Object.prototype.hasOwnProperty.call(options, 'base') ? options.base : undefined;
  const normalized = normalizeArticle(article, typeof base === 'string' ? { base } : {});
  if (normalized instanceof Error) {
    throw new EmbedCodeError(`article.${normalized.field}`, `is not usable: ${normalized.message}`, {
      cause: normalized,
    });
  }
  return embedSnippet(normalized, options);
}
