/**
 * The browser bundles, `dist/article-widgets.js` and the IIFE (`window.ArticleWidgets`): every
 * element, defined on load, and their classes. The data helpers stay in the npm modules (and
 * on servers): a page of elements needs none of them, and the JSON-LD reader, the embed code
 * and oEmbed would otherwise weigh on every reader. Other languages' strings and the JSON-LD
 * reader load on demand, when a page needs them.
 */
export * from './components/index.js';
