/**
 * The snippet a partner site pastes to show one of our article cards. Pure string code: no
 * DOM, so it runs in Node (the CLI, oEmbed) and in the share button alike.
 */
// Imported from the modules, not data/index.js, which re-exports this file.
import { normalizeArticle } from '../data/normalize.js';
import type { Article } from '../data/types.js';
import { checkUrl } from '../data/url.js';

/**
 * `script`: the card element with its fallback link, and the module script that upgrades it.
 * `iframe`: an iframe of `embed.html`, for sites that cannot add scripts.
 */
export type EmbedFormat = 'script' | 'iframe';

export interface EmbedCodeOptions {
  /** URL of the article's JSON (our `Article` shape or schema.org JSON-LD): the card's `src`. */
  src: string;
  /** URL of the `article-widgets.js` ES module bundle. */
  scriptUrl: string;
  /** Default `script`. */
  format?: EmbedFormat;
  /** For `iframe`: URL of the embed page. Default: `embed.html` next to `scriptUrl`. */
  embedPage?: string;
  /** Absolute URL that relative URLs (in the options and in the article) resolve against. */
  base?: string;
  /** For `iframe`: the card's layout in the frame (`stack` default, `row`, `compact`, `overlay`). */
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

const iframeHeights = { stack: 560, row: 260, compact: 150, overlay: 420 } as const;

function randomSecret(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Thrown by `embedCode` for input that cannot make a working snippet: a missing or unsafe
 * URL, or an article without a URL or headline. `field` names the culprit (`src`,
 * `scriptUrl`, `embedPage`, `format`, `article.url`, `article.headline`, …).
 */
export class EmbedCodeError extends TypeError {
  readonly field: string;

  constructor(field: string, reason: string, options?: { cause?: unknown }) {
    super(`embedCode: ${field} ${reason}`, options);
    this.name = 'EmbedCodeError';
    this.field = field;
  }
}

/** Escapes text for an HTML attribute value in double quotes. */
function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (char) => attributeEntities[char as keyof typeof attributeEntities]);
}

/** Escapes text for an HTML text node. */
function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (char) => attributeEntities[char as keyof typeof attributeEntities]);
}

const attributeEntities = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' } as const;

/**
 * Writes the embed snippet for an article:
 *
 * ```html
 * <aw-article-card src="https://publisher.example/articles/123.json">
 *   <a href="https://publisher.example/articles/123">Headline as plain text</a>
 * </aw-article-card>
 * <script type="module" src="https://publisher.example/widgets/article-widgets.js"></script>
 * ```
 *
 * or, with `format: 'iframe'`, one `<iframe>` of the embed page with `?src=`. Every value is
 * escaped for where it goes; the result has no trailing newline.
 *
 * `article` is an `Article` or anything `normalizeArticle` accepts (schema.org JSON-LD too).
 * A snippet with a broken or unsafe URL would be pasted into other people's pages, so bad
 * input is a programming error here: it throws an `EmbedCodeError` (a `TypeError`) naming the
 * field, rather than returning something that looks usable.
 */
export function embedCode(article: Article | unknown, options: EmbedCodeOptions): string {
  if (typeof options !== 'object' || options === null) {
    throw new EmbedCodeError('options', 'must be an object with src and scriptUrl');
  }
  const { base } = options;
  const format = options.format ?? 'script';
  if (format !== 'script' && format !== 'iframe') {
    throw new EmbedCodeError('format', `must be "script" or "iframe", not ${JSON.stringify(format)}`);
  }
  const normalized = normalizeArticle(article, base === undefined ? {} : { base });
  if (normalized instanceof Error) {
    const field = 'field' in normalized && typeof normalized.field === 'string' ? normalized.field : 'data';
    throw new EmbedCodeError(`article.${field}`, `is not usable: ${normalized.message}`, { cause: normalized });
  }
  const articleUrl = requireUrl('article.url', normalized.url, base);
  const src = requireUrl('src', options.src, base);
  const scriptUrl = requireUrl('scriptUrl', options.scriptUrl, base);

  if (format === 'iframe') {
    const page = new URL(requireUrl('embedPage', options.embedPage ?? new URL('embed.html', scriptUrl).href, base));
    page.searchParams.set('src', src);
    const layout = options.layout && options.layout in iframeHeights ? options.layout : 'stack';
    if (layout !== 'stack') page.searchParams.set('layout', layout);
    if (options.theme === 'light' || options.theme === 'dark') page.searchParams.set('theme', options.theme);
    if (typeof options.lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(options.lang)) {
      page.searchParams.set('lang', options.lang);
    }
    const resizer = options.resizer !== false;
    if (resizer) page.hash = `aw-secret=${randomSecret()}`;
    const height =
      typeof options.height === 'number' && Number.isFinite(options.height) && options.height > 0
        ? Math.round(options.height)
        : iframeHeights[layout];
    // Sizes as attributes as well as a style: a partner page whose CSP forbids inline styles
    // still gets a frame tall enough that nothing is cut off.
    const frame =
      `<iframe${resizer ? ' data-aw-embed' : ''} src="${escapeAttribute(page.href)}" title="${escapeAttribute(normalized.headline)}"` +
      ` width="640" height="${height}" loading="lazy"` +
      ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"' +
      ` style="width:100%;max-width:640px;border:0"></iframe>`;
    if (!resizer) return frame;
    const resizerUrl = new URL('embed-resizer.js', scriptUrl).href;
    return `${frame}\n<script type="module" src="${escapeAttribute(resizerUrl)}"></script>`;
  }
  const layout =
    options.layout && options.layout !== 'stack' && options.layout in iframeHeights ? options.layout : undefined;
  return [
    `<aw-article-card src="${escapeAttribute(src)}"${layout ? ` layout="${layout}"` : ''}>`,
    `  <a href="${escapeAttribute(articleUrl)}">${escapeText(normalized.headline)}</a>`,
    '</aw-article-card>',
    `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`,
  ].join('\n');
}

function requireUrl(field: string, value: unknown, base: string | undefined): string {
  if (value === undefined || value === null || value === '') throw new EmbedCodeError(field, 'is required');
  const result = checkUrl(value, base === undefined ? { kind: 'link' } : { kind: 'link', base });
  if ('error' in result) throw new EmbedCodeError(field, `must be an http(s) URL: ${result.error}`);
  return result.url;
}
