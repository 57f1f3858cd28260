/**
 * `article-widgets/data.js`: the Article shape, normalizing publisher data into
 * it, the URL policy and loading. No DOM needed; runs in Node too.
 */
export { ArticleDataError } from './types.js';
export type { Article, ArticleImage, ArticleKind } from './types.js';

export { MAX_URL_LENGTH, checkUrl, safeUrl } from './url.js';
export type { UrlCheckOptions, UrlKind } from './url.js';

export { parseDate, toTimestamp } from './dates.js';

export { collapseWhitespace, plainText, truncateText } from './text.js';
export { decodeEntities, htmlToText, stripTags } from './html-text.js';

export { isArticle, normalizeArticle, normalizeStories } from './normalize.js';
export { parseJsonText } from './own-shape.js';
export type { NormalizeOptions, NormalizeStoriesOptions } from './normalize.js';

export { LoadError, loadArticle, loadConverted, loadJson, loadStories, readInlineJson } from './load.js';
export type { LoadErrorKind, LoadOptions } from './load.js';

export { embedCode, EmbedCodeError } from '../embed/embed-code.js';
export type { EmbedCodeOptions, EmbedFormat } from '../embed/embed-code.js';
export { toOEmbed } from '../embed/oembed.js';
export type { OEmbedOptions, OEmbedResponse } from '../embed/oembed.js';
