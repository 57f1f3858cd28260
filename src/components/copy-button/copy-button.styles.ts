import { css } from 'lit';
import { buttonStyles } from '../../internal/tokens.js';

export const styles = css`
  :host {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    font-size: 0.9375rem;
    line-height: 1.4;
    vertical-align: middle;
  }

  button {
    ${buttonStyles}
    padding-inline: var(--aw-copy-button-padding, 0.875em);
    border-color: var(--aw-copy-button-border-color, var(--_border));
    background: var(--aw-copy-button-background, var(--_surface));
    color: var(--aw-copy-button-color, var(--_text));
  }
  button:hover {
    border-color: var(--_accent);
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button:active {
    transform: translateY(1px);
  }

  .icon {
    display: inline-flex;
    flex: none;
    color: var(--_accent);
  }
  .icon svg,
  ::slotted(svg) {
    inline-size: 1.125em;
    block-size: 1.125em;
  }
  .icon.copied {
    color: var(--aw-copy-button-success-color, #18794e);
  }
  :host([theme='dark']) .icon.copied {
    color: var(--aw-copy-button-success-color, #4cc38a);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .icon.copied {
      color: var(--aw-copy-button-success-color, #4cc38a);
    }
  }

  .field {
    flex: 1 1 12rem;
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: 2.5rem;
    box-sizing: border-box;
    padding-block: 0.375em;
    padding-inline: 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  .field:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }

  .message {
    flex-basis: 100%;
    color: var(--_text);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .icon {
      color: inherit;
    }
  }
`;
