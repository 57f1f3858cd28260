import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, type StaticValue } from 'lit/static-html.js';
import { readArticle } from '../../data/read-article.js';
import { LoadError, loadConverted, readInlineJson } from '../../data/request.js';
import type { Article, ArticleKind } from '../../data/types.js';
import type { Messages } from '../../i18n/messages.js';
import { cached, oneCopy } from '../../data/cache.js';
import { isLaterUpdate } from '../../data/dates.js';
import { RelativeTimeController } from '../../internal/clock.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { inlined } from '../../internal/inline-template.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { SourceController, type SourceOptions } from '../../internal/source-controller.js';
import { earliestChange, timeParts } from '../../internal/time.js';
import { langConverter, themeConverter, tokens, type Theme } from '../../internal/tokens.js';
import { PhotoController } from '../photo/photo-controller.js';
import { photoTemplate } from '../photo/photo-template.js';
import { photoStyles, photoTokens } from '../photo/photo.styles.js';
import { styles } from './article-card.styles.js';

export type CardLayout = 'stack' | 'row' | 'compact' | 'overlay';
/** @deprecated Use `Theme`. */
export type CardTheme = Theme;

/** The card's layouts; anything else is `stack`. */
export const cardLayouts: readonly CardLayout[] = ['stack', 'row', 'compact', 'overlay'];

const badgeLabel: Record<ArticleKind, (messages: Messages) => string> = {
  article: () => '',
  video: (messages) => messages.video,
  live: (messages) => messages.live,
  gallery: (messages) => messages.gallery,
};

/** Targets that stay in this browsing context; any other name may open a new tab or window. */
export const sameTabTargets: ReadonlySet<string> = new Set(['', '_self', '_top', '_parent']);

/**
 * Template text for the card's template (Lit's static values, constants only, never data): what
 * a card has or lacks for as long as it shows its article (a kicker, a badge and its kind, a
 * standfirst, a byline, its direction, a link target, an update) is written into the
 * template rather than bound, so that a card keeps neither an element nor a binding for what it
 * lacks.
 */
const none = literal``;
const targetAttribute = literal`target=`;
const noOpener = literal`rel="noopener noreferrer"`;
const direction: Record<'ltr' | 'rtl', StaticValue> = { ltr: literal`ltr`, rtl: literal`rtl` };
const badgeStart: Record<ArticleKind, StaticValue> = {
  article: none,
  video: literal`<span class="badge video">`,
  live: literal`<span class="badge live">`,
  gallery: literal`<span class="badge gallery">`,
};

/**
 * The line above the headline: the section (kicker) and a badge for video, live and gallery
 * stories. A kicker alone is the line itself, one element; with a badge, each is a span in it.
 */
interface Eyebrow {
  start: StaticValue;
  kickerEnd: StaticValue;
  end: StaticValue;
}
const eyebrows: Record<'none' | 'kicker' | 'badge' | 'both', Eyebrow> = {
  none: { start: none, kickerEnd: none, end: none },
  kicker: { start: literal`<p part="kicker" class="eyebrow kicker">`, kickerEnd: none, end: literal`</p>` },
  badge: { start: literal`<p class="eyebrow">`, kickerEnd: none, end: literal`</span></p>` },
  both: {
    start: literal`<p class="eyebrow"><span part="kicker" class="kicker">`,
    kickerEnd: literal`</span>`,
    end: literal`</span></p>`,
  },
};
/** "Updated …" after the published time: the words around the `<time>` it holds, in a span. */
interface Update {
  start: StaticValue;
  time: StaticValue;
  title: StaticValue;
  text: StaticValue;
  timeEnd: StaticValue;
  end: StaticValue;
}
const update: Update = {
  start: literal`<span class="updated">`,
  time: literal`<time part="time" datetime=`,
  title: literal` title=`,
  text: literal`>`,
  timeEnd: literal`</time>`,
  end: literal`</span>`,
};
const noUpdate: Update = { start: none, time: none, title: none, text: none, timeEnd: none, end: none };
const descriptionStart = literal`<p part="description" class="description">`;
const bylineStart = literal`<span part="byline" class="byline">`;
const paragraphEnd = literal`</p>`;
const spanEnd = literal`</span>`;

