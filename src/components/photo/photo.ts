import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { parseSrcset } from '../../data/srcset.js';
import { checkUnresolvedUrl, checkUrl } from '../../data/url.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { langConverter, themeConverter, tokens, type Theme } from '../../internal/tokens.js';
import { PHOTO_TIMEOUT, PhotoController, shortUrl } from './photo-controller.js';
import { photoTemplate } from './photo-template.js';
import { photoStyles, photoTokens, styles } from './photo.styles.js';

type Ratio = readonly [width: number, height: number];

/** Most news photos are 16:9; an image without width, height or ratio still gets a box. */
const DEFAULT_RATIO: Ratio = [16, 9];

/**
 * A photo with its caption and copyright credit. The box is reserved before the image
 * arrives (from `ratio`, else `width`/`height`, else 16:9) and the image covers it; a failing
 * or refused image keeps the box and shows its alt text instead.
 *
 * @summary Photo with caption and localized credit, no layout shift, graceful failure.
 *
 * @csspart figure - The `<figure>` around image and caption.
 * @csspart image - The `<img>`.
 * @csspart caption - The caption text inside the `<figcaption>`.
 * @csspart credit - The credit ("Credit: AP"): in the `<figcaption>` after the caption, or the `<figcaption>` itself
 *   when there is no caption and it is overlaid on the image.
 *
 * @cssprop [--aw-photo-radius=var(--aw-radius, 8px)] - Corner radius of the image box.
 * @cssprop [--aw-photo-placeholder=var(--aw-color-border)] - Colour of the box until the image arrives, and behind the alt text of a failed image.
 * @cssprop [--aw-photo-caption-color=var(--aw-color-text)] - Colour of the caption.
 * @cssprop [--aw-photo-credit-color=var(--aw-color-muted)] - Colour of the credit below the image.
 * @cssprop [--aw-photo-overlay-background=rgb(0 0 0 / 0.72)] - Backdrop of the credit over the image.
 * @cssprop [--aw-photo-overlay-color=#ffffff] - Text colour of the credit over the image.
 *
 * @fires aw-error - The image failed to load, its URL was refused, or it did not arrive within `timeout` once in
 *   view; detail `{ error, source: 'image' }`.
 */
