import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ArticleDataError, checkUrl } from '../../data/index.js';
import { embedSnippet as embedCode } from '../../embed/snippet.js';
import { closestLang, directionOf, resolveLang } from '../../i18n/lang.js';
import { messagesFor } from '../../i18n/messages.js';
import { defineElement } from '../../internal/define.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { emit } from '../../internal/events.js';
import { themeConverter, tokens } from '../../internal/tokens.js';
import { TranslationsController } from '../../internal/strings.js';
import { AwCopyButton } from '../copy-button/copy-button.js';
import {
  closeIcon,
  linkIcon,
  networks,
  parseNetworks,
  shareIcon,
  type NetworkName,
  type ShareTarget,
} from './networks.js';
import { styles } from './share-button.styles.js';

/**
 * The URL of this module. In the `dist/article-widgets.js` bundle that is the bundle itself,
 * which is what a partner page must load to show the embedded card.
 */
const moduleUrl = import.meta.url;

/** Space between the button and the panel, and between the panel and the viewport's edges. */
const GAP = 6;
const VIEWPORT_MARGIN = 8;

/**
 * @summary A share button: the device's share sheet where there is one, else a panel of share
 * links, "Copy link" and, optionally, the article's embed code.
 *
 * @csspart button - The share `<button>`.
 * @csspart label - The button's text.
 * @csspart panel - The panel (a popover) that opens from the button.
 * @csspart title - The panel's title, "Share this article".
 * @csspart close - The panel's close button.
 * @csspart networks - The list of share links.
 * @csspart network - Each share link; also `network-<name>` (`network-x`, `network-email`, …).
 * @csspart copy-link - The `<aw-copy-button>` that copies the article URL.
 * @csspart embed - The embed-code section.
 * @csspart embed-label - The embed section's label.
 * @csspart embed-hint - The hint below the label.
 * @csspart embed-code - The read-only `<textarea>` holding the snippet.
 * @csspart embed-copy - The `<aw-copy-button>` that copies the snippet.
 *
 * @cssprop [--aw-share-button-color=var(--aw-color-text)] - Text colour of the button.
 * @cssprop [--aw-share-button-background=var(--aw-color-surface)] - Background of the button.
 * @cssprop [--aw-share-button-border-color=var(--aw-color-border)] - Border colour of the button.
 * @cssprop [--aw-share-panel-width=22rem] - Preferred width of the panel (never wider than the viewport less 16px).
 * @cssprop [--aw-share-icon-color] - One colour for every network icon instead of the brand colours.
 *
 * @fires {CustomEvent<{ network: string; url: string }>} aw-share - A share link was clicked, or the device's share
 *   sheet is about to open (`network: 'native'`); `url` is the article URL. Cancelable: `preventDefault()` stops the
 *   navigation (or keeps the sheet closed) so the page can share its own way.
 * @fires {CustomEvent<{ value: string }>} aw-copy - The link or the embed code was copied (from the inner copy buttons).
 * @fires {CustomEvent<{ error: Error }>} aw-copy-error - Copying failed; the text is selected for the reader to copy.
 * @fires {CustomEvent<{ error: Error; source: string }>} aw-error - The URL to share is unsafe (`source: 'url'`),
 *   or no embed code could be written (`source: 'embed'`).
 */
export class AwShareButton extends LitElement {
  static override styles = [tokens, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }

  /** The URL to share. Default: the page's `<link rel="canonical">`, else `location.href`, read when the button is used. */
  @property() url: string | undefined;

  /** The headline to share. Default: `document.title`. */
  @property() headline: string | undefined;

  /**
   * Space-separated networks in display order, from `x facebook linkedin whatsapp telegram
   * bluesky reddit email`. Default: `x facebook linkedin whatsapp telegram bluesky email`.
   */
  @property() networks: string | undefined;

  /** `auto`: use the device's share sheet (`navigator.share`) where there is one; `never`: always the panel. */
  @property() native: 'auto' | 'never' = 'auto';

