/**
 * `article-widgets/data.js`: the Article shape, normalizing publisher data into
 * it, the URL policy and loading. No DOM needed; runs in Node too.
 */
export { ArticleDataError } from './types.js';
export type { Article, ArticleImage, ArticleKind } from './types.js';

export { MAX_URL_LENGTH, checkUrl, safeUrl } from './url.js';
export type { UrlCheckOptions, UrlKind } from './url.js';

export { parseDate, toTimestamp } from './dates.js';

export { collapseWhitespace, decodeEntities, htmlToText, plainText, stripTags, truncateText } from './text.js';

export { isArticle, normalizeArticle, normalizeStories, parseJsonText } from './normalize.js';
export type { NormalizeOptions, NormalizeStoriesOptions } from './normalize.js';

export { LoadError, loadArticle, loadJson, loadStories, readInlineJson } from './load.js';
export type { LoadErrorKind, LoadOptions } from './load.js';

export { embedCode, EmbedCodeError } from '../embed/embed-code.js';
export type { EmbedCodeOptions, EmbedFormat } from '../embed/embed-code.js';
export { toOEmbed } from '../embed/oembed.js';
export type { OEmbedOptions, OEmbedResponse } from '../embed/oembed.js';
