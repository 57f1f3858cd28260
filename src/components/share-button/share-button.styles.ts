import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    /* The containing block of the panel where the Popover API is missing. */
    position: relative;
    font-size: 0.9375rem;
    line-height: 1.4;
    vertical-align: middle;
  }

  #button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.5rem;
    padding-block: 0.375em;
    padding-inline: 0.875em;
    border: 1px solid var(--aw-share-button-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--aw-share-button-background, var(--_surface));
    color: var(--aw-share-button-color, var(--_text));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  #button:hover,
  #button[aria-expanded='true'] {
    border-color: var(--_accent);
  }
  #button:active {
    transform: translateY(1px);
  }
  .icon {
    display: inline-flex;
    color: var(--_accent);
  }
  .icon svg {
    inline-size: 1.125em;
    block-size: 1.125em;
  }

  button:focus-visible,
  a:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Shown by the Popover API (:popover-open) or, without it, by the .open class. The two
     rules stay apart: a browser that does not know :popover-open drops the whole rule. */
  .panel {
    display: none;
    position: fixed;
    inset: auto;
    z-index: 1000;
    box-sizing: border-box;
    inline-size: var(--aw-share-panel-width, 22rem);
    max-inline-size: calc(100vw - 16px);
    max-block-size: calc(100vh - 16px);
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: 0.9375rem;
    line-height: 1.4;
    text-align: start;
    box-shadow:
      0 12px 32px rgb(0 0 0 / 0.16),
      0 2px 6px rgb(0 0 0 / 0.08);
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .panel:popover-open {
    display: flex;
  }
  .panel.fallback {
    position: absolute;
  }
  .panel.fallback.open {
    display: flex;
  }

  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .title {
    font-family: var(--_font-headline);
    font-size: 1rem;
    font-weight: 700;
    padding-inline-start: 0.25rem;
  }
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .close:hover {
    color: var(--_text);
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  .close svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }

  .networks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .network {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
  }
  .network:hover {
    background: color-mix(in srgb, var(--_text) 7%, transparent);
  }
  .network:hover .name {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .network svg {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    color: var(--aw-share-icon-color, var(--_brand, currentColor));
  }
  .name {
    overflow-wrap: anywhere;
  }

  /* Brand colours of the icons; text stays in the text colour. */
  .network-facebook {
    --_brand: #0866ff;
  }
  .network-linkedin {
    --_brand: #0a66c2;
  }
  .network-whatsapp {
    --_brand: #1da851;
  }
  .network-telegram {
    --_brand: #229ed9;
  }
  .network-bluesky {
    --_brand: #1185fe;
  }
  .network-reddit {
    --_brand: #ff4500;
  }
  .network-email {
    --_brand: var(--_accent);
  }
  :host([theme='dark']) .network-linkedin {
    --_brand: #4b9fe8;
  }
  :host([theme='dark']) .network-facebook {
    --_brand: #4a8dff;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .network-linkedin {
      --_brand: #4b9fe8;
    }
    :host(:not([theme='light'])) .network-facebook {
      --_brand: #4a8dff;
    }
  }

  .link-icon {
    display: inline-flex;
  }
  .link-icon svg {
    inline-size: 1.125em;
    block-size: 1.125em;
  }

  .embed {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .embed-label {
    font-weight: 700;
  }
  .embed-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .embed-code {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 6.5rem;
    margin-block: 0.25rem;
    padding: 0.5rem;
    resize: vertical;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_text) 4%, var(--_surface));
    color: var(--_text);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    line-height: 1.45;
    text-align: left;
  }

  @media (forced-colors: active) {
    #button,
    .panel {
      border-color: CanvasText;
    }
    .network svg {
      color: inherit;
    }
  }
`;
