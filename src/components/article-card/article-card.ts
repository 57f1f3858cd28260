import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readArticle } from '../../data/read-article.js';
import { LoadError, loadConverted, readInlineJson } from '../../data/request.js';
import type { Article, ArticleImage, ArticleKind } from '../../data/types.js';
import { isMeaningfullyLater } from '../../i18n/format.js';
import { directionOf, inheritedLang, resolveLang } from '../../i18n/lang.js';
import { messagesFor, messagesReady, type Messages } from '../../i18n/messages.js';
import { RelativeTimeController } from '../../internal/clock.js';
import { defineElement } from '../../internal/define.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { emit } from '../../internal/events.js';
import { SourceController, type SourceState } from '../../internal/source-controller.js';
import { earliestChange, timeParts } from '../../internal/time.js';
import { themeConverter, tokens } from '../../internal/tokens.js';
import { TranslationsController } from '../../internal/strings.js';
import { AwPhoto } from '../photo/photo.js';
import { styles } from './article-card.styles.js';

export type CardLayout = 'stack' | 'row' | 'compact' | 'overlay';
export type CardTheme = 'auto' | 'light' | 'dark';

const layouts: readonly CardLayout[] = ['stack', 'row', 'compact', 'overlay'];

/**
 * The headline in `h2`–`h6`: one template per level from a fixed list, so the tag name never
 * comes from data (and no static-html machinery runs per render).
 */
