import {
  LitElement,
  adoptStyles,
  html,
  nothing,
  supportsAdoptingStyleSheets,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LazyModule } from '../../data/lazy.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { LocaleController } from '../../internal/locale-controller.js';
import type { PopoverController } from '../../internal/popover-controller.js';
import type { RovingFocusController } from '../../internal/roving-focus-controller.js';
import { serverRenderRoot } from '../../internal/server-root.js';
import { langConverter, lineIcon, themeConverter, tokens, type Theme } from '../../internal/tokens.js';
import { parseNetworks, type NetworkName } from './network-names.js';
import { styles } from './share-button.styles.js';
import type * as SharePanel from './share-panel.js';
import { shareTarget, type ShareTarget } from './share-target.js';

/**
 * The URL of this module. In the `dist/article-widgets.js` bundle that is the bundle itself,
 * which is what a partner page must load to show the embedded card.
 */
const moduleUrl = import.meta.url;

/** The panel's content, loaded when a panel first opens (one module for every button on the page). */
const sharePanel = new LazyModule<typeof SharePanel>(() => import('./share-panel.js'));

// One path (three circles as arcs, two lines): each button's icon is two elements, not five.
const shareIcon = lineIcon(
  svg`<path d="M15.5 5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M3.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M15.5 19a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M8.2 10.8l7.6-4.4M8.2 13.2l7.6 4.4" />`,
);

const closeIcon = lineIcon(svg`<path d="M6 6l12 12M18 6L6 18" />`);

/**
 * @summary A share button: the device's share sheet where there is one, else a panel of share
 * links, "Copy link" and, optionally, the article's embed code.
 *
 * @csspart button - The share `<button>`.
 * @csspart label - The button's text.
 * @csspart panel - The panel (a popover) that opens from the button; rendered the first time it opens.
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
 *   no embed code could be written (`source: 'embed'`), or the panel's code could not be loaded
 *   (`source: 'panel'`; the button stays closed).
 */
export class AwShareButton extends LitElement {
  static override styles = [tokens, styles];

  /** Replaces the server's shadow content, or takes it over with `article-widgets/hydrate.js`. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return serverRenderRoot(this, () => super.createRenderRoot());
  }

  static override get properties(): PropertyDeclarations {
    return {
      url: {},
      headline: {},
      networks: {},
      native: {},
      embed: { type: Boolean },
      embedSrc: { attribute: 'embed-src' },
      scriptUrl: { attribute: 'script-url' },
      label: {},
      theme: { reflect: true, converter: themeConverter },
      lang: { reflect: true, converter: langConverter },
      _target: { state: true },
      _embedCode: { state: true },
      _panelWanted: { state: true },
    };
  }

  /** The URL to share. Default: the page's `<link rel="canonical">`, else `location.href`, read when the button is used. */
  url: string | undefined;

  /** The headline to share. Default: `document.title`. */
  headline: string | undefined;

  /**
   * Space-separated networks in display order, from `x facebook linkedin whatsapp telegram
   * bluesky reddit email`. Default: `x facebook linkedin whatsapp telegram bluesky email`.
   */
  networks: string | undefined;

  /** `auto`: use the device's share sheet (`navigator.share`) where there is one; `never`: always the panel. */
  native: 'auto' | 'never' = 'auto';

  /** Show the embed-code section in the panel. */
  embed = false;

  /** URL of the article's JSON, put in the embed snippet's `src`. Required for the embed section. */
  embedSrc: string | undefined;

  /**
   * URL of the `article-widgets.js` bundle put in the embed snippet. Default: the URL this
   * module was loaded from (the bundle itself when loaded from `dist/`, and `article-widgets.js`
   * beside it for the IIFE; an app that bundles the package itself should set it to the public
   * bundle's URL).
   */
  scriptUrl: string = moduleUrl;

  /** Text of the button; defaults to "Share" in the element's language. */
  label: string | undefined;