  /** Show the embed-code section in the panel. */
  @property({ type: Boolean }) embed = false;

  /** URL of the article's JSON, put in the embed snippet's `src`. Required for the embed section. */
  @property({ attribute: 'embed-src' }) embedSrc: string | undefined;

  /**
   * URL of the `article-widgets.js` bundle put in the embed snippet. Default: the URL this
   * module was loaded from (the bundle itself when loaded from `dist/`; an app that bundles
   * the package itself should set it to the public bundle's URL).
   */
  @property({ attribute: 'script-url' }) scriptUrl: string = moduleUrl;

  /** Text of the button; defaults to "Share" in the element's language. */
  @property() label: string | undefined;

  /** Colour scheme: `auto` follows the reader's system setting. `auto`, the default, is the one value not reflected. */
  @property({ reflect: true, converter: themeConverter }) theme: 'auto' | 'light' | 'dark' = 'auto';

  @state() private _open = false;
  /** Where the panel is drawn when the Popover API is missing. */
  @state() private _fallback = false;
  /** What the panel shares, resolved when it opens; `undefined` when the URL is unsafe. */
  @state() private _target: ShareTarget | undefined;
  @state() private _embedCode: string | undefined;

  @query('#button') private _button!: HTMLButtonElement;
  @query('#panel') private _panel!: HTMLElement;

  private _lang = 'en';
  private _networkNames: NetworkName[] = [];
  private _parsedNetworks: string | undefined | null = null;
  private _openAtPointerDown = false;
  private _resizeObserver: ResizeObserver | undefined;
  private _frame = 0;
  private readonly _translations = new TranslationsController(this);

