/**
 * `article-widgets/ssr.js`: the elements rendered to HTML on a server (Node 20+), so that
 * readers see the card before any script runs and crawlers find its link and text.
 *
 * Each function returns one element as an HTML string: the element's declarative shadow root
 * (what the browser shows at once, styles included) followed by its light-DOM fallback (plain
 * links for crawlers, and for browsers without declarative shadow DOM) and, for the elements
 * that take data, the data itself as an inline `<script type="application/json">` child. That
 * inline JSON is what the element reads when its script loads, so it hydrates the server's
 * nodes in place instead of rendering again. Load `article-widgets/hydrate.js` before the
 * element modules on such a page.
 *
 * ```js
 * import { renderArticleCard } from 'article-widgets/ssr.js';
 * const html = renderArticleCard(jsonLd, { layout: 'row', lang: 'fr' });
 * ```
 *
 * Input goes through the data layer (`normalizeArticle`, `normalizeStories`): anything it
 * cannot read, and option values that are not allowed, throw a `RenderInputError` (a
 * `TypeError`) naming the field. A broken card is never returned.
 */
import { createHash } from 'node:crypto';
// Every language's strings at once: a server renders in one pass, with no time to load them.
import '../i18n/index.js';
import type { LitElement } from 'lit';
import { elements, elementTags } from '../elements.js';
import { stylesheetName } from './render.js';

export type { Article, ArticleImage } from '../data/index.js';
export type { CardLayout, CardTheme } from '../components/article-card/article-card.js';
export type { Theme } from '../internal/tokens.js';
export { RenderInputError } from './inputs.js';
export type { StyleOptions } from './render.js';
// Each element's `<name>.ssr.ts`: its render function and the type of its options.
// entries:start (written by scripts/entries.mjs from src/elements.ts: run `npm run build`)
export * from '../components/article-card/article-card.ssr.js';
export * from '../components/photo/photo.ssr.js';
export * from '../components/share-button/share-button.ssr.js';
export * from '../components/related-stories/related-stories.ssr.js';
// entries:end

// Every element is defined before anything renders: the render functions' own imports define
// theirs, and the copy button (inside the share button's panel) comes with the others here.
await Promise.all(elementTags.map((tag) => elements[tag].load()));

/** One element's shadow-root styles, as a file to serve and as a CSP hash. */
export interface ElementStylesheet {
  tagName: string;
  /** `aw-photo.css`: the name `stylesheets` links to. */
  fileName: string;
  /** The CSS, exactly the text of the inline `<style>` the render functions write. */
  css: string;
  /** The CSP source that allows that inline `<style>`: `'sha256-…'`. */
  hash: string;
}

/**
 * The shadow-root styles of every element the render functions may write (the copy button
 * is inside the share button's panel): write them to files for the `stylesheets` option, or
 * put their hashes in the page's `style-src`. Both change with the package's version.
 */
export function elementStylesheets(): ElementStylesheet[] {
  return elementTags.map((tagName) => {
    const element = customElements.get(tagName) as unknown as typeof LitElement;
    const css = element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
    const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    return { tagName, fileName: stylesheetName(tagName), css, hash };
  });
}
