import {
  LitElement,
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as withStatics, literal, type StaticValue } from 'lit/static-html.js';
import { LazyModule } from '../../data/lazy.js';
import { readOwnStories, readStories, type StoryList } from '../../data/read-article.js';
import { loadConverted, readInlineJson } from '../../data/request.js';
import type { Article, ArticleImage } from '../../data/types.js';
import { directionOf } from '../../i18n/lang.js';
import { RelativeTimeController } from '../../internal/clock.js';
import { defineElement } from '../../internal/define.js';
import type * as Enrich from '../../internal/enrich-controller.js';
import { emit } from '../../internal/events.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { watchImpression } from '../../internal/impressions.js';
import { inlined } from '../../internal/inline-template.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { SourceController, type SourceOptions, type SourceState } from '../../internal/source-controller.js';
import { earliestChange, timeParts, type TimeParts } from '../../internal/time.js';
import { langConverter, lineIcon, themeConverter, tokens, type Theme } from '../../internal/tokens.js';
import { PhotoController } from '../photo/photo-controller.js';
import { photoTemplate } from '../photo/photo-template.js';
import { photoStyles, photoTokens } from '../photo/photo.styles.js';
import { styles } from './related-stories.styles.js';

/** The list's layouts; anything else is `list`. */
export const relatedLayouts = ['list', 'grid'] as const;
type Layout = (typeof relatedLayouts)[number];

/**
 * Thumbnail boxes are a 16:9 photo above the headline in the grid, a smaller, squarer crop
 * beside it in the list (the styles fix both). `sizes` lets the browser pick a small srcset
 * candidate for a small box; `auto` (lazy images only) uses the real box where supported.
 */
const thumbnailSizes: Record<Layout, string> = {
  list: 'auto, 6rem',
  grid: 'auto, (min-width: 60rem) 20rem, (min-width: 30rem) 50vw, 100vw',
};

/** Drawn in the thumbnail box of a story without a photo: a page of text, so the box reads as intended. */
const placeholderIcon = lineIcon(
  svg`<path d="M6 3h12a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM8 8h8M8 12h8M8 16h5" />`,
  1.5,
);

/**
 * Template text for a story (Lit's static values, constants only, never data): what a story
 * has or lacks while it shows (a thumbnail box, a language of its own) is written into its
 * template rather than bound, so a story keeps no binding for what it lacks and no nested
 * template for its thumbnail's box.
 */
const none = literal``;
const thumbnailBox = literal`<div part="thumbnail" class="thumbnail" aria-hidden="true">`;
const emptyThumbnailBox = literal`<div part="thumbnail" class="thumbnail empty" aria-hidden="true">`;
const boxEnd = literal`</div>`;
const langAttribute = literal`lang=`;
const dirAttribute: Record<'ltr' | 'rtl', StaticValue> = { ltr: literal`dir="ltr"`, rtl: literal`dir="rtl"` };

/**
 * A "You might also like" list of stories, with thumbnails, headline links and times. It
 * enhances a plain `<ul><li><a href>` list, which stays the content for readers without
 * JavaScript and while (or if) `src` fails to load.
 *
 * @summary "You might also like": a list or grid of related stories, with impression and click events.
 *
 * @slot - Fallback content: a `<ul>` of `<li><a href="…">Headline</a></li>`. Shown until the
 *   stories are loaded and kept when loading fails; with no other data, its links are the stories.
 *
 * @csspart heading - The heading ("You might also like").
 * @csspart list - The `<ul>` of stories.
 * @csspart item - One story's `<li>`.
 * @csspart link - The headline link (it covers the whole item, thumbnail included).
 * @csspart time - The `<time>` the story was published.
 * @csspart thumbnail - The box holding the story's photo, or a tinted placeholder box when it has
 *   none (left out altogether when no story has a photo).
 *
 * @cssprop [--aw-related-gap=var(--aw-space, 1rem)] - Space between stories.
 * @cssprop [--aw-related-padding=var(--aw-space, 1rem)] - Space inside the box; `0` with a
 *   transparent background and no border blends the list into the page.
 * @cssprop [--aw-related-background=var(--aw-color-surface)] - Background of the box.
 * @cssprop [--aw-related-border=1px solid var(--aw-color-border)] - Border of the box.
 * @cssprop [--aw-related-thumbnail-width=6rem] - Width of the thumbnails in the `list` layout (at
 *   most a quarter of the item, so headlines keep room on a phone).
 * @cssprop [--aw-related-column-width=14rem] - Narrowest column of the `grid` layout; columns are
 *   added as the element grows wider.
 * @cssprop [--aw-related-headline-size=1rem] - Font size of the headlines.
 *
 * @fires {CustomEvent<{ stories: Article[] }>} aw-load - Stories were read (property, inline
 *   JSON, `src` or the fallback list); `stories` are all valid ones, before `hide-present` and `limit`.
 * @fires {CustomEvent<{ error: Error; source: string }>} aw-error - The data could not be read or
 *   loaded, or a story in it was left out as invalid (`source`: `property`, `inline`, `src` or
 *   `fallback`); also comes from a thumbnail that failed to load (`source: 'image'`), and with
 *   `enrich` from a linked page that could not be read, or from the code that reads them when it
 *   could not load (`source: 'enrich'`; the links stay).
 * @fires {CustomEvent<{ url: string; index: number }>} aw-impression - A story has been at least
 *   half visible for one continuous second; once per story.
 * @fires {CustomEvent<{ url: string; index: number }>} aw-select - A story's link was clicked
 *   (also with the middle button); `index` counts from 0 in the shown list.
 */