export class AwPhoto extends LitElement {
  static override styles = [tokens, photoTokens, photoStyles, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }

  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      alt: {},
      width: { type: Number },
      height: { type: Number },
      timeout: { type: Number },
      srcset: {},
      sizes: {},
      caption: {},
      credit: {},
      ratio: {},
      loading: {},
      fetchPriority: { attribute: 'fetchpriority' },
      creditPosition: { attribute: 'credit-position' },
      placeholder: {},
      theme: { reflect: true, converter: themeConverter },
      lang: { reflect: true, converter: langConverter },
    };
  }

  /** URL of the image: `http:`, `https:` or `data:image/…`; anything else is refused. */
  src = '';

  /** Text alternative; `""` marks the photo as decoration. Leaving it out is an error (warned once). */
  alt: string | null | undefined = undefined;

  /** Intrinsic width in CSS pixels; with `height` it gives the box its aspect ratio. */
  width: number | undefined = undefined;

  /** Intrinsic height in CSS pixels; with `width` it gives the box its aspect ratio. */
  height: number | undefined = undefined;

  /**
   * Milliseconds an image may take, once in view, before its alt text shows in its place (with
   * an `aw-error`); the image still replaces the text if it arrives later. `0` waits for ever. Default 15000 (15 s).
   */
  timeout: number = PHOTO_TIMEOUT;

  /** Responsive candidates as in `<img srcset>`; unsafe URLs are dropped. */
  srcset: string | undefined = undefined;

  /** Layout widths as in `<img sizes>`. */
  sizes: string | undefined = undefined;

  /** Caption text (plain text). */
  caption = '';

  /** Name of the copyright holder ("AP"); shown as a localized credit line. */
  credit = '';

  /** Aspect ratio of the box, cropping the image: `16/9`, `16:9` or `1.5`; wins over width/height. */
  ratio: string | undefined = undefined;

  /** `lazy` (default) or `eager`. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Fetch priority hint passed to the image: `high`, `low` or `auto`. */
  fetchPriority: 'high' | 'low' | 'auto' | undefined = undefined;

  /** Where the credit goes: `caption` (default, after the caption) or `overlay` (on the image's bottom corner). */
  creditPosition: 'caption' | 'overlay' = 'caption';

  /** A CSS colour filling the box until the image arrives (`#ddd`, `rgb(…)`, a name); anything else, `var()` included, is ignored. */
  placeholder: string | undefined = undefined;

  /** Colour scheme: `auto` follows the reader's preference. `auto`, the default, is the one value not reflected. */
  theme: Theme = 'auto';

  /**
   * Language of the credit line and messages; else the closest `lang` around, else English.
   * Reflected like the built-in property (an empty value leaves the attribute out).
   */
  override lang = '';

  private readonly _locale = new LocaleController(this);
  private readonly _photo = new PhotoController(this);
  private _imageUrl: string | undefined;
  private _imageSrcset: string | undefined;
  private _refusals: Error[] = [];
  private _box: Ratio = DEFAULT_RATIO;
  private _warnedMissingAlt = false;

  /** Also waits for the strings of the element's language when they have to load first. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._locale.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._locale.resolve();
    this._photo.timeout = this.timeout;
    if (changed.has('src') || changed.has('srcset')) this._checkUrls();
    if (changed.has('ratio') || changed.has('width') || changed.has('height')) {
      this._box = parseRatio(this.ratio) ?? ratioOf(this.width, this.height) ?? DEFAULT_RATIO;
    }
  }

  protected override render(): TemplateResult {
    const { lang, dir, messages } = this._locale;
    const url = this._imageUrl ?? this._imageSrcset;
    const refused = url === undefined && this._refusals.length > 0;
    const caption = this.caption.trim();
    const credit = this.credit.trim();
    const photo = photoTemplate({
      src: this._imageUrl,
      srcset: this._imageSrcset,
      sizes: this.sizes || undefined,
      alt: this.alt ?? undefined,
      loading: this.loading === 'eager' ? 'eager' : 'lazy',
      fetchPriority: validPriority(this.fetchPriority),
      caption,
      credit: credit === '' ? '' : messages.credit(credit),
      creditPosition: this.creditPosition === 'overlay' ? 'overlay' : 'caption',
      status: refused ? 'failed' : this._photo.status(url),
      fallbackText: this.alt || messages.imageUnavailable,
      box: this._box,
    });
    return html`<div class="root" lang=${lang} dir=${dir}>${photo}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The frame may be a new element (the first render), so the colour goes on whenever it changes.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame !== null && (changed.has('placeholder') || frame !== this._colouredFrame)) {
      this._colouredFrame = frame;
      const colour = validColour(this.placeholder);
      if (colour === undefined) frame.style.removeProperty('--_placeholder');
      else frame.style.setProperty('--_placeholder', colour);
    }
    if (changed.has('src') || changed.has('srcset')) {
      for (const error of this._refusals) emit(this, 'aw-error', { error, source: 'image' });
    }
    if (!this._warnedMissingAlt && (this.alt === undefined || this.alt === null)) {
      this._warnedMissingAlt = true;
      console.warn(
        `<aw-photo> has no alt attribute (src: ${shortUrl(this.src) || '(none)'}). Describe the photo in alt="…", or set alt="" if it is decoration.`,
        this,
      );
    }
  }

  private _colouredFrame: HTMLElement | null = null;

  private _checkUrls(): void {
    const checked = checkImageSources(this.src, this.srcset);
    this._imageUrl = checked.src;
    this._imageSrcset = checked.srcset;
    this._refusals = checked.refusals;
  }
}

/** What of a photo's `src` and `srcset` may be shown, and an error for each URL refused. */
export interface ImageSources {
  src: string | undefined;
  srcset: string | undefined;
  refusals: Error[];
}

