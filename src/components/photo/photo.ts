import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkUnresolvedUrl, checkUrl } from '../../data/url.js';
import { parseSrcset } from '../../data/srcset.js';
import { closestLang, directionOf, resolveLang } from '../../i18n/lang.js';
import { messagesFor, type Messages } from '../../i18n/messages.js';
import { defineElement } from '../../internal/define.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { emit } from '../../internal/events.js';
import { themeConverter, tokens } from '../../internal/tokens.js';
import { TranslationsController } from '../../internal/strings.js';
import { styles } from './photo.styles.js';

type Ratio = readonly [width: number, height: number];

/** Most news photos are 16:9; an image without width, height or ratio still gets a box. */
const DEFAULT_RATIO: Ratio = [16, 9];

type LoadStatus = 'loading' | 'loaded' | 'failed';

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
 * @csspart credit - The credit ("Credit: AP") inside the `<figcaption>`, also when overlaid on the image.
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
  static override styles = [tokens, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }

  /** URL of the image: `http:`, `https:` or `data:image/…`; anything else is refused. */
  @property() src = '';

  /** Text alternative; `""` marks the photo as decoration. Leaving it out is an error (warned once). */
  @property() alt: string | null | undefined = undefined;

  /** Intrinsic width in CSS pixels; with `height` it gives the box its aspect ratio. */
  @property({ type: Number }) width: number | undefined = undefined;

  /** Intrinsic height in CSS pixels; with `width` it gives the box its aspect ratio. */
  @property({ type: Number }) height: number | undefined = undefined;

  /**
   * Milliseconds an image may take, once in view, before its alt text shows in its place (with
   * an `aw-error`); the image still replaces the text if it arrives later. `0` waits for ever.
   */
  @property({ type: Number }) timeout = 15_000;

  /** Responsive candidates as in `<img srcset>`; unsafe URLs are dropped. */
  @property() srcset: string | undefined = undefined;

  /** Layout widths as in `<img sizes>`. */
  @property() sizes: string | undefined = undefined;

  /** Caption text (plain text). */
  @property() caption = '';

  /** Name of the copyright holder ("AP"); shown as a localized credit line. */
  @property() credit = '';

  /** Aspect ratio of the box, cropping the image: `16/9`, `16:9` or `1.5`; wins over width/height. */
  @property() ratio: string | undefined = undefined;

  /** `lazy` (default) or `eager`. */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /** Fetch priority hint passed to the image: `high`, `low` or `auto`. */
  @property({ attribute: 'fetchpriority' }) fetchPriority: 'high' | 'low' | 'auto' | undefined = undefined;

  /** Where the credit goes: `caption` (default, after the caption) or `overlay` (on the image's bottom corner). */
  @property({ attribute: 'credit-position' }) creditPosition: 'caption' | 'overlay' = 'caption';

  /** A CSS colour filling the box until the image arrives (`#ddd`, `rgb(…)`, a name); anything else, `var()` included, is ignored. */
  @property() placeholder: string | undefined = undefined;

  /** Colour scheme: `auto` follows the reader's preference. `auto`, the default, is the one value not reflected. */
  @property({ reflect: true, converter: themeConverter }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Language of the credit line and messages; else the closest `lang` around, else English. */
  @property() override lang = '';

  @state() private _contextLang: string | undefined = undefined;

  @state() private _status: LoadStatus = 'loading';

  /** The image is still loading after `timeout`: its alt text shows until it arrives. */
  @state() private _slow = false;

  @query('.frame') private _frame!: HTMLElement | null;

  @query('img') private _image!: HTMLImageElement | null;

  private _resolvedLang = 'en';
  private _imageUrl: string | undefined;
  private _imageSrcset: string | undefined;
  private _refusals: Error[] = [];
  private _box: Ratio = DEFAULT_RATIO;
  private _warnedMissingAlt = false;
  private _colouredFrame: HTMLElement | null = null;
  private readonly _translations = new TranslationsController(this);
  /** Set while waiting for the image: stops watching the viewport and the clock. */
  private _stopWaiting: (() => void) | undefined;
  /** Whether this image's failure has been reported (a slow image that then fails is one failure). */
  private _reported = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read here, not in render(): the tree is only known once connected (and render runs on servers).
    this._contextLang = closestLang(this);
    if (this.hasUpdated) this._waitForImage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopWaiting?.();
    this._stopWaiting = undefined;
  }

  protected override firstUpdated(): void {
    // Server-rendered markup (declarative shadow DOM) may have loaded its image before this
    // element upgraded: its load event has gone by. Checked after the first update, because
    // hydration keeps the server's attributes in that update and would drop a `loaded` class.
    const image = this._image;
    if (image !== null && image.complete && image.naturalWidth > 0 && this._status !== 'loaded') {
      this._status = 'loaded';
    }
  }

  /** Also waits for the strings of the element's language when they have to load first. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._translations.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('lang') || changed.has('_contextLang')) {
      this._resolvedLang = resolveLang(this.lang, this._contextLang);
      this._translations.want(this._resolvedLang);
    }
    if (changed.has('src') || changed.has('srcset')) {
      const [previousUrl, previousSrcset] = [this._imageUrl, this._imageSrcset];
      this._checkUrls();
      // Wait for a load event only where one will come: `src="a.jpg"` → `src="/a.jpg"` is the
      // same image, and a new srcset keeps showing the current image until its pick arrives.
      const newImage = previousUrl !== this._imageUrl;
      const retry = previousSrcset !== this._imageSrcset && this._status === 'failed';
      if (newImage || retry) {
        this._status = 'loading';
        this._slow = false;
        this._reported = false;
        this._stopWaiting?.();
        this._stopWaiting = undefined;
      }
    }
    if (changed.has('ratio') || changed.has('width') || changed.has('height')) {
      this._box = parseRatio(this.ratio) ?? ratioOf(this.width, this.height) ?? DEFAULT_RATIO;
    }
  }

  protected override render() {
    const messages = messagesFor(this._resolvedLang);
    const decorative = this.alt === '';
    const refused = this._imageUrl === undefined && this._imageSrcset === undefined && this._refusals.length > 0;
    const failed = refused || this._status === 'failed';
    const hasImage = !failed && (this._imageUrl !== undefined || this._imageSrcset !== undefined);
    const [boxWidth, boxHeight] = this._box;
    const lang = this._resolvedLang;
    const role = decorative && this.caption.trim() === '' && this.credit.trim() === '' ? 'none' : undefined;
    const frameClass = this._status === 'loaded' ? 'frame loaded' : 'frame';

    // Two whole templates rather than nested ones for the image: a page of cards renders
    // hundreds of photos, and each nested template costs a clone and an insertion.
    if (hasImage) {
      return html`<figure part="figure" lang=${lang} dir=${directionOf(lang)} role=${ifDefined(role)}>
        <div class=${frameClass}>
          <svg class="sizer" viewBox="0 0 ${boxWidth} ${boxHeight}" aria-hidden="true"></svg>
          <img
            part="image"
            loading=${this.loading === 'eager' ? 'eager' : 'lazy'}
            fetchpriority=${ifDefined(validPriority(this.fetchPriority))}
            decoding="async"
            width=${ifDefined(positive(this.width))}
            height=${ifDefined(positive(this.height))}
            alt=${ifDefined(this.alt ?? undefined)}
            sizes=${ifDefined(this.sizes || undefined)}
            srcset=${ifDefined(this._imageSrcset)}
            src=${ifDefined(this._imageUrl)}
            @load=${this._onLoad}
            @error=${this._onError}
          />${this._slow ? this._renderFallback(messages, decorative) : nothing}
        </div>
        ${this._renderCaption(messages)}
      </figure>`;
    }
    return html`<figure part="figure" lang=${lang} dir=${directionOf(lang)} role=${ifDefined(role)}>
      <div class=${frameClass}>
        <svg class="sizer" viewBox="0 0 ${boxWidth} ${boxHeight}" aria-hidden="true"></svg>
        ${failed ? this._renderFallback(messages, decorative) : nothing}
      </div>
      ${this._renderCaption(messages)}
    </figure>`;
  }

  private _renderCaption(messages: Messages) {
    const caption = this.caption.trim();
    const credit = this.credit.trim();
    const overlay = this.creditPosition === 'overlay';
    if (caption !== '' && credit !== '') {
      return html`<figcaption class=${overlay ? 'overlay' : ''}>
        <span part="caption" class="caption">${caption}</span>
        <span part="credit" class="credit">${messages.credit(credit)}</span>
      </figcaption>`;
    }
    if (caption !== '') {
      return html`<figcaption class=${overlay ? 'overlay' : ''}>
        <span part="caption" class="caption">${caption}</span>
      </figcaption>`;
    }
    if (credit !== '') {
      return html`<figcaption class=${overlay ? 'overlay credit-only' : ''}>
        <span part="credit" class="credit">${messages.credit(credit)}</span>
      </figcaption>`;
    }
    return nothing;
  }

  private _renderFallback(messages: Messages, decorative: boolean) {
    const text = this.alt ? this.alt : messages.imageUnavailable;
    // A decorative image that failed has nothing to tell a screen reader; otherwise the text
    // stands in for the image, as the browser's own alt rendering would.
    return html`<div
      class="fallback"
      role=${ifDefined(decorative ? undefined : 'img')}
      aria-label=${ifDefined(decorative ? undefined : text)}
      aria-hidden=${ifDefined(decorative ? 'true' : undefined)}
    >
      <div class="fallback-content">
        <svg
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linecap="round"
          stroke-linejoin="round"
          aria-hidden="true"
        >
          <rect x="3" y="4" width="18" height="16" rx="2"></rect>
          <circle cx="9" cy="10" r="1.75"></circle>
          <path d="m4 18 5-5 3 3 3-3 5 5"></path>
        </svg>
        <span>${text}</span>
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_status') || changed.has('src') || changed.has('srcset') || changed.has('timeout')) {
      this._waitForImage();
    }
    // The frame is a new element when the image fails (the template changes), so the colour
    // goes on again then.
    const frame = this.placeholder !== undefined || changed.has('placeholder') ? this._frame : null;
    const newFrame = frame !== this._colouredFrame && this.placeholder !== undefined;
    if ((changed.has('placeholder') || newFrame) && frame !== null) {
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

  private _checkUrls(): void {
    const refusals: Error[] = [];
    this._imageUrl = undefined;
    if (this.src.trim() !== '') {
      const result = checkImageUrl(this.src);
      if ('url' in result) this._imageUrl = result.url;
      else refusals.push(refusal(this.src, result.error));
    }
    this._imageSrcset = undefined;
    if (this.srcset !== undefined && this.srcset.trim() !== '' && refusals.length === 0) {
      const kept: string[] = [];
      for (const candidate of parseSrcset(this.srcset)) {
        const result = checkImageUrl(candidate.url);
        if ('url' in result) kept.push(candidate.descriptor ? `${result.url} ${candidate.descriptor}` : result.url);
        else refusals.push(refusal(candidate.url, result.error));
      }
      if (kept.length > 0) this._imageSrcset = kept.join(', ');
    }
    this._refusals = refusals;
  }

  /**
   * Starts the clock for an image still loading once it is in view (a lazy image below the
   * fold is not even requested before), and stops it when the image settles.
   */
  private _waitForImage(): void {
    const image = this._image;
    const waiting = this._status === 'loading' && !this._slow && image !== null && this.isConnected;
    if (!waiting || !(this.timeout > 0)) {
      this._stopWaiting?.();
      this._stopWaiting = undefined;
      return;
    }
    if (this._stopWaiting !== undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopWatching = whenInView(this, () => {
      timer = setTimeout(
        () => {
          this._stopWaiting = undefined;
          if (this._status !== 'loading') return;
          this._slow = true;
          this._report(
            `The image ${shortUrl(this._imageUrl ?? this._imageSrcset ?? '')} did not arrive within ${this.timeout} ms`,
          );
        },
        Math.min(this.timeout, 2_147_483_647),
      );
    });
    this._stopWaiting = () => {
      stopWatching();
      clearTimeout(timer);
    };
  }

  private _report(message: string): void {
    if (this._reported) return;
    this._reported = true;
    emit(this, 'aw-error', { error: new Error(message), source: 'image' });
  }

  private _onLoad(): void {
    this._status = 'loaded';
    this._slow = false;
  }

  private _onError(event: Event): void {
    const image = event.currentTarget as HTMLImageElement;
    const url = image.currentSrc || this._imageUrl || this._imageSrcset || '';
    this._status = 'failed';
    this._slow = false;
    this._report(`The image ${shortUrl(url)} could not be loaded`);
  }
}

/** One viewport observer for every photo: a page of cards holds hundreds. */
let viewObserver: IntersectionObserver | undefined;
const inView = new WeakMap<Element, () => void>();

/** Calls `callback` once `element` is in view (at once where that cannot be known); returns a stop function. */
function whenInView(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    callback();
    return () => undefined;
  }
  viewObserver ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const seen = inView.get(entry.target);
      if (!entry.isIntersecting || seen === undefined) continue;
      inView.delete(entry.target);
      viewObserver!.unobserve(entry.target);
      seen();
    }
  });
  inView.set(element, callback);
  viewObserver.observe(element);
  return () => {
    inView.delete(element);
    viewObserver?.unobserve(element);
  };
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

/** A URL short enough for a message: a data: URL can be megabytes long. */
function shortUrl(url: string): string {
  return url.length > 160 ? `${url.slice(0, 160)}…` : url;
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

function validPriority(value: string | undefined): string | undefined {
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
