/**
 * article-widgets: every element, and the data helpers. Importing this module defines every
 * element (`<aw-article-card>`, `<aw-photo>`, …); import `article-widgets/<element>.js` to load
 * one element only.
 */
export * from './data.js';
export { supportedLanguages, messagesFor, messagesReady } from './i18n/messages.js';
export * from './components/index.js';
