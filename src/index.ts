/**
 * article-widgets: every element, and the data helpers. Importing this module defines
 * `<aw-article-card>`, `<aw-photo>`, `<aw-copy-button>`, `<aw-share-button>` and
 * `<aw-related-stories>`. Import `article-widgets/<element>.js` to load one element only.
 */
export * from './data.js';
export { supportedLanguages, messagesFor } from './i18n/index.js';
export { AwPhoto } from './components/photo/photo.js';
export { AwArticleCard } from './components/article-card/article-card.js';
export { AwCopyButton } from './components/copy-button/copy-button.js';
export { AwShareButton } from './components/share-button/share-button.js';
export { AwRelatedStories } from './components/related-stories/related-stories.js';
