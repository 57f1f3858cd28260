import type { ReactiveController, ReactiveElement } from 'lit';
import { emit } from '../../internal/events.js';

/** What a photo shows besides its image: nothing, or its alt text over a failed or slow image. */
export type PhotoStatus = 'ok' | 'failed' | 'slow';

/** An element that shows photos through `photoTemplate`: `<aw-photo>`, the card, the related list. */
export type PhotoHost = ReactiveElement;

/** How long a photo waits by default once in view, in milliseconds. */
export const PHOTO_TIMEOUT = 15_000;

/**
 * The behaviour of every photo the elements render, whichever element renders it: it follows
 * the images in the host's shadow root, marks each frame `loaded` when its image arrives (the
 * styles fade it in), shows the alt text in the box of an image that fails, or that is still loading `timeout`
 * ms after the host came into view (the image replaces the text if it arrives later), and
 * reports each failure once with `aw-error` (`source: 'image'`).
 *
 * Images are known by the URL they were rendered with (`src`, else `srcset`), which is also
 * what `status(url)` takes in `render()`. The controller keeps state only for the rare images
 * that failed or are slow, so a page of cards pays one small object per card.
 */
export class PhotoController implements ReactiveController {
  /** Milliseconds an image may take, once in view, before its alt text shows instead; `0`: no limit. */
  timeout = PHOTO_TIMEOUT;

  private readonly host: PhotoHost;
  /** Failed and slow images by URL; undefined while every image is fine (nearly always). */
  private problems: Map<string, PhotoStatus> | undefined;
  /** Watching for the host to come into view, or counting down once it has. */
  private waiting = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: PhotoHost) {
    this.host = host;
    host.addController(this);
  }

  /** How the image rendered with `url` is doing. */
  status(url: string | undefined): PhotoStatus {
    return (url !== undefined && this.problems?.get(url)) || 'ok';
  }

  hostConnected(): void {
    // Image load and error events do not bubble, but they pass the shadow root in the capture phase.
    this.host.renderRoot.addEventListener('load', this, true);
    this.host.renderRoot.addEventListener('error', this, true);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('load', this, true);
    this.host.renderRoot.removeEventListener('error', this, true);
    this.stopWaiting();
  }

  hostUpdated(): void {
    let waiting = false;
    for (const image of this.images()) {
      const url = urlOf(image);
      if (url === undefined) continue;
      if (image.complete) {
        // Settled before its listener could hear it: from the cache, or server-rendered HTML
        // whose image arrived (or failed) before the element's script. A natural width of 0
        // is a broken image or an SVG without a size of its own: decoding tells them apart.
        if (image.naturalWidth > 0) this.loaded(image, url);
        else if (!image.parentElement?.classList.contains('loaded') && this.status(url) === 'ok') {
          image.decode().then(
            () => urlOf(image) === url && this.loaded(image, url),
            () => urlOf(image) === url && this.failed(url),
          );
        }
      } else {
        // On its way (or a new URL in a reused <img>): the box shows its placeholder until then.
        image.parentElement?.classList.remove('loaded', 'arrived');
        image.parentElement?.classList.add('waiting');
        if (this.status(url) === 'ok') waiting = true;
      }
    }
    if (waiting) this.wait();
    else this.stopWaiting();
  }

  handleEvent(event: Event): void {
    const image = event.target as HTMLImageElement;
    if (image.localName !== 'img') return;
    const url = urlOf(image);
    if (url === undefined) return;
    if (event.type === 'load') this.loaded(image, url);
    else this.failed(url);
  }

  private images(): HTMLImageElement[] {
    return Array.from(this.host.renderRoot.querySelectorAll<HTMLImageElement>('img.image'));
  }

  /**
   * The image has arrived: its frame (a static element of the template, whose classes Lit leaves
   * alone) says so, and the styles fade it in. A frame that was never `waiting` (server-rendered
   * HTML, before the element's first render) shows its image as it comes.
   */
  private loaded(image: HTMLImageElement, url: string): void {
    const frame = image.parentElement;
    if (frame?.classList.contains('waiting')) {
      frame.classList.remove('waiting');
      frame.classList.add('loaded', 'arrived');
    } else {
      frame?.classList.add('loaded');
    }
    if (this.problems?.get(url) === 'slow') {
      this.problems.delete(url);
      this.host.requestUpdate();
    }
  }

  private failed(url: string): void {
    const before = this.status(url);
    if (before === 'failed') return;
    (this.problems ??= new Map()).set(url, 'failed');
    this.host.requestUpdate();
    // A slow image that then fails was reported already: one failure, one event.
    if (before !== 'slow') this.report(`The image ${shortUrl(url)} could not be loaded`);
  }

  /**
   * Starts the clock once the host is in view (a lazy image below the fold is not even
   * requested before); when it runs out, every image still loading shows its alt text.
   */
  private wait(): void {
    if (this.waiting || !(this.timeout > 0) || !this.host.isConnected) return;
    this.waiting = true;
    whenInView(this.host, this);
  }

  /** The host came into view: the images have `timeout` ms from now. */
  inView(): void {
    if (this.waiting) this.timer = setTimeout(() => this.timeUp(), Math.min(this.timeout, 2_147_483_647));
  }

  private stopWaiting(): void {
    if (!this.waiting) return;
    this.waiting = false;
    stopWatching(this.host);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private timeUp(): void {
    this.waiting = false;
    this.timer = undefined;
    for (const image of this.images()) {
      const url = urlOf(image);
      if (url === undefined || image.complete || this.status(url) !== 'ok') continue;
      (this.problems ??= new Map()).set(url, 'slow');
      this.host.requestUpdate();
      this.report(`The image ${shortUrl(url)} did not arrive within ${this.timeout} ms`);
    }
  }

  private report(message: string): void {
    emit(this.host, 'aw-error', { error: new Error(message), source: 'image' });
  }
}

/** The URL an image was rendered with: its `src`, else its `srcset`. */
function urlOf(image: HTMLImageElement): string | undefined {
  return image.getAttribute('src') ?? image.getAttribute('srcset') ?? undefined;
}

/** A URL short enough for a message: a data: URL can be megabytes long. */
export function shortUrl(url: string): string {
  return url.length > 160 ? `${url.slice(0, 160)}…` : url;
}

/** One viewport observer for every photo host: a page of cards holds hundreds. */
let viewObserver: IntersectionObserver | undefined;
const watching = new WeakMap<Element, PhotoController>();

/** Tells `controller` once `element` is in view (at once where that cannot be known). */
function whenInView(element: Element, controller: PhotoController): void {
  if (typeof IntersectionObserver !== 'function') {
    controller.inView();
    return;
  }
  viewObserver ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const seen = watching.get(entry.target);
      if (!entry.isIntersecting || seen === undefined) continue;
      stopWatching(entry.target);
      seen.inView();
    }
  });
  watching.set(element, controller);
  viewObserver.observe(element);
}

function stopWatching(element: Element): void {
  watching.delete(element);
  viewObserver?.unobserve(element);
}
