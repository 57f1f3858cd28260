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
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  AwArticleCard,
  cardLayouts,
  sameTabTargets,
  type CardLayout,
} from '../components/article-card/article-card.js';
import { AwCopyButton } from '../components/copy-button/copy-button.js';
import { AwPhoto } from '../components/photo/photo.js';
import { AwRelatedStories, firstUnique } from '../components/related-stories/related-stories.js';
import { parseNetworks } from '../components/share-button/networks.js';
import { AwShareButton } from '../components/share-button/share-button.js';
import { ArticleDataError, normalizeArticle, normalizeStories, type UrlKind } from '../data/index.js';
import { parseSrcset } from '../data/srcset.js';
import { checkUnresolvedUrl } from '../data/url.js';
import { resolveLang } from '../i18n/index.js';

export type { Article, ArticleImage } from '../data/index.js';
export type { CardLayout, CardTheme } from '../components/article-card/article-card.js';

/** Colour scheme of an element: `auto` follows the reader's preference. */
export type Theme = 'auto' | 'light' | 'dark';

/**
 * Thrown for input that cannot make a working element: data the data layer refuses, or an
 * option outside its allowed values. `field` names the culprit (`article.headline`,
 * `stories`, `options.layout`, `attrs.src`, …); `cause` holds the data layer's
 * `ArticleDataError` when there is one.
 */
export class RenderInputError extends TypeError {
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string, options?: { cause?: unknown }) {
    super(`${field}: ${reason}`, options);
    this.name = 'RenderInputError';
    this.field = field;
    this.reason = reason;
  }
}

/**
 * Where the declarative shadow roots take their styles from. By default each holds an inline
 * `<style>`, which a Content-Security-Policy with `style-src 'self'` (no `'unsafe-inline'`)
 * blocks until the element's script loads and applies its styles itself: the server-rendered
 * element shows unstyled until then. For such a page, pick one:
 * - `stylesheets`: each shadow root links to its element's stylesheet file instead
 *   (`<link rel="stylesheet">`), which `style-src 'self'` allows;
 * - `nonce`: each `<style>` carries the page's CSP nonce (`style-src 'self' 'nonce-…'`);
 * - or keep the inline styles and allow their hashes (`elementStylesheets()`, `hash`).
 */
export interface StyleOptions {
  /**
   * The page's CSP nonce, put on every inline `<style>` (`style-src 'nonce-<value>'`). Make a
   * fresh random one for each response. Base64 characters only.
   */
  nonce?: string;
  /**
   * URL of the folder that serves the elements' stylesheets (`aw-article-card.css`,
   * `aw-photo.css`, … from `elementStylesheets()` or `article-widgets styles <dir>`); each
   * shadow root then links to its element's file instead of holding a `<style>`. Absolute
   * (http or https) or relative to the page, like `/widgets/styles/`. Serve the files with the
   * package's version: they must match the elements that render into them.
   */
  stylesheets?: string;
}

export interface ArticleCardOptions extends StyleOptions {
  /** `stack` (default), `row`, `compact` or `overlay`. */
  layout?: CardLayout;
  /**
   * Language of the card's words and dates. The server cannot see the page's `lang`, so pass
   * it; default: the article's language, else English. Always written as the element's `lang`
   * attribute, so that the browser hydrates with the same words.
   */
  lang?: string;
  /** `auto` (default), `light` or `dark`. */
  theme?: Theme;
  /** Level of the headline's heading, 2–6 (default 3). */
  headingLevel?: number;
  /** Where the link opens, as the `target` of a link (`_blank` adds `rel="noopener noreferrer"`). */
  target?: string;
  /** Absolute URL that relative URLs in the data resolve against. */
  base?: string;
}

