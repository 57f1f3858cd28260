import { css } from 'lit';

/** The share panel's content, added to the element's styles when the panel first opens. */
export const panelStyles = css`
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
    .network svg {
      color: inherit;
    }
  }
`;