/** Authors' names joined the language's way ("A, B and C"), one formatter per language. */
const nameLists = cached(50, (lang): Intl.ListFormat | null => {
  try {
    return typeof Intl.ListFormat === 'function' ? new Intl.ListFormat(lang, { type: 'conjunction' }) : null;
  } catch {
    return null;
  }
});

/** The byline of an article: its own, else its authors' names joined the language's way. */
function bylineOf(article: Article, lang: string): string {
  if (article.byline !== undefined) return article.byline;
  const names = (article.authors ?? []).map((author) => author.name);
  if (names.length < 2) return names.join('');
  return nameLists(lang)?.format(names) ?? names.join(', ');
}

/** How every card reads its data: one object for all of them (see `SourceController`). */
const source: SourceOptions<Article, AwArticleCard> = {
  normalize: (input, base) => readArticle(input, base),
  readInline: (host) => readInlineJson(host),
  load: (url, signal, host) => loadConverted(url, { signal, timeout: host.timeout, pages: true }, readArticle),
  settled: (state, host) => {
    if (state.status === 'ready') emit(host, 'aw-load', { article: state.value });
    else if (state.status === 'error') emit(host, 'aw-error', { error: state.error, source: state.origin });
  },
};

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
 * @csspart kicker - The section name above the headline (the line itself when the article has no badge).
 * @csspart headline - The heading element (`h2`–`h6`, from `heading-level`).
 * @csspart link - The headline link; it covers the whole card.
 * @csspart description - The standfirst, clamped to three lines.
 * @csspart byline - The authors.
 * @csspart time - Each `<time>`: published, and "Updated …" when modified later.
 * @csspart photo - The photo's `<figure>`, rendered by the same template as `<aw-photo>` (no nested element).
 * @csspart photo-figure - The same `<figure>`, by the name `<aw-photo>` gives it (`figure`).
 * @csspart photo-image - The photo's `<img>`.
 * @csspart photo-caption - The photo's caption: a card shows none (the caption belongs to the article page).
 * @csspart photo-credit - The photo's credit, over the image's lower corner (the top corner of an `overlay`
 *   card); a `compact` card's thumbnail is too small for it, so there it is the last item of the meta line.
 *
 * @cssprop --aw-card-padding - Space inside the card around the text (default `--aw-space`).
 * @cssprop --aw-card-gap - Space between the text lines' groups (default half of `--aw-space`).
 * @cssprop --aw-card-headline-size - Font size of the headline (default by layout, 1.0625–1.375rem).
 * @cssprop --aw-card-scrim - Background behind the text of the `overlay` layout.
 * @cssprop --aw-font - Text font. Also `--aw-font-headline`, `--aw-color-text`, `--aw-color-muted`,
 *   `--aw-color-accent`, `--aw-color-surface`, `--aw-color-border`, `--aw-radius`, `--aw-space`, and the
 *   photo's `--aw-photo-*` properties.
 *
 * @fires aw-load - `{ article }`, once the card has rendered new data.
 * @fires aw-error - `{ error, source }`: data that cannot be used (`source` is `'property'`,
 *   `'inline'` or `'src'`; the fallback stays), or a photo that failed to load (`'image'`).
 */
export class AwArticleCard extends LitElement {
  static override styles = [tokens, photoTokens, photoStyles, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }

  static override get properties(): PropertyDeclarations {
    return {
      article: { attribute: false },
      src: {},
      layout: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      lang: { reflect: true, converter: langConverter },
      theme: { reflect: true, converter: themeConverter },
      target: {},
      timeout: { type: Number },
      _hasFallback: { state: true },
    };
  }

  /** The article to show: our `Article` shape or a schema.org object. Takes precedence over inline JSON and `src`. */
  article: Article | Record<string, unknown> | undefined = undefined;

