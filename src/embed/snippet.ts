/**
 * The snippet a partner site pastes to show one of our article cards, written from an article
 * in our own shape. Pure string code: no DOM, and none of the JSON-LD reader (our shape is read
 * by the small reader the card uses too), so the share button can write it in the browser
 * without loading the JSON-LD reader; `embed-code.ts` adds reading any article data first.
 */
import { normalizeOwnShape } from '../data/own-shape.js';
import { checkUrl } from '../data/url.js';

/**
 * `script`: the card element with its fallback link, and the module script that upgrades it.
 * `iframe`: an iframe of `embed.html`, for sites that cannot add scripts.
 */
export type EmbedFormat = 'script' | 'iframe';

export interface EmbedCodeOptions {
  /** URL of the article's JSON (our `Article` shape or schema.org JSON-LD) or page: the card's `src`. */
  src: string;
  /** URL of the `article-widgets.js` ES module bundle. */
  scriptUrl: string;
  /** Default `script`. */
  format?: EmbedFormat;
  /** For `iframe`: URL of the embed page. Default: `embed.html` next to `scriptUrl`. */
  embedPage?: string;
  /** Absolute URL that relative URLs (in the options and in the article) resolve against. */
  base?: string;
  /** The card's layout (`stack` default, `row`, `compact`, `overlay`). */
  layout?: 'stack' | 'row' | 'compact' | 'overlay';
  /** For `iframe`: `auto` (default), `light` or `dark`. */
  theme?: 'auto' | 'light' | 'dark';
  /** For `iframe`: the card's language (BCP 47). */
  lang?: string;
  /** For `iframe`: the frame's height in CSS pixels before the resizer (if any) adjusts it. */
  height?: number;
  /**
   * For `iframe`: add `embed-resizer.js` (next to `scriptUrl`) and a random secret, so the
   * frame takes its content's height. Default true.
   */
  resizer?: boolean;
}

/** The two facts of a story a snippet holds; any other field of our `Article` shape may be there too. */
export interface EmbeddedStory {
  url: string;
  headline: string;
}

/**
 * Thrown by `embedCode` for input that cannot make a working snippet: a missing or unsafe
 * URL, an option of the wrong type or value, or an article without a URL or headline. `field`
 * names the culprit (`src`, `scriptUrl`, `embedPage`, `format`, `layout`, `article.url`,
 * `article.headline`, …).
 */
export class EmbedCodeError extends TypeError {
  readonly field: string;

  constructor(field: string, reason: string, options?: { cause?: unknown }) {
    super(`embedCode: ${field} ${reason}`, options);
    this.name = 'EmbedCodeError';
    this.field = field;
  }
}

const iframeHeights: Readonly<Record<string, number>> = { stack: 560, row: 260, compact: 150, overlay: 420 };
const themes = ['auto', 'light', 'dark'];
const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,8}$/;

function randomSecret(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const entities: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for an HTML attribute value in double quotes. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => entities[char]!);
}

/** Escapes text for an HTML text node. */
function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (char) => entities[char]!);
}

/**
 * The options as plain values, each read once as an own property (an inherited `layout`, or a
 * getter or `toString` that answers differently the second time, cannot slip past the checks),
 * and each checked for its type and value.
 */
interface Checked {
  src: string;
  scriptUrl: string;
  format: EmbedFormat;
  embedPage: string | undefined;
  base: string | undefined;
  layout: string;
  theme: string | undefined;
  lang: string | undefined;
  height: number | undefined;
  resizer: boolean;
}

function own(options: object, key: keyof EmbedCodeOptions): unknown {
  return Object.prototype.hasOwnProperty.call(options, key) ? (options as Record<string, unknown>)[key] : undefined;
}