  // `lang` is the global attribute (HTMLElement already reflects it), observed for re-rendering.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._open) this._hidePanel();
    this._stopTracking();
  }

  /** Also waits for the strings of the element's language when they have to load first. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._translations.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._lang = this.isConnected ? resolveLang(closestLang(this)) : resolveLang(this.getAttribute('lang'));
    this._translations.want(this._lang);
    if (this._parsedNetworks !== this.networks) {
      this._parsedNetworks = this.networks;
      const { known, unknown } = parseNetworks(this.networks);
      this._networkNames = known;
      if (unknown.length > 0) {
        console.warn(`<aw-share-button>: unknown networks ignored: ${unknown.join(', ')}`);
      }
    }
    const inputs = ['url', 'headline', 'embed', 'embedSrc', 'scriptUrl'] as const;
    if (this._open && inputs.some((name) => changed.has(name))) this._resolve();
  }

  protected override render() {
    const messages = messagesFor(this._lang);
    // Only an explicit `lang` on the element sets the direction; otherwise the page's applies.
    const dir = this.hasAttribute('lang') ? directionOf(this._lang) : undefined;
    return html`<button
        id="button"
        part="button"
        type="button"
        dir=${ifDefined(dir)}
        aria-haspopup="dialog"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-controls="panel"
        @pointerdown=${this._handlePointerDown}
        @click=${this._handleClick}
      >
        <span class="icon" aria-hidden="true">${shareIcon}</span>
        <span part="label">${this.label ?? messages.share}</span>
      </button>
      <div
        id="panel"
        part="panel"
        class="panel ${this._fallback ? 'fallback' : ''} ${this._fallback && this._open ? 'open' : ''}"
        .popover=${'auto'}
        role="dialog"
        aria-labelledby="title"
        dir=${ifDefined(dir)}
        @toggle=${this._handleToggle}
        @keydown=${this._handlePanelKeydown}
      >
        <div class="header">
          <span id="title" part="title" class="title">${messages.shareArticle}</span>
          <button
            part="close"
            class="close"
            type="button"
            aria-label=${messages.close}
            @click=${this._handleCloseClick}
          >
            ${closeIcon}
          </button>
        </div>
        ${this._open && this._target ? this._renderContent(this._target) : nothing}
      </div>`;
  }

  private _renderContent(target: ShareTarget) {
    const messages = messagesFor(this._lang);
    return html`<ul part="networks" class="networks" role="list">
        ${this._networkNames.map((name) => {
          const network: (typeof networks)[NetworkName] = networks[name];
          return html`<li>
            <a
              part="network network-${name}"
              class="option network network-${name}"
              href=${network.href(target)}
              target=${network.newTab ? '_blank' : nothing}
              rel="noopener noreferrer"
              @click=${(event: MouseEvent) => this._handleNetworkClick(event, name)}
              >${network.icon}<span class="name">${'brand' in network ? network.brand : messages.email}</span>${
                network.newTab ? html`<span class="visually-hidden"> ${messages.openInNewTab}</span>` : nothing
              }</a
            >
          </li>`;
        })}
      </ul>
      <aw-copy-button
        part="copy-link"
        class="option copy-link"
        .value=${target.url}
        label=${messages.copyLink}
        copied-label=${messages.linkCopied}
        lang=${this._lang}
        theme=${this.theme}
        ><span slot="icon" class="link-icon">${linkIcon}</span></aw-copy-button
      >
      ${this._embedCode === undefined ? nothing : this._renderEmbed(this._embedCode)}`;
  }

  // A `format` switch (script / iframe, messages.embedScript / embedIframe) goes above the field.
  private _renderEmbed(code: string) {
    const messages = messagesFor(this._lang);
    return html`<div part="embed" class="embed">
      <label part="embed-label" class="embed-label" for="embed-code">${messages.embedCode}</label>
      <p part="embed-hint" class="embed-hint" id="embed-hint">${messages.embedHint}</p>
      <textarea
        part="embed-code"
        class="embed-code"
        id="embed-code"
        readonly
        rows="5"
        spellcheck="false"
        dir="ltr"
        aria-describedby="embed-hint"
        .value=${code}
        @focus=${this._selectEmbedCode}
        @mousedown=${this._focusEmbedCode}
      ></textarea>
      <aw-copy-button
        part="embed-copy"
        class="option"
        for="embed-code"
        lang=${this._lang}
        theme=${this.theme}
      ></aw-copy-button>
    </div>`;
  }

  /** Reads what to share from the attributes and the page; reports an unsafe URL. */
  private _resolve(): void {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
    const candidate = this.url || canonical || location.href;
    const checked = checkUrl(candidate, { kind: 'link', base: document.baseURI });
    if ('error' in checked) {
      this._target = undefined;
      this._embedCode = undefined;
      emit(this, 'aw-error', { error: new ArticleDataError('url', checked.error), source: 'url' });
      return;
    }
    const target = { url: checked.url, headline: (this.headline ?? document.title).trim() };
    this._target = target;
    this._embedCode = undefined;
    if (!this.embed) return;
    try {
      this._embedCode = embedCode(
        { url: target.url, headline: target.headline || target.url },
        { src: this.embedSrc ?? '', scriptUrl: this.scriptUrl, base: document.baseURI },
      );
    } catch (error) {
      emit(this, 'aw-error', { error: error instanceof Error ? error : new Error(String(error)), source: 'embed' });
    }
  }

  private _handlePointerDown(): void {
    // A pointer press outside an open popover closes it before the click arrives: remember
    // that it was open, so the click closes instead of opening it again.
    this._openAtPointerDown = this._open;
  }

  private _handleClick(event: MouseEvent): void {
    const wasOpen = this._open || (event.detail > 0 && this._openAtPointerDown);
    this._openAtPointerDown = false;
    if (wasOpen) {
      this._hidePanel();
      return;
    }
    this._resolve();
    const target = this._target;
    if (target !== undefined && this.native !== 'never' && typeof navigator.share === 'function') {
      const data = { url: target.url, title: target.headline };
      try {
        if (navigator.canShare?.(data) !== false) {
          // A listener that cancels takes the share over: no sheet then.
          if (!emit(this, 'aw-share', { network: 'native', url: target.url }, { cancelable: true })) return;
          // Called synchronously: the share sheet needs the click's user activation.
          navigator.share(data).catch((error: unknown) => {
            // The reader closed the sheet: nothing more to do.
            if (error instanceof Error && error.name === 'AbortError') return;
            void this._showPanel();
          });
          return;
        }
      } catch {
        // canShare or share threw instead of rejecting (seen with policies that forbid
        // sharing in a frame): the panel works everywhere.
      }
    }
    void this._showPanel();
  }

  private async _showPanel(): Promise<void> {
    this._fallback = typeof this._panel.showPopover !== 'function';
    this._open = true;
    await this.updateComplete;
    if (!this._open) return;
    if (!this._fallback && !this._panel.matches(':popover-open')) this._panel.showPopover();
    this._startTracking();
    this._position();
    const [first] = this._options();
    (first ?? this._panel.querySelector<HTMLElement>('.close'))?.focus();
  }

  private _hidePanel(): void {
    if (!this._fallback && this._panel.matches(':popover-open')) {
      // The toggle event finishes the job.
      this._panel.hidePopover();
      return;
    }
    this._afterClose();
  }

  private _handleToggle(event: ToggleEvent): void {
    if (event.newState === 'closed') this._afterClose();
  }

  private _afterClose(): void {
    if (!this._open) return;
    this._open = false;
    this._stopTracking();
    const active = this.shadowRoot?.activeElement ?? null;
    const focusWasInside = active !== null && this._panel.contains(active);
    const focusWasLost = document.activeElement === null || document.activeElement === document.body;
    // Focus leaves with the panel, back to the button; a click elsewhere keeps its own focus.
    if (focusWasInside || focusWasLost) this._button.focus();
  }

  private _handleCloseClick(): void {
    this._hidePanel();
  }

  private _handleNetworkClick(event: MouseEvent, network: NetworkName): void {
    const url = this._target?.url;
    if (url === undefined) return;
    const proceed = emit(this, 'aw-share', { network, url }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  /** The links and buttons that the arrow keys move between, in panel order. */
  private _options(): HTMLElement[] {
    return Array.from(this._panel.querySelectorAll<HTMLElement>('.option'));
  }

  private _handlePanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this._fallback) {
      event.preventDefault();
      this._hidePanel();
      return;
    }
    const options = this._options();
    const path = event.composedPath();
    const index = options.findIndex((option) => path.includes(option));
    if (index === -1 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const rtl = getComputedStyle(this._panel).direction === 'rtl';
    const last = options.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      [rtl ? 'ArrowLeft' : 'ArrowRight']: index === last ? 0 : index + 1,
      [rtl ? 'ArrowRight' : 'ArrowLeft']: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    options[next]?.focus();
  }

  private _selectEmbedCode(event: FocusEvent): void {
    (event.target as HTMLTextAreaElement).select();
  }

  /**
   * The first click into the field selects all of it: engines place the caret on mousedown or
   * mouseup, after focus, which would undo the selection made on focus. Later clicks are normal.
   */
  private _focusEmbedCode(event: MouseEvent): void {
    const field = event.currentTarget as HTMLTextAreaElement;
    if (event.button !== 0 || this.shadowRoot?.activeElement === field) return;
    event.preventDefault();
    field.focus();
  }

  /**
   * Places the panel under the button (over it when there is no room below), aligned with the
   * button's start edge and kept inside the viewport.
   */
  private _position(): void {
    const panel = this._panel;
    if (!this._open) return;
    const anchor = this._button.getBoundingClientRect();
    const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
    const viewportHeight = document.documentElement.clientHeight || window.innerHeight;
    const { width } = panel.getBoundingClientRect();
    // Under CSS zoom on an ancestor, lengths set on the panel are scaled; measured rects are not.
    const scale = panel.offsetWidth > 0 ? width / panel.offsetWidth : 1;
    // The height the content wants, even while a max-block-size cuts it short. (Removing the
    // limit to measure would reset the reader's scroll position inside the panel.)
    const height = (panel.scrollHeight + panel.offsetHeight - panel.clientHeight) * scale;
    const rtl = getComputedStyle(panel).direction === 'rtl';

    const preferredLeft = rtl ? anchor.right - width : anchor.left;
    const left = Math.max(VIEWPORT_MARGIN, Math.min(preferredLeft, viewportWidth - VIEWPORT_MARGIN - width));

    const spaceBelow = viewportHeight - anchor.bottom - GAP - VIEWPORT_MARGIN;
    const spaceAbove = anchor.top - GAP - VIEWPORT_MARGIN;
    let placement: 'below' | 'above' = 'below';
    if (height > spaceBelow && (height <= spaceAbove || spaceAbove > spaceBelow)) placement = 'above';
    const room = placement === 'below' ? spaceBelow : spaceAbove;
    const shownHeight = Math.min(height, Math.max(room, 120));
    if (height > room) panel.style.setProperty('max-block-size', `${Math.max(room, 120) / scale}px`);
    else panel.style.removeProperty('max-block-size');
    let top = placement === 'below' ? anchor.bottom + GAP : anchor.top - GAP - shownHeight;

    let x = left;
    if (this._fallback) {
      // Without the top layer the panel is positioned against the host, not the viewport.
      const host = this.getBoundingClientRect();
      x -= host.left;
      top -= host.top;
    }
    panel.dataset['placement'] = placement;
    panel.style.setProperty('top', `${top / scale}px`);
    panel.style.setProperty('left', `${x / scale}px`);
  }

  private readonly _schedulePosition = (): void => {
    if (this._frame !== 0) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      this._position();
    });
  };

  private readonly _handleDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this._hidePanel();
  };

  private readonly _handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) this._hidePanel();
  };

  /**
   * Focus that moves on to the rest of the page (Tab past the panel's last control, Shift+Tab
   * before the button) closes the panel, as a click outside does. Left open, the panel kept its
   * controls in the tab order wherever it was drawn, off screen once the page had scrolled, and
   * Shift+Tab walked the reader into it. Listened for after the focus has moved (`focusin`), so
   * closing neither pulls the focus back nor fights the move.
   */
  private readonly _handleDocumentFocusIn = (event: FocusEvent): void => {
    if (!event.composedPath().includes(this)) this._hidePanel();
  };

  private _startTracking(): void {
    window.addEventListener('resize', this._schedulePosition);
    document.addEventListener('scroll', this._schedulePosition, { capture: true, passive: true });
    if (typeof ResizeObserver === 'function') {
      this._resizeObserver ??= new ResizeObserver(this._schedulePosition);
      this._resizeObserver.observe(this._panel);
    }
    document.addEventListener('focusin', this._handleDocumentFocusIn, true);
    if (this._fallback) {
      // The Popover API closes on Escape and outside clicks by itself; here it is done by hand.
      document.addEventListener('pointerdown', this._handleDocumentPointerDown, true);
      document.addEventListener('keydown', this._handleDocumentKeydown);
    }
  }

  private _stopTracking(): void {
    window.removeEventListener('resize', this._schedulePosition);
    document.removeEventListener('scroll', this._schedulePosition, { capture: true });
    document.removeEventListener('pointerdown', this._handleDocumentPointerDown, true);
    document.removeEventListener('keydown', this._handleDocumentKeydown);
    document.removeEventListener('focusin', this._handleDocumentFocusIn, true);
    this._resizeObserver?.disconnect();
    if (this._frame !== 0) cancelAnimationFrame(this._frame);
    this._frame = 0;
  }
}

// The panel's copy buttons. Defined from here by name as well: a bare import of the module
// can be dropped by bundlers that trust package.json's "sideEffects" list.
defineElement('aw-copy-button', AwCopyButton);
defineElement('aw-share-button', AwShareButton);

declare global {
  interface HTMLElementTagNameMap {
    'aw-share-button': AwShareButton;
  }
}