  /** URL of the article's JSON (our shape or schema.org JSON-LD) or of its HTML page; used when there is no `article` and no inline JSON. */
  src: string | undefined = undefined;

  /** `stack` (photo on top), `row` (photo at the start), `compact` (thumbnail at the end, no standfirst) or `overlay` (text on the photo). */
  layout: CardLayout = 'stack';

  /** Level of the headline's heading, 2–6; other values mean 3. */
  headingLevel = 3;

  /**
   * Language of the card's words and dates; else the article's, else the closest `lang` on the page.
   * Reflected like the built-in property (an empty value leaves the attribute out).
   */
  override lang = '';

  /** `auto` follows the reader's colour scheme; `light` or `dark` force one. `auto`, the default, is the one value not reflected. */
  theme: Theme = 'auto';

  /** Where the link opens, as the `target` of a link; `_blank` adds `rel="noopener noreferrer"` and says so to screen readers. */
  target: string | undefined = undefined;

  /** Time limit for loading `src`, in milliseconds. */
  timeout = 8000;

  /** Whether the fallback holds anything to show; decides what the skeleton's headline line is. */
  private _hasFallback = true;

  private readonly _source = new SourceController(this, source);
  private readonly _locale = new LocaleController(this);
  private readonly _clock = new RelativeTimeController(this);
  private readonly _photo = new PhotoController(this);

  /**
   * Also waits for data that needed its reader loaded first (JSON-LD, the first time on a
   * page) and for the strings of the card's language when they have to load.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._locale.settled(() => this._source.settled(() => super.getUpdateComplete()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._source.sync(this.article, this.src);
    const state = this._source.state;
    this._locale.resolve(state.status === 'ready' ? state.value.lang : undefined);
  }

  protected override render(): TemplateResult {
    const state = this._source.state;
    this._clock.nextChange = undefined;
    switch (state.status) {
      case 'ready':
        return this._renderArticle(state.value);
      case 'loading':
        return this._renderSkeleton();
      case 'error':
        return isGone(state.error) ? this._renderUnavailable() : html`<slot></slot>`;
      default:
        return html`<slot></slot>`;
    }
  }

  private get _layout(): CardLayout {
    return cardLayouts.includes(this.layout) ? this.layout : 'stack';
  }

  /**
   * One template for the whole card, its heading included (see `heading`); parts an article
   * lacks render empty and take no room (CSS `:empty`): a page may render hundreds of cards,
   * and each nested template costs a clone, an insertion and its bookkeeping per card. Only
   * what few articles have (an update, a new-tab note) is nested.
   */
  private _renderArticle(article: Article): TemplateResult {
    const { lang, dir, messages } = this._locale;
    const layout = this._layout;
    const target = this.target ?? '';
    const newTab = !sameTabTargets.has(target);
    const kicker = article.section ?? '';
    const kind = article.kind ?? 'article';
    const badge = badgeLabel[kind](messages);
    const eyebrow = eyebrows[kicker === '' ? (badge === '' ? 'none' : 'badge') : badge === '' ? 'kicker' : 'both'];
    const description = layout === 'compact' ? '' : (article.description ?? '');
    const server = this._clock.hydrating || undefined;
    const published = timeParts(article.datePublished, lang, { server });
    const updated = isLaterUpdate(article.dateModified, article.datePublished)
      ? timeParts(article.dateModified, lang, { prefix: messages.updated, server })
      : undefined;
    this._clock.nextChange = earliestChange(published?.nextChange, updated?.nextChange);
    const up = updated === undefined ? noUpdate : update;
    const image = article.image;
    const credit = image?.credit ? oneCopy(messages.credit(image.credit)) : '';
    const byline = bylineOf(article, lang);
    const compactCredit = layout === 'compact' && credit !== '';
    const meta = byline !== '' || published !== undefined || compactCredit;
    // The photo shows its credit over its lower corner; over its top corner on an overlay card,
    // whose text covers the lower edge; in the meta line of a compact card, whose thumbnail is
    // too small for it.
    const photo = image
      ? photoTemplate({
          src: image.src,
          srcset: image.srcset,
          sizes: image.sizes,
          alt: image.alt,
          loading: 'lazy',
          caption: '',
          credit: layout === 'compact' ? '' : credit,
          creditPosition: layout === 'overlay' ? 'top' : 'overlay',
          status: this._photo.status(image.src),
          fallbackText: image.alt || messages.imageUnavailable,
        })
      : nothing;

    // The card box's class is one value (an attribute with text around its value would keep a
    // list of values in every card), one string per combination.
    // What the article lacks has no element (see `eyebrows`): each optional part is its start
    // tag, its text and its end tag, all three static (nothing) when it is empty. No white space
    // between tags (each run would be a text node per card to clone and keep).
    // prettier-ignore
    const card = heading(headingLevel(this.headingLevel, 3))`<article
      part="card"
      class=${oneCopy(`card ${layout}${image === undefined ? '' : ' has-photo'}${meta ? '' : ' no-meta'}`)}
      lang=${lang}
      dir=${direction[dir]}
      >${photo}<div class="body"
        >${eyebrow.start}${kicker === '' ? none : kicker}${eyebrow.kickerEnd}${badgeStart[kind]}${
          badge === '' ? none : badge}${eyebrow.end}<h3 part="headline" class="headline"
          ><a
            part="link"
            href=${article.url}
            ${target === '' ? none : targetAttribute}${target === '' ? none : target}
            ${newTab ? noOpener : none}
            >${article.headline}${
              newTab ? html`<span class="visually-hidden"> ${messages.openInNewTab}</span>` : none
            }</a
          ></h3
        >${description === '' ? none : descriptionStart}${description === '' ? none : description}${
          description === '' ? none : paragraphEnd}<p class="meta"
          >${byline === '' ? none : bylineStart}${byline === '' ? none : byline}${byline === '' ? none : spanEnd}<time
            part="time"
            class="published"
            datetime=${ifDefined(published?.datetime)}
            title=${ifDefined(published?.title)}
            >${published?.text ?? ''}</time
          >${up.start}${updated ? updated.before : none}${up.time}${updated ? updated.datetime : none}${up.title}${
            updated ? ifDefined(updated.title) : none}${up.text}${updated ? updated.text : none}${up.timeEnd}${
            updated?.after ? updated.after : none}${up.end}${compactCredit ? html`<span part="photo-credit" class="meta-credit">${credit}</span>` : none}</p
        ></div
      ></article>`;
    // The photo's template written into the card's: one template instance per card.
    return inlined(card, photo);
  }