export interface RelatedStoriesOptions extends StyleOptions {
  /** Heading text (default: "You might also like" in the language); `''` hides it. */
  heading?: string;
  /** Level of the heading, 2–6 (default 2). */
  headingLevel?: number;
  /** Show at most this many stories (a positive integer). */
  limit?: number;
  /** `list` (default) or `grid`. */
  layout?: 'list' | 'grid';
  /** Language of the heading and dates; default English. Written as the element's `lang` attribute. */
  lang?: string;
  /** `auto` (default), `light` or `dark`. */
  theme?: Theme;
  /** Absolute URL that relative URLs in the data resolve against. */
  base?: string;
  /**
   * Called for each story that is left out as invalid, as the element reports it with `aw-error`
   * in the browser. Without it, invalid stories are left out silently; with no valid story left,
   * the function throws.
   */
  onInvalid?: (error: ArticleDataError, index: number) => void;
}

/** The attributes of `<aw-photo>`, with the same names and meaning. */
export interface PhotoAttributes {
  /** `http(s):` or `data:image/…` URL; a relative URL is kept as written for the browser to resolve. */
  src: string;
  /** Required: describe the photo, or `''` when it is decoration. */
  alt: string;
  width?: number;
  height?: number;
  srcset?: string;
  sizes?: string;
  caption?: string;
  credit?: string;
  /** `16/9`, `4:3`, `1.5`… */
  ratio?: string;
  loading?: 'lazy' | 'eager';
  fetchpriority?: 'high' | 'low' | 'auto';
  /** `caption` (default) or `overlay`. */
  creditPosition?: 'caption' | 'overlay';
  /** A CSS colour for the box until the image arrives (applied once the element's script runs). */
  placeholder?: string;
  /** Language of the credit line; default English. */
  lang?: string;
  theme?: Theme;
}

/** The attributes of `<aw-share-button>`, with the same names and meaning. */
export interface ShareButtonAttributes {
  /** The URL to share; without it, the page's canonical URL when the reader opens the panel. */
  url?: string;
  /** The headline to share; without it, the page's title. */
  headline?: string;
  /** Networks in display order: a space-separated string or an array of names. */
  networks?: string | readonly string[];
  native?: 'auto' | 'never';
  /** Show the embed-code section in the panel. */
  embed?: boolean;
  /** URL of the article's JSON, put in the embed snippet. */
  embedSrc?: string;
  /** URL of the `article-widgets.js` bundle put in the embed snippet. */
  scriptUrl?: string;
  /** Text of the button (default "Share" in the language). */
  label?: string;
  /** Language of the button and panel; default English. Written as the element's `lang` attribute. */
  lang?: string;
  theme?: Theme;
}

// The classes are referenced, not only imported for their side effect, so that a bundler
// trusting package.json's "sideEffects" keeps the element definitions.
const elements = { AwArticleCard, AwPhoto, AwRelatedStories, AwShareButton, AwCopyButton };

const relatedLayouts = ['list', 'grid'] as const;
const themes: readonly Theme[] = ['auto', 'light', 'dark'];

/**
 * Renders `<aw-article-card>` for an article: our `Article` shape or anything
 * `normalizeArticle` reads (schema.org JSON-LD, also inside `@graph` or an array of blocks).
 */
export function renderArticleCard(article: unknown, options: ArticleCardOptions = {}): string {
  const opts = optionsObject(options, 'renderArticleCard');
  const layout = oneOf(opts.layout, cardLayouts, 'options.layout');
  const theme = oneOf(opts.theme, themes, 'options.theme');
  const headingLevel = headingLevelOf(opts.headingLevel, 'options.headingLevel');
  const target = optionalString(opts.target, 'options.target');
  const base = baseOf(opts.base, 'options.base');
  const styles = styleSourceOf(opts);

  const normalized = normalizeArticle(article, base === undefined ? {} : { base });
  if (normalized instanceof ArticleDataError) throw dataError('article', normalized);
  const lang = resolveLang(opts.lang, normalized.lang);
  const newTab = target !== undefined && !sameTabTargets.has(target);

  const element = renderElement(
    'aw-article-card',
    html`<aw-article-card
      .article=${normalized}
      lang=${lang}
      layout=${ifDefined(layout)}
      theme=${ifDefined(theme)}
      heading-level=${ifDefined(headingLevel)}
      target=${ifDefined(target)}
    ></aw-article-card>`,
    styles,
  );
  const link =
    `<a href="${escapeAttribute(normalized.url)}"` +
    (target === undefined ? '' : ` target="${escapeAttribute(target)}"`) +
    (newTab ? ' rel="noopener noreferrer"' : '') +
    `>${escapeText(normalized.headline)}</a>`;
  return withLightDom(element, 'aw-article-card', link + inlineJson(normalized));
}