  /** Colour scheme: `auto` follows the reader's system setting. `auto`, the default, is the one value not reflected. */
  theme: Theme = 'auto';

  /**
   * Language of the button and panel; else the closest `lang` around, else English. Reflected
   * like the built-in property (an empty value leaves the attribute out).
   */
  override lang = '';

  /** What the panel shares, resolved when it opens; `undefined` when the URL is unsafe. */
  private _target: ShareTarget | undefined;
  private _embedCode: string | undefined;

  private get _button(): HTMLButtonElement {
    return this.renderRoot.querySelector<HTMLButtonElement>('#button')!;
  }
  /** The panel, once it has been rendered (the first time it opens). */
  private get _panel(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#panel');
  }

  /**
   * Whether the panel has been asked for. Until then the button renders alone: a page of
   * buttons that nobody uses holds no panel, header or close button for each.
   */
  private _panelWanted = false;

  private _networkNames: NetworkName[] = [];
  private _parsedNetworks: string | undefined | null = null;
  /** The panel's content loading for an opening, which `updateComplete` waits for. */
  private _panelLoading: Promise<unknown> | undefined;
  private _panelStylesAdopted = false;
  private readonly _locale = new LocaleController(this);
  /** Opens, places and closes the panel; comes with the panel's content. */
  private _popover: PopoverController | undefined;
  /** Arrow keys between the panel's links and buttons; comes with the panel's content. */
  private _rovingFocus: RovingFocusController | undefined;

  /** Also waits for the strings of the element's language, and the panel's content, when they have to load first. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._locale.settled(async () => {
      await this._panelLoading;
      return super.getUpdateComplete();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._locale.resolve();
    if (this._parsedNetworks !== this.networks) {
      this._parsedNetworks = this.networks;
      const { known, unknown } = parseNetworks(this.networks);
      this._networkNames = known;
      if (unknown.length > 0) {
        console.warn(`<aw-share-button>: unknown networks ignored: ${unknown.join(', ')}`);
      }
    }
    const inputs = ['url', 'headline', 'embed', 'embedSrc', 'scriptUrl'] as const;
    if (this._popover?.open && inputs.some((name) => changed.has(name))) {
      this._resolveTarget();
      this._resolveEmbedCode();
    }
  }

  protected override render() {
    const { messages } = this._locale;
    const open = this._popover?.open ?? false;
    const fallback = this._popover?.fallback ?? false;
    // Only an explicit `lang` on the element sets the direction; otherwise the page's applies.
    const dir = this.lang ? this._locale.dir : undefined;
    return html`<button
        id="button"
        part="button"
        type="button"
        dir=${ifDefined(dir)}
        aria-haspopup="dialog"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${this._panelWanted ? 'panel' : nothing}
        @pointerdown=${this._popover?.handleAnchorPointerDown}
        @click=${this._onClick}
      >
        <span class="icon" aria-hidden="true">${shareIcon}</span>
        <span part="label">${this.label ?? messages.share}</span>
      </button>
      ${
        this._panelWanted
          ? html`<div
              id="panel"
              part="panel"
              class="panel ${fallback ? 'fallback' : ''} ${fallback && open ? 'open' : ''}"
              .popover=${'auto'}
              role="dialog"
              aria-labelledby="title"
              dir=${ifDefined(dir)}
              @toggle=${this._popover?.handleToggle}
              @keydown=${this._onPanelKeydown}
            >
              <div class="header">
                <span id="title" part="title" class="title">${messages.shareArticle}</span>
                <button
                  part="close"
                  class="close"
                  type="button"
                  aria-label=${messages.close}
                  @click=${this._onCloseClick}
                >
                  ${closeIcon}
                </button>
              </div>
              ${
                open && this._target && sharePanel.current
                  ? sharePanel.current.panelContent({
                      target: this._target,
                      networks: this._networkNames,
                      embedCode: this._embedCode,
                      lang: this._locale.lang,
                      theme: this.theme,
                      messages,
                      onNetworkClick: this._onNetworkClick,
                    })
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  /** Reads what to share from the attributes and the page; reports an unsafe URL. */
  private _resolveTarget(): void {
    const target = shareTarget(this.url, this.headline);
    this._embedCode = undefined;
    if (target instanceof Error) {
      this._target = undefined;
      emit(this, 'aw-error', { error: target, source: 'url' });
      return;
    }
    this._target = target;
  }

