/**
 * article-widgets: every element, and the data helpers. Importing this module defines
 * `<aw-article-card>`, `<aw-photo>`, `<aw-copy-button>`, `<aw-share-button>` and
 * `<aw-related-stories>`. Import `article-widgets/<element>.js` to load one element only.
 */
export * from './data/index.js';
export { supportedLanguages, messagesFor } from './i18n/index.js';
export { AwPhoto } from './components/photo/photo.js';