function optionalString(options: object, key: keyof EmbedCodeOptions): string | undefined {
  const value = own(options, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new EmbedCodeError(key, `must be a string, not ${typeof value}`);
  return value;
}

function oneOf(options: object, key: keyof EmbedCodeOptions, allowed: readonly string[]): string | undefined {
  const value = optionalString(options, key);
  if (value !== undefined && !allowed.includes(value)) {
    throw new EmbedCodeError(
      key,
      `must be ${allowed.map((name) => `"${name}"`).join(', ')}, not ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function checkOptions(options: unknown): Checked {
  if (typeof options !== 'object' || options === null) {
    throw new EmbedCodeError('options', 'must be an object with src and scriptUrl');
  }
  const base = optionalString(options, 'base');
  const lang = optionalString(options, 'lang');
  if (lang !== undefined && !languageTag.test(lang)) throw new EmbedCodeError('lang', 'must be a BCP 47 language tag');
  const height = own(options, 'height');
  if (height !== undefined && !(typeof height === 'number' && Number.isFinite(height) && height > 0)) {
    throw new EmbedCodeError('height', 'must be a positive number');
  }
  const resizer = own(options, 'resizer');
  if (resizer !== undefined && typeof resizer !== 'boolean')
    throw new EmbedCodeError('resizer', 'must be true or false');
  return {
    format: (oneOf(options, 'format', ['script', 'iframe']) ?? 'script') as EmbedFormat,
    src: requireUrl('src', optionalString(options, 'src'), base),
    scriptUrl: requireUrl('scriptUrl', optionalString(options, 'scriptUrl'), base),
    embedPage: optionalString(options, 'embedPage'),
    base,
    layout: oneOf(options, 'layout', Object.keys(iframeHeights)) ?? 'stack',
    theme: oneOf(options, 'theme', themes),
    lang,
    height: height === undefined ? undefined : Math.round(height),
    resizer: resizer !== false,
  };
}

function requireUrl(field: string, value: string | undefined, base: string | undefined): string {
  if (value === undefined || value === '') throw new EmbedCodeError(field, 'is required');
  const result = checkUrl(value, base === undefined ? { kind: 'link' } : { kind: 'link', base });
  if ('error' in result) throw new EmbedCodeError(field, `must be an http(s) URL: ${result.error}`);
  return result.url;
}

/**
 * Writes the embed snippet for an article in our own shape (read as the card reads it: the
 * headline as plain text, the URL through the URL policy), with every option checked and every
 * value escaped for where it goes. Throws an `EmbedCodeError` naming the field for anything that
 * would not make a working, safe snippet. `embedCode` is the same for any article data.
 */
export function embedSnippet(story: EmbeddedStory, options: EmbedCodeOptions): string {
  const checked = checkOptions(options);
  // The snippet needs the headline and the URL: a date only the loose reader reads is left out.
  const article = normalizeOwnShape(story, checked.base, { looseDates: 'drop' });
  if (article === undefined) {
    throw new EmbedCodeError('article', 'is not in our Article shape (embedCode reads schema.org JSON-LD)');
  }
  if (article instanceof Error) {
    throw new EmbedCodeError(`article.${article.field}`, `is not usable: ${article.message}`, { cause: article });
  }
  return checked.format === 'iframe'
    ? iframeSnippet(article.headline, checked)
    : scriptSnippet(article.url, article.headline, checked);
}

function scriptSnippet(articleUrl: string, headline: string, options: Checked): string {
  const layout = options.layout === 'stack' ? '' : ` layout="${escapeAttribute(options.layout)}"`;
  return [
    `<aw-article-card src="${escapeAttribute(options.src)}"${layout}>`,
    `  <a href="${escapeAttribute(articleUrl)}">${escapeText(headline)}</a>`,
    '</aw-article-card>',
    `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>`,
  ].join('\n');
}

function iframeSnippet(headline: string, options: Checked): string {
  const page = new URL(
    requireUrl('embedPage', options.embedPage ?? new URL('embed.html', options.scriptUrl).href, options.base),
  );
  page.searchParams.set('src', options.src);
  if (options.layout !== 'stack') page.searchParams.set('layout', options.layout);
  if (options.theme === 'light' || options.theme === 'dark') page.searchParams.set('theme', options.theme);
  if (options.lang !== undefined) page.searchParams.set('lang', options.lang);
  if (options.resizer) page.hash = `aw-secret=${randomSecret()}`;
  const height = options.height ?? iframeHeights[options.layout]!;
  // Sizes as attributes as well as a style: a partner page whose CSP forbids inline styles
  // still gets a frame tall enough that nothing is cut off.
  const frame =
    `<iframe${options.resizer ? ' data-aw-embed' : ''} src="${escapeAttribute(page.href)}" title="${escapeAttribute(headline)}"` +
    ` width="640" height="${height}" loading="lazy"` +
    ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"' +
    ` style="width:100%;max-width:640px;border:0"></iframe>`;
  if (!options.resizer) return frame;
  const resizerUrl = new URL('embed-resizer.js', options.scriptUrl).href;
  return `${frame}\n<script type="module" src="${escapeAttribute(resizerUrl)}"></script>`;
}