  /** Writes the embed code, once the panel's content has loaded; reports options that make none. */
  private _resolveEmbedCode(): void {
    this._embedCode = undefined;
    if (!this.embed || this._target === undefined || sharePanel.current === undefined) return;
    try {
      this._embedCode = sharePanel.current.writeEmbedCode(this._target, {
        src: this.embedSrc ?? '',
        scriptUrl: this.scriptUrl,
      });
    } catch (error) {
      emit(this, 'aw-error', { error: error instanceof Error ? error : new Error(String(error)), source: 'embed' });
    }
  }

  private _onClick(event: MouseEvent): void {
    if (this._popover?.wasOpen(event)) {
      this._popover.hide();
      return;
    }
    this._resolveTarget();
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
    if (sharePanel.current === undefined) {
      const loading = sharePanel.get().then(
        () => undefined,
        (error: unknown) => {
          // The button stays closed (no empty panel); a later click asks for the code again.
          console.error('<aw-share-button>: could not load the share panel', error);
          emit(this, 'aw-error', { error: error instanceof Error ? error : new Error(String(error)), source: 'panel' });
        },
      );
      this._panelLoading = loading;
      await loading;
      if (this._panelLoading === loading) this._panelLoading = undefined;
    }
    const panel = sharePanel.current;
    if (panel === undefined) return;
    this._panelWanted = true;
    this._adoptPanelStyles();
    this._popover ??= new panel.PopoverController(this, () => ({ anchor: this._button, panel: this._panel! }));
    this._rovingFocus ??= new panel.RovingFocusController(() => this._options());
    this._resolveEmbedCode();
    // The first time, the panel is rendered before it opens.
    if (this._panel === null) await this.updateComplete;
    await this._popover.show(() => this._options()[0] ?? this._panel?.querySelector<HTMLElement>('.close'));
  }

  /** The links and buttons that the arrow keys move between, in panel order. */
  private _options(): HTMLElement[] {
    return Array.from(this._panel?.querySelectorAll<HTMLElement>('.option') ?? []);
  }

  /** The panel content's styles join the element's once they have loaded. */
  private _adoptPanelStyles(): void {
    const root = this.renderRoot;
    if (this._panelStylesAdopted || sharePanel.current === undefined || !(root instanceof ShadowRoot)) return;
    this._panelStylesAdopted = true;
    const { panelStyles } = sharePanel.current;
    // Without constructable style sheets `adoptStyles` appends a <style> (with Lit's nonce) instead.
    if (supportsAdoptingStyleSheets && panelStyles.styleSheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, panelStyles.styleSheet];
    } else {
      adoptStyles(root, [panelStyles]);
    }
  }

  private _onCloseClick(): void {
    this._popover?.hide();
  }

  private readonly _onNetworkClick = (event: MouseEvent, network: NetworkName): void => {
    const url = this._target?.url;
    if (url === undefined) return;
    const proceed = emit(this, 'aw-share', { network, url }, { cancelable: true });
    if (!proceed) event.preventDefault();
  };

  private _onPanelKeydown(event: KeyboardEvent): void {
    this._popover?.handleKeydown(event);
    this._rovingFocus?.handleKeydown(event);
  }
}

defineElement('aw-share-button', AwShareButton);

declare global {
  interface HTMLElementTagNameMap {
    'aw-share-button': AwShareButton;
  }
}