function heading(level: number, link: TemplateResult): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part="headline" class="headline">${link}</h2>`;
    case 4:
      return html`<h4 part="headline" class="headline">${link}</h4>`;
    case 5:
      return html`<h5 part="headline" class="headline">${link}</h5>`;
    case 6:
      return html`<h6 part="headline" class="headline">${link}</h6>`;
    default:
      return html`<h3 part="headline" class="headline">${link}</h3>`;
  }
}

/**
 * Photo boxes per layout. Fixed rather than taken from the image, so that the skeleton shown
 * while `src` loads has the final size and cards in a grid line up.
 */
const photoRatio: Record<CardLayout, string> = {
  stack: '16/9',
  row: '4/3',
  compact: '1/1',
  // Cropped again to 16:9 by the card's styles when it is wide.
  overlay: '4/3',
};

const badgeLabel: Record<ArticleKind, (messages: Messages) => string | undefined> = {
  article: () => undefined,
  video: (messages) => messages.video,
  live: (messages) => messages.live,
  gallery: (messages) => messages.gallery,
};

/** Targets that stay in this browsing context; any other name may open a new tab or window. */
const sameTabTargets = new Set(['', '_self', '_top', '_parent']);

interface Locale {
  messages: Messages;
  dir: 'ltr' | 'rtl';
  /** Authors' names joined the language's way ("A, B and C"); undefined without Intl.ListFormat. */
  list: Intl.ListFormat | undefined;
  /** Made with English strings standing in while the language's own were loading. */
  provisional: boolean;
}

/**
 * What a card needs per language, worked out once per page rather than once per card: a page
 * may hold hundreds of cards, and Intl objects cost far more to make than to use.
 */
const locales = new Map<string, Locale>();

function localeFor(lang: string): Locale {
  let locale = locales.get(lang);
  // An entry made while the language's strings were still loading holds English: made again once they are there.
  if (locale === undefined || (locale.provisional && messagesReady(lang) === undefined)) {
    let list: Intl.ListFormat | undefined;
    try {
      list = typeof Intl.ListFormat === 'function' ? new Intl.ListFormat(lang, { type: 'conjunction' }) : undefined;
    } catch {
      list = undefined;
    }
    const provisional = messagesReady(lang) !== undefined;
    locale = { messages: messagesFor(lang), dir: directionOf(lang), list, provisional };
    // A page has a handful of languages; a stream of odd tags just starts the cache again.
    if (locales.size >= 50) locales.clear();
    locales.set(lang, locale);
  }
  return locale;
}

const resolvedLangs = new Map<string, string>();

/** `resolveLang` of the element's, the article's and the page's language, remembered per combination. */
function cardLang(own: string, article: string | undefined, page: string | undefined): string {
  const key = `${own}\u0000${article ?? ''}\u0000${page ?? ''}`;
  let lang = resolvedLangs.get(key);
  if (lang === undefined) {
    lang = resolveLang(own, article, page);
    if (resolvedLangs.size >= 50) resolvedLangs.clear();
    resolvedLangs.set(key, lang);
  }
  return lang;
}

function joinNames(names: string[], locale: Locale): string {
  if (names.length < 2) return names.join('');
  return locale.list ? locale.list.format(names) : names.join(', ');
}

/**
 * An article as a card: kicker, headline link, standfirst, byline, time and photo, from an
 * `article` property, inline JSON or JSON-LD, or a `src` URL. The light-DOM children are the
 * fallback for readers without script and for data that cannot be loaded.
 *
 * While `src` loads, the card shows a skeleton of its final size (the photo's box and the text
 * lines) with the fallback link in the headline's place, so the reader still has a working,
 * readable link and nothing moves when the data arrives. The photo shows its credit but not its
 * caption: the caption belongs to the article page, the card's own text says what the story is.
 *
 * @summary A news article as a card whose headline is its one link.
 *
 * @slot - Fallback content, usually `<a href="…">Headline</a>`: shown until the data has
 *   rendered (as the headline line of the loading skeleton while `src` loads) and kept when
 *   loading fails. Hidden when `src` answers 410 Gone.
 *
 * @csspart card - The card box (also the loading skeleton and the "no longer available" box).
 * @csspart kicker - The section name above the headline.
 * @csspart headline - The heading element (`h2`–`h6`, from `heading-level`).
 * @csspart link - The headline link; it covers the whole card.
 * @csspart description - The standfirst, clamped to three lines.
 * @csspart byline - The authors.
 * @csspart time - Each `<time>`: published, and "Updated …" when modified later.
 * @csspart photo - The `<aw-photo>`; its own parts are exported as `photo-figure`,
 *   `photo-image`, `photo-caption` and `photo-credit`. A `compact` card's thumbnail is too small
 *   for its credit: there `photo-credit` is the last item of the meta line.
 *
 * @cssprop --aw-card-padding - Space inside the card around the text (default `--aw-space`).
 * @cssprop --aw-card-gap - Space between the text lines' groups (default half of `--aw-space`).
 * @cssprop --aw-card-headline-size - Font size of the headline (default grows with the card's width).
 * @cssprop --aw-card-scrim - Background behind the text of the `overlay` layout.
 * @cssprop --aw-font - Text font. Also `--aw-font-headline`, `--aw-color-text`, `--aw-color-muted`,
 *   `--aw-color-accent`, `--aw-color-surface`, `--aw-color-border`, `--aw-radius`, `--aw-space`.
 *
 * @fires aw-load - `{ article }`, once the card has rendered new data.
 * @fires aw-error - `{ error, source }`: data that cannot be used (`source` is `'property'`,
 *   `'inline'` or `'src'`; the fallback stays), or a photo that failed to load (`'image'`).
 */
export class AwArticleCard extends LitElement {
  static override styles = [tokens, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }

  /**
   * Elements the card renders. Importing the card registers them; a named import rather than a
   * bare one, so that bundlers honouring a package's `sideEffects` list keep it.
   */
  static readonly dependencies = { 'aw-photo': AwPhoto };

  /** The article to show: our `Article` shape or a schema.org object. Takes precedence over inline JSON and `src`. */
  @property({ attribute: false }) article: Article | Record<string, unknown> | undefined = undefined;

  /** URL of the article's JSON (our shape or schema.org JSON-LD); used when there is no `article` and no inline JSON. */
  @property() src: string | undefined = undefined;

  /** `stack` (photo on top), `row` (photo at the start), `compact` (thumbnail at the end, no standfirst) or `overlay` (text on the photo). */
  @property() layout: CardLayout = 'stack';

  /** Level of the headline's heading, 2–6; other values mean 3. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * Language of the card's words and dates; else the article's, else the closest `lang` on the page.
   * Reflected like the built-in property (an empty value leaves the attribute out).
   */
  @property({ reflect: true, converter: { toAttribute: (value: string) => value || null } })
  override lang = '';

  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. `auto`, the default, is the one value not reflected. */
  @property({ reflect: true, converter: themeConverter }) theme: CardTheme = 'auto';

  /** Where the link opens, as the `target` of a link; `_blank` adds `rel="noopener noreferrer"` and says so to screen readers. */
  @property() target: string | undefined = undefined;

  /** Time limit for loading `src`, in milliseconds. */
  @property({ type: Number }) timeout = 8000;

  /** Whether the fallback holds anything to show; decides what the skeleton's headline line is. */
  @state() private hasFallback = true;

  private readonly translations = new TranslationsController(this);

  private readonly source = new SourceController<Article>(this, {
    normalize: (input, base) => readArticle(input, base),
    readInline: (host) => readInlineJson(host),
    load: (url, signal) => loadConverted(url, { signal, timeout: this.timeout }, readArticle),
    settled: (state) => this.settled(state),
  });

  /** The closest `lang` around the card, read when it is connected (render must not read the DOM). */
  private inheritedLang: string | undefined;
  private resolvedLang = 'en';
  private timeNextChange: number | undefined;
  private readonly clock = new RelativeTimeController(this, () => this.timeNextChange);

  override connectedCallback(): void {
    super.connectedCallback();
    const inherited = inheritedLang(this);
    if (inherited !== this.inheritedLang) {
      this.inheritedLang = inherited;
      this.requestUpdate();
    }
  }

  /**
   * Also waits for data that needed its reader loaded first (JSON-LD, the first time on a
   * page) and for the strings of the card's language when they have to load.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.translations.settled(async () => {
      let complete = await super.getUpdateComplete();
      while (this.source.pending !== undefined) {
        await this.source.pending;
        complete = await super.getUpdateComplete();
      }
      return complete;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.source.sync(this.article, this.src);
    const state = this.source.state;
    const articleLang = state.status === 'ready' ? state.value.lang : undefined;
    this.resolvedLang = cardLang(this.lang, articleLang, this.inheritedLang);
    this.translations.want(this.resolvedLang);
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.source.state;
    this.timeNextChange = undefined;
    switch (state.status) {
      case 'ready':
        return this.renderArticle(state.value);
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return isGone(state.error) ? this.renderUnavailable() : html`<slot></slot>`;
      default:
        return html`<slot></slot>`;
    }
  }

  private get layoutName(): CardLayout {
    return layouts.includes(this.layout) ? this.layout : 'stack';
  }

  /**
   * One template for the whole card, with the parts an article lacks hidden rather than left
   * out: a page may render hundreds of cards, and each nested template costs a clone and an
   * insertion per card (see bench/RESULTS.md).
   */
  private renderArticle(article: Article): TemplateResult {
    const lang = this.resolvedLang;
    const locale = localeFor(lang);
    const messages = locale.messages;
    const layout = this.layoutName;
    const target = this.target ?? '';
    const newTab = !sameTabTargets.has(target);
    const kicker = article.section ?? '';
    const badge = (article.kind && badgeLabel[article.kind]?.(messages)) || '';
    const description = layout === 'compact' ? '' : (article.description ?? '');
    const byline =
      article.byline ??
      joinNames(
        (article.authors ?? []).map((author) => author.name),
        locale,
      );
    const server = this.clock.hydrating || undefined;
    const published = timeParts(article.datePublished, lang, { server });
    const updated = isMeaningfullyLater(article.dateModified, article.datePublished)
      ? timeParts(article.dateModified, lang, { prefix: messages.updated, server })
      : undefined;
    this.timeNextChange = earliestChange(published?.nextChange, updated?.nextChange);
    const image = article.image;
    // A compact card's thumbnail is too small to carry its credit: it joins the meta line.
    const metaCredit = layout === 'compact' && image?.credit ? messages.credit(image.credit) : '';

    const link = html`<a
      part="link"
      href=${article.url}
      target=${newTab || target ? target : nothing}
      rel=${newTab ? 'noopener noreferrer' : nothing}
      >${article.headline}${newTab ? html`<span class="visually-hidden"> ${messages.openInNewTab}</span>` : nothing}</a
    >`;

    return html`<div class="frame" lang=${lang} dir=${locale.dir}>
      <article part="card" class="card ${layout}${image ? ' has-photo' : ''}">
        <div class="body">
          <p class="eyebrow" ?hidden=${!kicker && !badge}>
            <span part="kicker" class="kicker" ?hidden=${!kicker}>${kicker}</span>
            <span class="badge ${article.kind ?? ''}" ?hidden=${!badge}>${badge}</span>
          </p>
          ${heading(this.headingLevel, link)}
          <p part="description" class="description" ?hidden=${!description}>${description}</p>
          <div class="meta" ?hidden=${!byline && !published && !updated && !metaCredit}>
            <p class="meta-items">
              <span part="byline" class="byline" ?hidden=${!byline}>${byline}</span>
              <span class="stamp" ?hidden=${!published}
                ><time part="time" datetime=${ifDefined(published?.datetime)} title=${ifDefined(published?.title)}
                  >${published?.text}</time
                ></span
              >
              <span class="stamp updated" ?hidden=${!updated}
                >${updated?.before}<time
                  part="time"
                  datetime=${ifDefined(updated?.datetime)}
                  title=${ifDefined(updated?.title)}
                  >${updated?.text}</time
                >${updated?.after}</span
              >
              <span part="photo-credit" class="credit" ?hidden=${!metaCredit}>${metaCredit}</span>
            </p>
          </div>
        </div>
        ${image ? this.renderPhoto(image, layout, lang, messages) : nothing}
      </article>
    </div>`;
  }

  /**
   * The photo, set through properties (no attribute to parse per card). On an overlay card the
   * text covers the photo's lower edge, where `<aw-photo>` puts an overlaid credit, so the card
   * shows that credit in its top corner itself; a compact card shows it in its meta line.
   */
  private renderPhoto(image: ArticleImage, layout: CardLayout, lang: string, messages: Messages): TemplateResult {
    const overlay = layout === 'overlay';
    return html`<aw-photo
        part="photo"
        exportparts="figure: photo-figure, image: photo-image, caption: photo-caption, credit: photo-credit"
        class="photo"
        .src=${image.src}
        .alt=${image.alt}
        .srcset=${image.srcset}
        .sizes=${image.sizes}
        .credit=${overlay || layout === 'compact' ? '' : (image.credit ?? '')}
        credit-position="overlay"
        .ratio=${photoRatio[layout]}
        .theme=${this.theme}
        .lang=${lang}
        @aw-error=${this.onPhotoError}
      ></aw-photo
      >${
        overlay && image.credit
          ? html`<span part="photo-credit" class="overlay-credit">${messages.credit(image.credit)}</span>`
          : nothing
      }`;
  }

  private renderSkeleton(): TemplateResult {
    const lang = this.resolvedLang;
    const locale = localeFor(lang);
    const layout = this.layoutName;
    return html`<div class="frame" lang=${lang} dir=${locale.dir}>
      <div part="card" class="card skeleton ${layout} has-photo" aria-busy="true">
        <div class="body">
          <p class="eyebrow"><span class="bone kicker-bone"></span></p>
          <div class="headline">
            <slot @slotchange=${this.onSlotChange}></slot>
            ${this.hasFallback ? nothing : html`<span class="bone line"></span><span class="bone line short"></span>`}
          </div>
          ${
            layout === 'compact'
              ? nothing
              : html`<p class="description">
                  <span class="bone line"></span><span class="bone line"></span><span class="bone line short"></span>
                </p>`
          }
          <p class="meta"><span class="bone line meta-bone"></span><span class="bone line meta-bone short"></span></p>
          <span class="visually-hidden">${locale.messages.loading}</span>
        </div>
        <div class="photo bone photo-bone"></div>
      </div>
    </div>`;
  }

  private renderUnavailable(): TemplateResult {
    const lang = this.resolvedLang;
    const locale = localeFor(lang);
    return html`<div class="frame" lang=${lang} dir=${locale.dir}>
      <p part="card" class="card unavailable">${locale.messages.unavailable}</p>
    </div>`;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasFallback = slot
      .assignedNodes({ flatten: true })
      .some((node) =>
        node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName !== 'script' : node.textContent?.trim(),
      );
  }

  private onPhotoError(event: CustomEvent<{ error: Error }>): void {
    // One event from the card, with its source, instead of the photo's own bubbling past it.
    event.stopPropagation();
    emit(this, 'aw-error', { error: event.detail.error, source: 'image' });
  }

  private settled(state: SourceState<Article>): void {
    if (state.status === 'ready') emit(this, 'aw-load', { article: state.value });
    else if (state.status === 'error') emit(this, 'aw-error', { error: state.error, source: state.origin });
  }
}

/** `src` answered 410 Gone: the article was withdrawn, so its link must not be offered either. */
function isGone(error: Error): boolean {
  return error instanceof LoadError && error.kind === 'http' && error.status === 410;
}

defineElement('aw-article-card', AwArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'aw-article-card': AwArticleCard;
  }
}