export class AwRelatedStories extends LitElement {
  static override styles = [tokens, photoTokens, photoStyles, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }

  static override get properties(): PropertyDeclarations {
    return {
      stories: { attribute: false },
      src: {},
      heading: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      limit: { type: Number },
      layout: {},
      hidePresent: { attribute: 'hide-present', type: Boolean },
      lang: { reflect: true, converter: langConverter },
      theme: { reflect: true, converter: themeConverter },
      timeout: { type: Number },
      enrich: { type: Boolean },
      _fallbackStories: { state: true },
    };
  }

  /** The stories, as `Article` objects; takes precedence over inline JSON and `src`. */
  stories: Article[] | undefined = undefined;

  /** URL of JSON with the stories: an array, `{ "stories": [...] }` or a schema.org `ItemList`. */
  src: string | undefined = undefined;

  /** Heading text; defaults to "You might also like" in the element's language. `heading=""` hides it. */
  heading: string | undefined = undefined;

  /** Level of the heading, 2–6; other values mean 2. */
  headingLevel = 2;

  /** Show at most this many stories; anything but a positive integer means no limit. */
  limit: number | undefined = undefined;

  /** `list` (thumbnail beside the headline, default) or `grid` (columns of thumbnail over headline). */
  layout: Layout = 'list';

  /** Leave out stories the page already links to (outside this element), and the page itself. */
  hidePresent = false;

  /**
   * Language of the heading and times; else the closest `lang` on the page, else English.
   * Reflected like the built-in property (an empty value leaves the attribute out).
   */
  override lang = '';

  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. `auto`, the default, is the one value not reflected. */
  theme: Theme = 'auto';

  /** Time limit for loading `src`, in milliseconds. */
  timeout = 8000;

  /**
   * Turns the fallback list's links into stories with thumbnails and times by reading each linked
   * page (its JSON-LD and Open Graph tags), lazily near the viewport, a few at a time; a link
   * whose page can't be read stays a link.
   */
  enrich = false;

  /** The stories read from the wrapped fallback list; used when there is no other data. */
  private _fallbackStories: StoryList | undefined = undefined;

  private readonly _source = new SourceController(this, source);
  /** Made when the list first enriches its links (see `_enrichLinks`). */
  private _enricher: Enrich.EnrichController<AwRelatedStories> | undefined;
  /** Whether this list has asked for the code of `enrich` (once: a failed load is not retried). */
  private _enrichAsked = false;
  private readonly _locale = new LocaleController(this);
  private readonly _clock = new RelativeTimeController(this);
  private readonly _photo = new PhotoController(this);
  /** The stories to render, after `hide-present` and `limit`; undefined shows the fallback slot. */
  private _shown: Article[] | undefined;
  private _shownFrom: Article[] | undefined;
  /** Set when page links may have changed since `_shown` was computed (connected, moved). */
  private _pageChanged = true;
  private _times: (TimeParts | undefined)[] = [];
  private _fallbackSignature = '';
  private _announcedFallback: StoryList | undefined;
  private _fallbackObserver?: MutationObserver;
  /** URLs whose impression was reported; never reported again by this element. */
  private readonly _impressed = new Set<string>();
  private readonly _watched = new Map<Element, () => void>();