/**
 * Renders `<aw-related-stories>` for a list of stories: an array (of our shape or JSON-LD),
 * `{ "stories": [...] }` or a schema.org `ItemList`.
 */
export function renderRelatedStories(stories: unknown, options: RelatedStoriesOptions = {}): string {
  const opts = optionsObject(options, 'renderRelatedStories');
  const heading = optionalString(opts.heading, 'options.heading');
  const headingLevel = headingLevelOf(opts.headingLevel, 'options.headingLevel');
  const layout = oneOf(opts.layout, relatedLayouts, 'options.layout');
  const theme = oneOf(opts.theme, themes, 'options.theme');
  const base = baseOf(opts.base, 'options.base');
  const styles = styleSourceOf(opts);
  const onInvalid = opts.onInvalid;
  if (onInvalid !== undefined && typeof onInvalid !== 'function') {
    throw new RenderInputError('options.onInvalid', 'must be a function');
  }
  const limit = opts.limit;
  if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit > 0)) {
    throw new RenderInputError('options.limit', `must be a positive integer, not ${describe(limit)}`);
  }

  const dropped: ArticleDataError[] = [];
  const list = normalizeStories(stories, {
    ...(base === undefined ? {} : { base }),
    onInvalid: (error, index) => {
      dropped.push(error);
      onInvalid?.(error, index);
    },
  });
  if (list instanceof ArticleDataError) throw dataError('stories', list);
  if (list.length === 0) {
    const first = dropped[0];
    throw first === undefined
      ? new RenderInputError('stories', 'is empty')
      : new RenderInputError('stories', `has no valid story (first problem: ${first.message})`, { cause: first });
  }
  // The stories the element will show: the same one-per-URL rule and limit, so that the
  // fallback list, the inline data and the shadow root all hold the same stories.
  const shown = firstUnique(list, limit);
  const lang = resolveLang(opts.lang);

  const element = renderElement(
    'aw-related-stories',
    html`<aw-related-stories
      .stories=${shown}
      lang=${lang}
      heading=${ifDefined(heading)}
      heading-level=${ifDefined(headingLevel)}
      limit=${ifDefined(limit)}
      layout=${ifDefined(layout)}
      theme=${ifDefined(theme)}
    ></aw-related-stories>`,
    styles,
  );
  const items = shown
    .map((story) => `<li><a href="${escapeAttribute(story.url)}">${escapeText(story.headline)}</a></li>`)
    .join('');
  return withLightDom(element, 'aw-related-stories', `<ul>${items}</ul>` + inlineJson({ stories: shown }));
}

/**
 * Keeps the srcset candidates whose URL the policy allows for images, split the way the HTML
 * parser splits them (as `<aw-photo>` does): `a.jpg 1x,javascript:… 2x` is two candidates to
 * a browser, so it must be two here. Relative URLs stay as written (the browser resolves them
 * against the page). Nothing unsafe reaches the HTML.
 */
function safeSrcset(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const kept: string[] = [];
  for (const { url, descriptor } of parseSrcset(value)) {
    const checked = checkUnresolvedUrl(url, 'image');
    if ('url' in checked) kept.push(descriptor === '' ? checked.url : `${checked.url} ${descriptor}`);
  }
  return kept.length > 0 ? kept.join(', ') : undefined;
}

