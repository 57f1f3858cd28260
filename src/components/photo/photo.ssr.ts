/**
 * `<aw-photo>` rendered on a server (`article-widgets/ssr.js`): the photo's own `render()`
 * through @lit-labs/ssr, with the element's own URL policy for `src` and `srcset`.
 */
import { resolveLang } from '../../i18n/lang.js';
import { escapeAttribute } from '../../internal/html.js';
import type { ArticleImage } from '../../data/types.js';
import { themes, type Theme } from '../../internal/tokens.js';
import {
  RenderInputError,
  oneOf,
  optionalPositive,
  optionalString,
  optionsObject,
  requireUrl,
} from '../../ssr/inputs.js';
import { renderElement, styleSourceOf, withLightDom, type StyleOptions } from '../../ssr/render.js';
import { checkImageSources } from './photo.js';

/** The attributes of `<aw-photo>`, with the same names and meaning. */
export interface PhotoAttributes extends ArticleImage {
  /** `http(s):` or `data:image/…` URL; a relative URL is kept as written for the browser to resolve. */
  src: string;
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
  const srcset = checkImageSources(src, optionalString(a.srcset, 'attrs.srcset')).srcset;
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

  // The image's fields (an `ArticleImage`), then the element's own.
  const fields = { src, alt: a.alt, width, height, srcset, sizes, caption, credit };
  const own = { ratio, loading, fetchpriority, 'credit-position': creditPosition, placeholder, lang, theme };
  const element = renderElement('aw-photo', { attributes: { ...fields, ...own } }, styles);
  const image =
    `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(a.alt)}"` +
    (width === undefined ? '' : ` width="${width}"`) +
    (height === undefined ? '' : ` height="${height}"`) +
    (srcset === undefined ? '' : ` srcset="${escapeAttribute(srcset)}"`) +
    (sizes === undefined ? '' : ` sizes="${escapeAttribute(sizes)}"`) +
    ' loading="lazy" decoding="async">';
  return withLightDom(element, 'aw-photo', image);
}