/**
 * The photo's `src` and `srcset` under the URL policy for images, in the browser and on a
 * server alike: a refused `src` leaves no image (its `srcset` is not used either); a refused
 * `srcset` candidate is dropped, the others kept. `srcset` is split the way the HTML parser
 * splits it: `a.jpg 1x,javascript:… 2x` is two candidates to a browser, so it is two here.
 */
export function checkImageSources(src: string, srcset: string | undefined): ImageSources {
  const refusals: Error[] = [];
  let url: string | undefined;
  if (src.trim() !== '') {
    const result = checkImageUrl(src);
    if ('url' in result) url = result.url;
    else refusals.push(refusal(src, result.error));
  }
  let kept: string | undefined;
  if (srcset !== undefined && srcset.trim() !== '' && refusals.length === 0) {
    const candidates: string[] = [];
    for (const candidate of parseSrcset(srcset)) {
      const result = checkImageUrl(candidate.url);
      if ('url' in result) candidates.push(candidate.descriptor ? `${result.url} ${candidate.descriptor}` : result.url);
      else refusals.push(refusal(candidate.url, result.error));
    }
    if (candidates.length > 0) kept = candidates.join(', ');
  }
  return { src: url, srcset: kept, refusals };
}

/**
 * The URL policy for images. In the browser relative URLs resolve against the document; on a
 * server there is no document, so a relative URL (which has no scheme to abuse) is kept as
 * written for the browser to resolve.
 */
function checkImageUrl(value: string): { url: string } | { error: string } {
  if (typeof document !== 'undefined') return checkUrl(value, { kind: 'image', base: document.baseURI });
  return checkUnresolvedUrl(value, 'image');
}

function refusal(url: string, reason: string): Error {
  return new Error(`The image URL ${shortUrl(url)} was refused: ${reason}`);
}

function positive(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function ratioOf(width: number | undefined, height: number | undefined): Ratio | undefined {
  const w = positive(width);
  const h = positive(height);
  return w !== undefined && h !== undefined ? [w, h] : undefined;
}

/** `16/9`, `16:9`, `16 / 9` or a single number such as `1.5`; `undefined` when malformed. */
function parseRatio(value: string | null | undefined): Ratio | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:[/:]\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(value);
  if (match === null) return undefined;
  return ratioOf(Number(match[1]), match[2] === undefined ? 1 : Number(match[2]));
}

function validPriority(value: string | undefined): 'high' | 'low' | 'auto' | undefined {
  return value === 'high' || value === 'low' || value === 'auto' ? value : undefined;
}

function validColour(value: string | undefined): string | undefined {
  const colour = typeof value === 'string' ? value.trim() : '';
  if (colour === '' || colour.length > 200) return undefined;
  // CSS.supports says yes to any value holding var() or env(): their substitution happens
  // later, so "var(--x, url(…))" would pass as a colour. Only a colour written out is taken:
  // no substitution or other functions that are not colours, no escapes (`v\61r(` reads as
  // `var(`), no comments, nothing that could end the declaration.
  if (/(?:var|env|attr|url|image|image-set|element|expression|paint|cross-fade)\s*\(|[\\;{}@<>!]|\/\*/i.test(colour)) {
    return undefined;
  }
  // Without CSS.supports (old engines, server rendering) a colour cannot be checked, so none is used.
  if (typeof CSS === 'undefined' || typeof CSS.supports !== 'function') return undefined;
  return CSS.supports('color', colour) ? colour : undefined;
}

defineElement('aw-photo', AwPhoto);

declare global {
  interface HTMLElementTagNameMap {
    'aw-photo': AwPhoto;
  }
}