/**
 * Renders `<aw-photo>` from its attributes. The light-DOM fallback is a plain lazy `<img>`, for
 * browsers without declarative shadow DOM; others never show (or fetch) it.
 */
export function renderPhoto(attrs: PhotoAttributes, options: StyleOptions = {}): string {
  const a = optionsObject(attrs, 'renderPhoto', 'attrs');
  const styles = styleSourceOf(optionsObject(options, 'renderPhoto'));
  const src = requireUrl(a.src, 'attrs.src', 'image');
  if (typeof a.alt !== 'string') {
    throw new RenderInputError('attrs.alt', 'is required: describe the photo, or use "" when it is decoration');
  }
  const width = optionalPositive(a.width, 'attrs.width');
  const height = optionalPositive(a.height, 'attrs.height');
  const srcset = safeSrcset(optionalString(a.srcset, 'attrs.srcset'));
  const sizes = optionalString(a.sizes, 'attrs.sizes');
  const caption = optionalString(a.caption, 'attrs.caption');
  const credit = optionalString(a.credit, 'attrs.credit');
  const ratio = optionalString(a.ratio, 'attrs.ratio');
  const loading = oneOf(a.loading, ['lazy', 'eager'] as const, 'attrs.loading');
  const fetchpriority = oneOf(a.fetchpriority, ['high', 'low', 'auto'] as const, 'attrs.fetchpriority');
  const creditPosition = oneOf(a.creditPosition, ['caption', 'overlay'] as const, 'attrs.creditPosition');
  const placeholder = optionalString(a.placeholder, 'attrs.placeholder');
  const theme = oneOf(a.theme, themes, 'attrs.theme');
  const lang = resolveLang(a.lang);

  const element = renderElement(
    'aw-photo',
    html`<aw-photo
      src=${src}
      alt=${a.alt}
      width=${ifDefined(width)}
      height=${ifDefined(height)}
      srcset=${ifDefined(srcset)}
      sizes=${ifDefined(sizes)}
      caption=${ifDefined(caption)}
      credit=${ifDefined(credit)}
      ratio=${ifDefined(ratio)}
      loading=${ifDefined(loading)}
      fetchpriority=${ifDefined(fetchpriority)}
      credit-position=${ifDefined(creditPosition)}
      placeholder=${ifDefined(placeholder)}
      lang=${lang}
      theme=${ifDefined(theme)}
    ></aw-photo>`,
    styles,
  );
  const image =
    `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(a.alt)}"` +
    (width === undefined ? '' : ` width="${width}"`) +
    (height === undefined ? '' : ` height="${height}"`) +
    (srcset === undefined ? '' : ` srcset="${escapeAttribute(srcset)}"`) +
    (sizes === undefined ? '' : ` sizes="${escapeAttribute(sizes)}"`) +
    ' loading="lazy" decoding="async">';
  return withLightDom(element, 'aw-photo', image);
}

/**
 * Renders `<aw-share-button>` from its attributes. It has no light-DOM fallback: sharing needs
 * the element's script, the button it renders has no slot to show children in, and links to
 * networks' share pages are nothing a crawler should follow. The server-rendered button keeps
 * the button's place, so nothing moves when the script arrives.
 */
