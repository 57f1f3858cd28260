import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as withStatics, literal, type StaticValue } from 'lit/static-html.js';
import { lineIcon } from '../../internal/tokens.js';
import type { PhotoStatus } from './photo-controller.js';

/** Everything a photo shows, worked out by the element that renders it. */
export interface PhotoView {
  /** The image URL, already checked; undefined when there is none or it was refused. */
  src: string | undefined;
  srcset?: string | undefined;
  sizes?: string | undefined;
  /** The alt text; undefined writes no `alt` (an `<aw-photo>` without one, warned about). */
  alt: string | undefined;
  loading: 'lazy' | 'eager';
  fetchPriority?: 'high' | 'low' | 'auto' | undefined;
  /** The caption, below the image; '' for none. */
  caption: string;
  /** The localized credit line ("Credit: AP"); '' for none. */
  credit: string;
  /** Where the credit goes: after the caption, over the image's lower corner, or over its top corner. */
  creditPosition: 'caption' | 'overlay' | 'top';
  /** From `PhotoController.status`: a failed or slow image shows `fallbackText` in its box. */
  status: PhotoStatus;
  /** The alt text, or "Image unavailable" when there is none. */
  fallbackText: string;
  /**
   * The box's aspect ratio as an empty SVG's viewBox, where the styles do not fix it (an
   * `<aw-photo>` of any ratio): an attribute, so the box is right in server-rendered HTML too,
   * under a Content-Security-Policy without inline styles.
   */
  box?: readonly [width: number, height: number] | undefined;
}

/**
 * The photo of every element: `<aw-photo>`'s shadow root, the card's photo and the related
 * list's thumbnails, so they never drift apart. One template with its parts named for both
 * uses (`figure` and `photo-figure`, …); the box keeps its size whatever the image does.
 *
 * A photo with a caption, or with its credit below the image, is a figure holding the image's
 * box (`.frame`) and a figcaption. Without them (every card and thumbnail) the figure is the
 * box itself, and an overlaid credit is its figcaption: two elements fewer per photo.
 */
export function photoTemplate(photo: PhotoView): TemplateResult {
  const decorative = photo.alt === '';
  const caption = photo.caption;
  const credit = photo.credit;
  // A decorative image with nothing to say is nothing to assistive technology.
  const hidden = decorative && caption === '' && credit === '';
  const below = caption !== '' || (credit !== '' && photo.creditPosition === 'caption');
  // What a photo has or lacks for good (a caption, a credit, a size box, srcset, the loading
  // mode, its classes) is written into the template's text (Lit's static values: one template
  // per combination) rather than bound: a card or a related story's thumbnail, which never has
  // most of them, then keeps no binding for them (each bound attribute or child costs its
  // bookkeeping in every copy, a hundred cards on a page). Only what comes from data and the
  // alt text of a failed image are bound; the photo controller marks the box (`.frame`) as its
  // image loads, in a class attribute Lit never writes. No white space between tags, where each
  // run would be one more text node per photo to clone and keep (the lines break inside tags
  // instead; prettier would put the runs back). The fallback goes before the image, which it
  // hides (`.fallback + .image`).
  // (`withStatics` is Lit's `html` that reads static values.)
  const tags = below ? captionBelow : creditOver;
  const hasCredit = credit !== '';
  // prettier-ignore
  return withStatics`<figure part="photo photo-figure figure" class="photo ${tags.box}${creditPosition[photo.creditPosition]}" ${hidden ? ariaHidden : none}
    >${tags.frameStart}${photo.box ? svg`<svg class="sizer" viewBox="0 0 ${photo.box[0]} ${photo.box[1]}" aria-hidden="true"></svg>` : none}${
      photo.status === 'ok' ? nothing : fallbackTemplate(photo.fallbackText, decorative)}<img
      part="image photo-image"
      class="image"
      src=${ifDefined(photo.src)}
      ${photo.srcset === undefined ? none : srcsetAttribute}${photo.srcset ?? none}
      ${photo.sizes === undefined ? none : sizesAttribute}${photo.sizes ?? none}
      alt=${ifDefined(photo.alt)}
      loading=${loading[photo.loading]}
      ${priority[photo.fetchPriority ?? 'none']}
      decoding="async"
    />${tags.frameEnd}${
      caption === '' ? none : html`<span part="caption photo-caption" class="caption">${caption}</span> `}${
      hasCredit ? tags.creditStart : none}${hasCredit ? credit : none}${hasCredit ? tags.creditEnd : none}${tags.end}</figure>`;
}

/** Template text for `photoTemplate`: never data, only these constants. */
const none = literal``;

/** The figure's two shapes (see `photoTemplate`): its box and what goes around its credit. */
interface PhotoTags {
  box: StaticValue;
  frameStart: StaticValue;
  frameEnd: StaticValue;
  creditStart: StaticValue;
  creditEnd: StaticValue;
  end: StaticValue;
}

/** A caption or credit below the image: the image's box, then the figcaption holding both. */
const captionBelow: PhotoTags = {
  box: none,
  frameStart: literal`<div class="frame">`,
  frameEnd: literal`</div><figcaption>`,
  creditStart: literal`<span part="credit photo-credit" class="credit">`,
  creditEnd: literal`</span>`,
  end: literal`</figcaption>`,
};

/** Nothing below the image: the figure is its box, and the credit over it is the figcaption. */
const creditOver: PhotoTags = {
  box: literal`frame `,
  frameStart: none,
  frameEnd: none,
  creditStart: literal`<figcaption part="credit photo-credit" class="credit">`,
  creditEnd: literal`</figcaption>`,
  end: none,
};

const ariaHidden = literal`aria-hidden="true"`;
const srcsetAttribute = literal`srcset=`;
const sizesAttribute = literal`sizes=`;
const loading: Record<PhotoView['loading'], StaticValue> = { lazy: literal`lazy`, eager: literal`eager` };
const priority: Record<NonNullable<PhotoView['fetchPriority']> | 'none', StaticValue> = {
  none,
  high: literal`fetchpriority="high"`,
  low: literal`fetchpriority="low"`,
  auto: literal`fetchpriority="auto"`,
};
const creditPosition: Record<PhotoView['creditPosition'], StaticValue> = {
  caption: literal`credit-caption`,
  overlay: literal`credit-overlay`,
  top: literal`credit-top`,
};

/** A picture frame, drawn in the box of an image that did not load. */
const fallbackIcon = lineIcon(
  svg`<path d="M5 4h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zM7.25 10a1.75 1.75 0 1 0 3.5 0a1.75 1.75 0 1 0-3.5 0M4 18l5-5 3 3 3-3 5 5"></path>`,
  1.5,
);

/**
 * The alt text in the image's box. A decorative image that failed has nothing to tell a
 * screen reader; otherwise the text stands in for the image, as the browser's own alt
 * rendering would.
 */
function fallbackTemplate(text: string, decorative: boolean): TemplateResult {
  return html`<div
    class="fallback"
    role=${ifDefined(decorative ? undefined : 'img')}
    aria-label=${ifDefined(decorative ? undefined : text)}
    aria-hidden=${ifDefined(decorative ? 'true' : undefined)}
  >
    ${fallbackIcon}
    <span>${text}</span>
  </div>`;
}
