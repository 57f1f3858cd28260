import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readArticle } from '../data/read-article.js';
import { loadConverted } from '../data/request.js';
import type { Article } from '../data/types.js';

/**
 * How an element enriches its links. One object per element class, shared by all its
 * instances: each function gets the host it works for.
 */
export interface EnrichOptions<H extends ReactiveControllerHost> {
  /** Milliseconds before a page's request is given up. */
  timeout(host: H): number;
  /** Pages read at the same time; default 3. */
  concurrency?: number;
  /** How far from the viewport an item starts its page's request (IntersectionObserver `rootMargin`); default 300px. */
  rootMargin?: string;
  /** Called for each page that cannot be read (its story stays a link). */
  onError?(error: Error, url: string, host: H): void;
}

type Read = { status: 'waiting' | 'loading' | 'failed' } | { status: 'read'; article: Article };

/**
 * Turns a plain list of links into stories with their pages' data (`<aw-related-stories enrich>`):
 * each linked page is read (its JSON-LD and Open Graph tags, as `readPage` reads them) once its
 * item comes near the viewport, a few pages at a time; a story whose page cannot be read stays
 * the link it was. The host renders `stories(links)` and hands its rendered items to `watch`.
 *
 * ```ts
 * const enrichment: EnrichOptions<MyList> = { timeout: (host) => host.timeout };
 * private readonly _enricher = new EnrichController(this, enrichment);
 * // rendering: const stories = this.enrich ? this._enricher.stories(links) : links;
 * // updated():  this._enricher.watch(this.renderRoot.querySelectorAll('li[data-url]'));
 * ```
 */
export class EnrichController<H extends ReactiveControllerHost = ReactiveControllerHost> implements ReactiveController {
  private readonly host: H;
  private readonly options: EnrichOptions<H>;
  /** What is known of each page, by URL. */
  private readonly pages = new Map<string, Read>();
  /** Pages near the viewport that wait for a free slot, in the order they came near. */
  private readonly queue: string[] = [];
  private active = 0;
  private observer: IntersectionObserver | undefined;
  private readonly watched = new Map<Element, string>();
  private abort = new AbortController();
  private version = 0;
  private memo: { input: Article[]; version: number; output: Article[] } | undefined;

  constructor(host: H, options: EnrichOptions<H>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    // Requests in flight are dropped; their pages are asked for again if the host comes back.
    this.abort.abort();
    this.abort = new AbortController();
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched.clear();
    this.queue.length = 0;
    this.active = 0;
    for (const [url, read] of this.pages) if (read.status === 'loading') this.pages.delete(url);
  }

  /**
   * The stories with each page read so far in place of its link: the page's article, at the
   * link's URL (so the list's events name the URL the page linked). The same array as long as
   * nothing new was read.
   */
  stories(links: Article[]): Article[] {
    if (this.memo?.input === links && this.memo.version === this.version) return this.memo.output;
    const output = links.map((link) => {
      const read = this.pages.get(link.url);
      return read?.status === 'read' ? { ...read.article, url: link.url } : link;
    });
    this.memo = { input: links, version: this.version, output };
    return output;
  }

  /** Watches the rendered items (each with its story's URL in `data-url`) whose pages are not read yet. */
  watch(items: Iterable<HTMLElement>): void {
    if (typeof IntersectionObserver === 'undefined') return;
    const current = new Set<Element>();
    for (const item of items) {
      const url = item.dataset.url;
      if (url === undefined || this.pages.has(url)) continue;
      current.add(item);
      if (this.watched.get(item) === url) continue;
      this.observer ??= new IntersectionObserver((entries) => this.onIntersection(entries), {
        rootMargin: this.options.rootMargin ?? '300px',
      });
      this.watched.set(item, url);
      this.observer.observe(item);
    }
    for (const item of this.watched.keys()) {
      if (current.has(item)) continue;
      this.watched.delete(item);
      this.observer?.unobserve(item);
    }
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const url = this.watched.get(entry.target);
      this.watched.delete(entry.target);
      this.observer?.unobserve(entry.target);
      if (url === undefined || this.pages.has(url)) continue;
      this.pages.set(url, { status: 'waiting' });
      this.queue.push(url);
    }
    this.next();
  }

  private next(): void {
    const concurrency = this.options.concurrency ?? 3;
    while (this.active < concurrency && this.queue.length > 0) {
      const url = this.queue.shift()!;
      this.active++;
      this.pages.set(url, { status: 'loading' });
      const { signal } = this.abort;
      loadConverted(url, { signal, timeout: this.options.timeout(this.host), pages: true }, readArticle).then(
        (article) => this.settle(url, signal, { status: 'read', article }),
        (error: unknown) => {
          this.settle(url, signal, { status: 'failed' });
          if (signal.aborted) return;
          this.options.onError?.(error instanceof Error ? error : new Error(String(error)), url, this.host);
        },
      );
    }
  }

  private settle(url: string, signal: AbortSignal, read: Read): void {
    // Answers to requests of an earlier connection were counted out already.
    if (signal.aborted) return;
    this.active--;
    this.pages.set(url, read);
    if (read.status === 'read') {
      this.version++;
      this.host.requestUpdate();
    }
    this.next();
  }
}