  private _renderSkeleton(): TemplateResult {
    const { lang, dir, messages } = this._locale;
    const layout = this._layout;
    return html`<div part="card" class="card skeleton ${layout} has-photo" lang=${lang} dir=${dir} aria-busy="true">
      <div class="photo-bone bone"></div>
      <div class="body">
        <p class="eyebrow"><span class="bone kicker-bone"></span></p>
        <div class="headline">
          <slot @slotchange=${this._onSlotChange}></slot>
          ${this._hasFallback ? nothing : html`<span class="bone line"></span><span class="bone line short"></span>`}
        </div>
        ${
          layout === 'compact'
            ? nothing
            : html`<p class="description">
                <span class="bone line"></span><span class="bone line"></span><span class="bone line short"></span>
              </p>`
        }
        <p class="meta"><span class="bone line meta-bone"></span><span class="bone line meta-bone short"></span></p>
        <span class="visually-hidden">${messages.loading}</span>
      </div>
    </div>`;
  }

  private _renderUnavailable(): TemplateResult {
    const { lang, dir, messages } = this._locale;
    return html`<p part="card" class="card unavailable" lang=${lang} dir=${dir}>${messages.unavailable}</p>`;
  }

  private _onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this._hasFallback = slot
      .assignedNodes({ flatten: true })
      .some((node) =>
        node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName !== 'script' : node.textContent?.trim(),
      );
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