export function renderShareButton(attrs: ShareButtonAttributes = {}, options: StyleOptions = {}): string {
  const a = optionsObject(attrs, 'renderShareButton', 'attrs');
  const styles = styleSourceOf(optionsObject(options, 'renderShareButton'));
  const url = a.url === undefined ? undefined : requireUrl(a.url, 'attrs.url', 'link');
  const headline = optionalString(a.headline, 'attrs.headline');
  const networks = networksOf(a.networks);
  const native = oneOf(a.native, ['auto', 'never'] as const, 'attrs.native');
  if (a.embed !== undefined && typeof a.embed !== 'boolean') {
    throw new RenderInputError('attrs.embed', `must be a boolean, not ${describe(a.embed)}`);
  }
  const embedSrc = a.embedSrc === undefined ? undefined : requireUrl(a.embedSrc, 'attrs.embedSrc', 'link');
  const scriptUrl = a.scriptUrl === undefined ? undefined : requireUrl(a.scriptUrl, 'attrs.scriptUrl', 'link');
  if (a.embed === true && embedSrc === undefined) {
    throw new RenderInputError('attrs.embedSrc', 'is required with embed: the snippet needs the article JSON URL');
  }
  const label = optionalString(a.label, 'attrs.label');
  const theme = oneOf(a.theme, themes, 'attrs.theme');
  const lang = resolveLang(a.lang);

  return renderElement(
    'aw-share-button',
    html`<aw-share-button
      url=${ifDefined(url)}
      headline=${ifDefined(headline)}
      networks=${ifDefined(networks)}
      native=${ifDefined(native)}
      ?embed=${a.embed === true}
      embed-src=${ifDefined(embedSrc)}
      script-url=${ifDefined(scriptUrl)}
      label=${ifDefined(label)}
      lang=${lang}
      theme=${ifDefined(theme)}
    ></aw-share-button>`,
    styles,
  );
}

// ---------------------------------------------------------------------------
// Rendering

/**
 * Renders one element through @lit-labs/ssr and returns it without the markers of the
 * one-element template around it: those serve a page-level `hydrate()` of that template,
 * which never happens here (each element hydrates its own shadow root when it upgrades).
 */
function renderElement(tagName: string, template: TemplateResult, styles: StyleSource): string {
  if (customElements.get(tagName) === undefined) {
    // The element modules define themselves on import; a missing one means a broken build.
    throw new Error(`<${tagName}> is not defined (loaded: ${Object.keys(elements).join(', ')})`);
  }
  const rendered = collectResultSync(render(template, { elementRenderers: [rendererFor(styles)] }));
  const outer = /^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?([\s\S]*)<!--\/lit-part-->$/.exec(rendered);
  const element = outer === null ? rendered : outer[1]!;
  // The template's line breaks between bound attributes stay behind as blank space.
  return element.replace(/^(<[a-z][\w-]*)\s+/, '$1 ');
}

// ---------------------------------------------------------------------------
// Styles of the declarative shadow roots

type StyleSource = { inline: true; nonce?: string } | { inline: false; folder: string };

/** A CSP nonce: base64 or base64url characters (CSP's `base64-value`). */
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

function styleSourceOf(options: Partial<Record<keyof StyleOptions, unknown>>): StyleSource {
  const nonce = optionalString(options.nonce, 'options.nonce');
  const folder =
    options.stylesheets === undefined ? undefined : requireUrl(options.stylesheets, 'options.stylesheets', 'link');
  if (nonce !== undefined && folder !== undefined) {
    throw new RenderInputError('options.nonce', 'leave it out with stylesheets: linked styles need no nonce');
  }
  if (folder !== undefined) return { inline: false, folder: folder.endsWith('/') ? folder : `${folder}/` };
  if (nonce !== undefined && !NONCE.test(nonce)) {
    throw new RenderInputError('options.nonce', `must be base64 characters, not ${describe(nonce)}`);
  }
  return nonce === undefined ? { inline: true } : { inline: true, nonce };
}

/**
 * The element renderer for a style source: Lit's own for inline styles, else one that writes
 * the `<style>` Lit opens each shadow root with as a nonced `<style>` or as a `<link>`. Nested
 * elements (the card's photo) are rendered by the same renderer, so they get the same.
 */
function rendererFor(styles: StyleSource): typeof LitElementRenderer {
  if (styles.inline && styles.nonce === undefined) return LitElementRenderer;
  return class extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      const result = super.renderShadow(renderInfo);
      const end = result?.indexOf('</style>') ?? -1;
      if (result === undefined || result[0] !== '<style>' || end === -1) return result;
      if (styles.inline) return [`<style nonce="${styles.nonce}">`, ...result.slice(1)];
      const href = escapeAttribute(`${styles.folder}${stylesheetName(this.tagName)}`);
      return [`<link rel="stylesheet" href="${href}">`, ...result.slice(end + 1)];
    }
  };
}

