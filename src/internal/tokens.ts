import { css, html, type SVGTemplateResult, type TemplateResult } from 'lit';

/** Colour scheme of an element: `auto` follows the reader's preference. */
export type Theme = 'auto' | 'light' | 'dark';

/** Every theme an element takes. */
export const themes: readonly Theme[] = ['auto', 'light', 'dark'];

/** How every element reflects its `lang` property: like the built-in one, an empty value leaves the attribute out. */
export const langConverter = {
  toAttribute: (value: string): string | null => value || null,
};

/**
 * How every element reflects its `theme` property: the rules below select on the attribute, but
 * none on `auto`, the default, so that writes none (a page of cards would otherwise write
 * `theme="auto"` onto every card and every photo in it).
 */
export const themeConverter = {
  toAttribute: (value: string): string | null => (value === 'auto' ? null : value),
};

/**
 * The declarations the copy button's and the share button's `<button>` share (the share panel
 * holds copy buttons, so the two must look alike). Each element's rule adds its colours
 * (`border-color`, `background`, `color`) from its own custom properties after them. They live
 * here, in the module every element loads: the autoloader's chunk planner (rollup.config.mjs)
 * would put a module this small that two elements share into the `shared` chunk anyway.
 */
export const buttonStyles = css`
  display: inline-flex;
  align-items: center;
  gap: 0.5em;
  min-block-size: 2.5rem;
  padding-block: 0.375em;
  padding-inline: 0.875em;
  border: 1px solid;
  border-radius: var(--_radius);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
  -webkit-tap-highlight-color: transparent;
`;

/** The dark theme's values: for `theme="dark"`, and for `auto` when the reader prefers dark. */
const dark = css`
  --_text: var(--aw-color-text, #eceef2);
  --_muted: var(--aw-color-muted, #a9b0bc);
  --_accent: var(--aw-color-accent, #8ab4f8);
  --_surface: var(--aw-color-surface, #17191e);
  --_border: var(--aw-color-border, #3a3f48);
  color-scheme: dark;
`;

/**
 * The library's design tokens with their defaults. Every element includes this block so a
 * page can restyle all of them at once with `--aw-*` custom properties; light and dark
 * values come from the `theme` attribute (`auto` follows `prefers-color-scheme`).
 */
export const tokens = css`
  :host {
    --_font: var(--aw-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_font-headline: var(--aw-font-headline, var(--_font));
    --_text: var(--aw-color-text, #16181d);
    --_muted: var(--aw-color-muted, #545b66);
    --_accent: var(--aw-color-accent, #0b57d0);
    --_surface: var(--aw-color-surface, #ffffff);
    --_border: var(--aw-color-border, #d4d8de);
    --_radius: var(--aw-radius, 8px);
    --_space: var(--aw-space, 1rem);
    --_focus: var(--aw-color-focus, var(--_accent));
    color-scheme: light;
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Text for screen readers only ("opens in a new tab", live-region messages). */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * The frame of every icon the elements draw: a line drawing on a 24-unit grid, stroked in the
 * text colour, hidden from assistive technology (each sits beside or inside text that says what
 * it means) and out of the tab order in old Edge. `shapes` are its `svg` template's shapes.
 */
export const lineIcon = (shapes: SVGTemplateResult, strokeWidth = 2): TemplateResult =>
  html`<svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width=${strokeWidth}
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${shapes}
  </svg>`;
