/**
 * The data layer: the Article shape, normalizing publisher data into it (our shape, schema.org
 * JSON-LD, HTML pages), the URL policy and loading. No DOM needed; runs in Node too. It imports
 * nothing from the layers above it; the public `article-widgets/data.js` entry (`src/data.ts`)
 * adds the embed code and oEmbed from their own layer.
 */
export { ArticleDataError } from './types.js';
export type { Article, ArticleImage, ArticleKind } from './types.js';

export { MAX_URL_LENGTH, checkUrl, safeUrl } from './url.js';
export type { UrlCheckOptions, UrlKind } from './url.js';

export { UPDATE_THRESHOLD_MS } from './dates.js';
export { isMeaningfullyLater, parseDate, toTimestamp } from './loose-dates.js';

export { collapseWhitespace, plainText, truncateText } from './text.js';
export { decodeEntities, htmlToText, stripTags } from './html-text.js';

export { isArticle, normalizeArticle, normalizeStories } from './normalize.js';
export { parseJsonText } from './json-text.js';
export type { NormalizeOptions, NormalizeStoriesOptions } from './normalize.js';
export { readPage } from './read-page.js';
export type { ReadPageOptions } from './read-page.js';

export { loadArticle, loadStories } from './load.js';
export { isPrivateAddress, refusePrivateAddresses } from './addresses.js';
export type { Lookup } from './addresses.js';
export { LoadError, loadConverted, loadJson, readInlineJson } from './request.js';
export type { LoadErrorKind, LoadOptions } from './request.js';