function stylesheetName(tagName: string): string {
  return `${tagName}.css`;
}

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
  return Object.values(elements).map((element) => {
    const tagName = tagNames.get(element)!;
    const css = element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
    const hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    return { tagName, fileName: stylesheetName(tagName), css, hash };
  });
}

const tagNames = new Map<unknown, string>([
  [AwArticleCard, 'aw-article-card'],
  [AwPhoto, 'aw-photo'],
  [AwRelatedStories, 'aw-related-stories'],
  [AwShareButton, 'aw-share-button'],
  [AwCopyButton, 'aw-copy-button'],
]);

/**
 * Puts light-DOM children into a rendered element, after its shadow root's `<template>`. They
 * are written here, as escaped strings, rather than through the template: a Lit template
 * cannot bind inside `<script>`, and this keeps them free of hydration markers.
 */
function withLightDom(element: string, tagName: string, children: string): string {
  const close = `</${tagName}>`;
  const at = element.lastIndexOf(close);
  if (at === -1) throw new Error(`Rendered <${tagName}> has no closing tag`);
  return element.slice(0, at) + children + element.slice(at);
}

/**
 * Data as an inline `<script type="application/json">` child, the way the elements read it.
 * In a script element only `</script` and `<!--` end or change the text, so every `<` (and,
 * for good measure, `>` and `&`) is written as a JSON escape, which `JSON.parse` reads back as is.
 */
function inlineJson(value: unknown): string {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => scriptEscapes[char]!);
  return `<script type="application/json">${json}</script>`;
}

const scriptEscapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (char) => htmlEscapes[char]!);
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"]/g, (char) => htmlEscapes[char]!);
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// ---------------------------------------------------------------------------
// Input checks

function dataError(field: string, error: ArticleDataError): RenderInputError {
  const name = field === 'article' && error.field !== 'input' ? `article.${error.field}` : field;
  return new RenderInputError(name, error.reason, { cause: error });
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value === null || Array.isArray(value)) return value === null ? 'null' : 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

function optionsObject<T>(value: T, caller: string, name = 'options'): Partial<Record<keyof T, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RenderInputError(name, `${caller} expects an object, not ${describe(value)}`);
  }
  return value as Partial<Record<keyof T, unknown>>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RenderInputError(field, `must be ${allowed.map((item) => `"${item}"`).join(', ')}, not ${describe(value)}`);
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new RenderInputError(field, `must be a string, not ${describe(value)}`);
}

function optionalPositive(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new RenderInputError(field, `must be a positive number, not ${describe(value)}`);
}

function headingLevelOf(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6) return value;
  throw new RenderInputError(field, `must be an integer from 2 to 6, not ${describe(value)}`);
}

function baseOf(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && URL.canParse(value)) return value;
  throw new RenderInputError(field, `must be an absolute URL, not ${describe(value)}`);
}

/**
 * A URL under the data layer's policy. Relative URLs have no document to resolve against on a
 * server: they are kept as written, for the browser (see `checkUnresolvedUrl`).
 */
function requireUrl(value: unknown, field: string, kind: UrlKind): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RenderInputError(field, value === undefined ? 'is required' : `must be a URL, not ${describe(value)}`);
  }
  const checked = checkUnresolvedUrl(value, kind);
  if ('error' in checked) throw new RenderInputError(field, checked.error);
  return checked.url;
}

function networksOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const words =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value.join(' ')
        : undefined;
  if (words === undefined) {
    throw new RenderInputError('attrs.networks', `must be a string or an array of strings, not ${describe(value)}`);
  }
  const { known, unknown } = parseNetworks(words);
  if (unknown.length > 0) throw new RenderInputError('attrs.networks', `unknown networks: ${unknown.join(', ')}`);
  return known.join(' ');
}
