/**
 * `article-widgets/hydrate.js`: import this first, before any element module, on a page whose
 * elements were rendered on the server (`article-widgets/ssr.js` or the `article-widgets render`
 * command). The elements then take over the server's nodes in place (no second render, no
 * flash) instead of rendering their shadow roots again.
 *
 * ```js
 * import 'article-widgets/hydrate.js';
 * import 'article-widgets/article-card.js';
 * ```
 *
 * It must run before Lit's LitElement module is evaluated: Lit asks for hydration support
 * once, when it loads. Pages without server-rendered elements do not need it, so the plain
 * bundles leave it out.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
