import { css } from 'lit';
import { buttonStyles } from '../../internal/tokens.js';

/** The button and the panel's frame; the panel's content brings its own (`share-panel.styles.ts`). */
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
    ${buttonStyles}
    border-color: var(--aw-share-button-border-color, var(--_border));
    background: var(--aw-share-button-background, var(--_surface));
    color: var(--aw-share-button-color, var(--_text));
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

  @media (forced-colors: active) {
    #button,
    .panel {
      border-color: CanvasText;
    }
  }
`;