  override connectedCallback(): void {
    super.connectedCallback();
    this._pageChanged = true;
    if (document.readyState === 'loading') {
      // Upgraded while the parser is still adding the page (a classic script in <head>): the
      // links `hide-present` looks for may come later in the document.
      document.addEventListener('DOMContentLoaded', this._onPageParsed, { once: true });
    }
    this._readFallback();
    // The parser may still be adding the fallback list's items when the element upgrades, and a
    // page may replace them later; slotchange would only see changes to direct children.
    this._fallbackObserver ??= new MutationObserver(() => this._readFallback());
    this._fallbackObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'src', 'alt', 'width', 'height', 'datetime'],
    });
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this._onPageParsed);
    this._fallbackObserver?.disconnect();
    for (const stop of this._watched.values()) stop();
    this._watched.clear();
  }

  /**
   * Also waits for data that needed its reader loaded first (JSON-LD, the first time on a
   * page) and for the strings of the element's language when they have to load.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._locale.settled(() => this._source.settled(() => super.getUpdateComplete()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._source.sync(this.stories, this.src);
    this._locale.resolve();

    const data = this._data();
    if (data !== this._shownFrom || changed.has('hidePresent') || changed.has('limit') || this._pageChanged) {
      this._shownFrom = data;
      this._pageChanged = false;
      this._shown = data === undefined ? undefined : this._select(data);
    }

    const now = Date.now();
    const server = this._clock.hydrating || undefined;
    const lang = this._locale.lang;
    this._times = (this._shown ?? []).map((story) => timeParts(story.datePublished, lang, { now, server }));
    this._clock.nextChange = earliestChange(...this._times.map((time) => time?.nextChange));
  }

  protected override render(): TemplateResult | typeof nothing {
    const stories = this._shown;
    if (stories === undefined) return html`<slot></slot>`;
    // Every story is already on the page: the fallback list would only repeat them.
    if (stories.length === 0) return nothing;
    const { lang, dir, messages } = this._locale;
    const layout: Layout = this.layout === 'grid' ? 'grid' : 'list';
    const title = (this.heading ?? messages.youMightAlsoLike).trim();
    // Placeholder boxes line up stories without a photo with those that have one; when none has
    // one, a list of text reads better than a column of empty boxes.
    const thumbnails = stories.some((story) => story.image !== undefined);
    // prettier-ignore
    return html`<section
      lang=${lang}
      dir=${dir}
      aria-labelledby=${ifDefined(title === '' ? undefined : 'heading')}
      aria-label=${ifDefined(title === '' ? messages.youMightAlsoLike : undefined)}
      >${
        title === ''
          ? nothing
          : heading(headingLevel(this.headingLevel, 2))`<h3 id="heading" part="heading" class="headline">${title}</h3>`
      }<ul
        part="list"
        role="list"
        class="list ${layout}-layout${thumbnails ? '' : ' text-only'}"
        @click=${this._onSelect}
        @auxclick=${this._onSelect}
        >${stories.map((story, index) => this._renderItem(story, index, layout, thumbnails))}</ul
      ></section>`;
  }

  private _renderItem(story: Article, index: number, layout: Layout, thumbnails: boolean): TemplateResult {
    // A story in another language than the list keeps its own, for pronunciation and direction.
    const storyLang = story.lang !== undefined && story.lang !== this._locale.lang ? story.lang : undefined;
    const time = this._times[index];
    const box = thumbnails ? (story.image === undefined ? emptyThumbnailBox : thumbnailBox) : none;
    // No white space between tags (each run would be a text node per story to clone and keep);
    // the `<time>` is always there and takes no room when empty: a nested template costs more.
    // (`withStatics` is Lit's `html` that reads static values.)
    const thumbnail = thumbnails ? this._renderThumbnail(story.image, layout) : none;
    // prettier-ignore
    const item = withStatics`<li part="item" class="item" data-url=${story.url} data-index=${index}
      >${box}${thumbnail}${thumbnails ? boxEnd : none}<div class="text"
        ><a
          part="link"
          class="link"
          href=${story.url}
          ${storyLang === undefined ? none : langAttribute}${storyLang ?? none}
          ${storyLang === undefined ? none : dirAttribute[directionOf(storyLang)]}
          >${story.headline}</a
        ><time part="time" datetime=${ifDefined(time?.datetime)} title=${ifDefined(time?.title)}
          >${time?.text ?? ''}</time
        ></div
      ></li>`;
    // The photo's template written into the story's: one template instance per story.
    return inlined(item, thumbnail);
  }

  /** What a story's thumbnail box holds (the box itself is in the story's template). */
  private _renderThumbnail(image: ArticleImage | undefined, layout: Layout): TemplateResult {
    // Decoration: the headline names the story, and the thumbnail is reached through its link.
    if (image === undefined) return placeholderIcon;
    return photoTemplate({
      src: image.src,
      srcset: image.srcset,
      sizes: image.srcset === undefined ? undefined : thumbnailSizes[layout],
      alt: '',
      loading: 'lazy',
      caption: '',
      credit: '',
      creditPosition: 'overlay',
      status: this._photo.status(image.src),
      fallbackText: this._locale.messages.imageUnavailable,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._watchItems();
    // Only the fallback list's links are read as pages: other data is already stories.
    const fromLinks = this.enrich && this._source.state.status === 'empty';
    if (fromLinks) this._enrichLinks();
    this._enricher?.watch(fromLinks ? this.renderRoot.querySelectorAll<HTMLElement>('li[data-url]') : []);
    const state = this._source.state;
    const fallback = state.status === 'empty' ? this._fallbackStories : undefined;
    if (fallback !== undefined && fallback !== this._announcedFallback) {
      this._announcedFallback = fallback;
      announce(this, fallback, 'fallback');
    }
  }

  /** The stories of the settled source, else of the fallback list; undefined shows the slot. */
  private _data(): Article[] | undefined {
    const state = this._source.state;
    const list = state.status === 'ready' ? state.value : state.status === 'empty' ? this._fallbackStories : undefined;
    // Data without a single valid story falls back, like data that failed to load.
    const stories = list !== undefined && list.stories.length > 0 ? list.stories : undefined;
    return stories && this.enrich && list === this._fallbackStories && this._enricher
      ? this._enricher.stories(stories)
      : stories;
  }

  /**
   * Starts reading the links' pages: the code that reads them loads with the first list that
   * asks (few lists do); the list shows its links meanwhile and watches them once it has arrived.
   * If it cannot load, the links stay, and the list says why with `aw-error` (`source: 'enrich'`).
   */
  private _enrichLinks(): void {
    if (this._enricher !== undefined) return;
    if (enrichCode.current !== undefined) {
      this._enricher = new enrichCode.current.EnrichController(this, enrichment);
      return;
    }
    if (this._enrichAsked) return;
    this._enrichAsked = true;
    enrichCode.get().then(
      () => this.requestUpdate(),
      (error: unknown) =>
        emit(this, 'aw-error', { error: error instanceof Error ? error : new Error(String(error)), source: 'enrich' }),
    );
  }

  /** Applies `hide-present` and `limit`, and drops repeated URLs (one item, one impression per story). */
  private _select(stories: Article[]): Article[] {
    const present = this.hidePresent && typeof document !== 'undefined' ? presentUrls(this) : new Set<string>();
    return firstUnique(stories, this.limit, present);
  }

  /** Reads the wrapped `<li><a href>` list into stories; keeps the same object when nothing changed. */
  private _readFallback(): void {
    const items: Record<string, unknown>[] = [];
    for (const item of Array.from(this.querySelectorAll('li'))) {
      const link = item.querySelector('a[href]');
      if (link === null) continue;
      const story: Record<string, unknown> = {
        url: link.getAttribute('href'),
        headline: link.textContent ?? '',
      };
      const time = item.querySelector('time[datetime]');
      if (time !== null) story.datePublished = time.getAttribute('datetime');
      const image = item.querySelector('img[src]');
      if (image !== null) {
        story.image = {
          src: image.getAttribute('src'),
          alt: image.getAttribute('alt') ?? '',
          width: Number(image.getAttribute('width')) || undefined,
          height: Number(image.getAttribute('height')) || undefined,
        };
      }
      items.push(story);
    }
    const signature = JSON.stringify(items);
    if (signature === this._fallbackSignature) return;
    this._fallbackSignature = signature;
    // A `datetime` HTML accepts is read here; other text in it is no date and is left out.
    const list = items.length === 0 ? undefined : readOwnStories(items, document.baseURI, { looseDates: 'drop' });
    this._fallbackStories = list instanceof Error ? undefined : list;
  }

  /** Watches every rendered story that has not made its impression yet, and only those. */
  private _watchItems(): void {
    const current = new Set<Element>();
    if (this.isConnected) {
      for (const item of Array.from(this.renderRoot.querySelectorAll<HTMLElement>('li[data-url]'))) {
        if (this._impressed.has(item.dataset.url ?? '')) continue;
        current.add(item);
        if (this._watched.has(item)) continue;
        this._watched.set(
          item,
          watchImpression(item, () => this._onImpression(item)),
        );
      }
    }
    for (const [item, stop] of this._watched) {
      if (current.has(item)) continue;
      stop();
      this._watched.delete(item);
    }
  }

  private _onImpression(item: HTMLElement): void {
    this._watched.delete(item);
    const url = item.dataset.url;
    if (url === undefined || this._impressed.has(url)) return;
    this._impressed.add(url);
    emit(this, 'aw-impression', { url, index: Number(item.dataset.index) });
  }

  private readonly _onPageParsed = (): void => {
    this._pageChanged = true;
    this.requestUpdate();
  };

  /** Clicks on a story's link, heard once on the list rather than on each link. */
  private _onSelect(event: MouseEvent): void {
    // auxclick: a middle click opens the story in a new tab, which is a selection too.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = event.target instanceof Element ? event.target.closest('a.link') : null;
    const item = link?.closest<HTMLElement>('li[data-url]') ?? null;
    const url = item?.dataset.url;
    if (item === null || url === undefined) return;
    emit(this, 'aw-select', { url, index: Number(item.dataset.index) });
  }
}

/** How every related list reads its data: one object for all of them (see `SourceController`). */
const source: SourceOptions<StoryList, AwRelatedStories> = {
  normalize: readStories,
  readInline: (host) => readInlineJson(host),
  load: (url, signal, host) => loadConverted(url, { signal, timeout: host.timeout }, readStories),
  settled: (state: SourceState<StoryList>, host) => {
    if (state.status === 'ready') announce(host, state.value, state.origin);
    else if (state.status === 'error') emit(host, 'aw-error', { error: state.error, source: state.origin });
  },
};

/** The code of `enrich`, loaded once for the page by the first list that enriches its links. */
const enrichCode = new LazyModule<typeof Enrich>(() => import('../../internal/enrich-controller.js'));

/** How `enrich` reads the fallback list's linked pages: one object for every list. */
const enrichment: Enrich.EnrichOptions<AwRelatedStories> = {
  timeout: (host) => host.timeout,
  onError: (error, _url, host) => emit(host, 'aw-error', { error, source: 'enrich' }),
};

function announce(host: AwRelatedStories, list: StoryList, source: string): void {
  for (const error of list.dropped) emit(host, 'aw-error', { error, source });
  // Nothing but invalid stories is a failure (the fallback stays), not a load.
  if (list.stories.length > 0 || list.dropped.length === 0) emit(host, 'aw-load', { stories: list.stories });
}

/**
 * At most `limit` stories (anything but a positive integer: no limit), the first of each URL
 * (fragment ignored) and none of `present`: what the list shows, on the page and on a server.
 */
export function firstUnique(stories: Article[], limit: number | undefined, present?: ReadonlySet<string>): Article[] {
  const most = limit !== undefined && Number.isInteger(limit) && limit > 0 ? limit : Infinity;
  const seen = new Set<string>();
  const shown: Article[] = [];
  for (const story of stories) {
    if (shown.length >= most) break;
    const key = withoutHash(story.url) ?? story.url;
    if (seen.has(key) || present?.has(key)) continue;
    seen.add(key);
    shown.push(story);
  }
  return shown;
}

/** A URL without its fragment, resolved against the document; undefined when it does not parse. */
function withoutHash(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value, base);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** URLs the page already links to outside `host`, and the page's own URL. */
function presentUrls(host: Element): Set<string> {
  const base = document.baseURI;
  const urls = new Set<string>();
  for (const link of Array.from(document.querySelectorAll('a[href]'))) {
    if (host.contains(link)) continue;
    const url = withoutHash(link.getAttribute('href') ?? '', base);
    if (url !== undefined) urls.add(url);
  }
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const self = (canonical ? withoutHash(canonical, base) : undefined) ?? withoutHash(location.href);
  if (self !== undefined) urls.add(self);
  return urls;
}

defineElement('aw-related-stories', AwRelatedStories);

declare global {
  interface HTMLElementTagNameMap {
    'aw-related-stories': AwRelatedStories;
  }
}
