/**
 * The share panel's content: the share links, "Copy link" and the embed-code section. Loaded by
 * `<aw-share-button>` when its panel first opens, so a page where nobody shares loads none of it
 * (nor `<aw-copy-button>`, nor the snippet writer, nor the arrow keys between the panel's links,
 * nor the popover that opens, places and closes the panel).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { embedSnippet } from '../../embed/snippet.js';
import type { Messages } from '../../i18n/messages.js';
import { defineElement } from '../../internal/define.js';
import { AwCopyButton } from '../copy-button/copy-button.js';
import { linkIcon, networkIcons } from './network-icons.js';
import type { NetworkName } from './network-names.js';
import { networks } from './networks.js';
import type { ShareTarget } from './share-target.js';

export { panelStyles } from './share-panel.styles.js';
export { RovingFocusController } from '../../internal/roving-focus-controller.js';
export { PopoverController } from '../../internal/popover-controller.js';

// The panel's copy buttons. Defined from here by name as well: a bare import of the module
// can be dropped by bundlers that trust package.json's "sideEffects" list.
defineElement('aw-copy-button', AwCopyButton);

export interface PanelContent {
  target: ShareTarget;
  networks: readonly NetworkName[];
  /** The embed snippet, when the section is shown. */
  embedCode: string | undefined;
  lang: string;
  theme: string;
  messages: Messages;
  onNetworkClick: (event: MouseEvent, network: NetworkName) => void;
}

/** The embed snippet for what the button shares; throws an `EmbedCodeError` for unusable options. */
export function writeEmbedCode(target: ShareTarget, options: { src: string; scriptUrl: string }): string {
  return embedSnippet(
    { url: target.url, headline: target.headline || target.url },
    { ...options, base: document.baseURI },
  );
}

/** The links and buttons that the arrow keys move between carry the class `option`. */
export function panelContent(content: PanelContent): TemplateResult {
  const { target, messages } = content;
  return html`<ul part="networks" class="networks" role="list">
      ${content.networks.map((name) => {
        const network: (typeof networks)[NetworkName] = networks[name];
        return html`<li>
          <a
            part="network network-${name}"
            class="option network network-${name}"
            href=${network.href(target)}
            target=${network.newTab ? '_blank' : nothing}
            rel="noopener noreferrer"
            @click=${(event: MouseEvent) => content.onNetworkClick(event, name)}
            >${networkIcons[name]}<span class="name">${'brand' in network ? network.brand : messages.email}</span>${
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
      lang=${content.lang}
      theme=${content.theme}
      ><span slot="icon" class="link-icon">${linkIcon}</span></aw-copy-button
    >
    ${content.embedCode === undefined ? nothing : embedSection(content, content.embedCode)}`;
}

function embedSection({ lang, theme, messages }: PanelContent, code: string): TemplateResult {
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
      @focus=${selectAll}
      @mousedown=${focusAndSelectAll}
    ></textarea>
    <aw-copy-button part="embed-copy" class="option" for="embed-code" lang=${lang} theme=${theme}></aw-copy-button>
  </div>`;
}

function selectAll(event: FocusEvent): void {
  (event.target as HTMLTextAreaElement).select();
}

/**
 * The first click into the field selects all of it: engines place the caret on mousedown or
 * mouseup, after focus, which would undo the selection made on focus. Later clicks are normal.
 */
function focusAndSelectAll(event: MouseEvent): void {
  const field = event.currentTarget as HTMLTextAreaElement;
  if (event.button !== 0 || (field.getRootNode() as ShadowRoot).activeElement === field) return;
  event.preventDefault();
  field.focus();
}
