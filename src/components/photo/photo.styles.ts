import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_photo-radius: var(--aw-photo-radius, var(--_radius));
    --_photo-placeholder: var(--aw-photo-placeholder, var(--_border));
    --_photo-caption-color: var(--aw-photo-caption-color, var(--_text));
    --_photo-credit-color: var(--aw-photo-credit-color, var(--_muted));
    --_photo-overlay-background: var(--aw-photo-overlay-background, rgb(0 0 0 / 0.72));
    --_photo-overlay-color: var(--aw-photo-overlay-color, #ffffff);
    --_photo-fade: 200ms;
  }

  figure {
    margin: 0;
  }

  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--_photo-radius);
    /* --_placeholder is set per element from the placeholder attribute (CSSOM, so strict CSP allows it). */
    background-color: var(--_placeholder, var(--_photo-placeholder));
    transition: background-color var(--_photo-fade) ease-out;
  }

  .frame.loaded {
    background-color: transparent;
  }

  /* The box's size comes from this empty SVG's viewBox: an attribute, so the reserved box is
     right in server-rendered HTML and under a CSP without 'unsafe-inline' styles. */
  .sizer {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }

  img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    transition: opacity var(--_photo-fade) ease-out;
  }

  /* Without the element's script (server-rendered HTML only) the image must stay visible. */
  :host(:defined) .frame:not(.loaded) img {
    opacity: 0;
  }

  /* Sized by the frame (absolutely positioned), so it can be a size container safely: the
     text adapts to thumbnails without touching how the host itself is sized. */
  .fallback {
    position: absolute;
    inset: 0;
    container-type: size;
    overflow: hidden;
    background-color: var(--_photo-placeholder);
    color: var(--_text);
  }

  .fallback-content {
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    /* Text too long for the box is cut at its end, not at both ends. */
    justify-content: safe center;
    gap: 0.5em;
    padding: var(--_space);
    font-size: 0.875rem;
    line-height: 1.4;
    text-align: center;
    overflow-wrap: anywhere;
  }

  .fallback svg {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    opacity: 0.7;
  }

  @container (max-width: 240px) or (max-height: 150px) {
    .fallback-content {
      gap: 0.25em;
      padding: 0.5rem;
      font-size: 0.75rem;
      line-height: 1.3;
    }
    .fallback svg {
      display: none;
    }
  }

  figcaption {
    padding-block-start: calc(var(--_space) * 0.5);
    color: var(--_photo-caption-color);
    font-size: 0.875rem;
    line-height: 1.45;
  }

  .credit {
    color: var(--_photo-credit-color);
    font-size: 0.8125rem;
  }

  /* A real space separates them too, so screen readers do not run the two together. */
  .caption + .credit {
    margin-inline-start: 0.25em;
  }

  /* The overlaid credit stays in the figcaption (read with the figure, after the caption) and
     is lifted onto the image: the figcaption starts where the image box ends, so its top edge
     is the image's bottom edge. */
  figcaption.overlay {
    position: relative;
  }

  figcaption.overlay.credit-only {
    padding-block-start: 0;
  }

  .overlay .credit {
    position: absolute;
    inset-block-end: calc(100% + var(--_photo-overlay-inset));
    inset-inline-end: var(--_photo-overlay-inset);
    max-inline-size: calc(100% - 2 * var(--_photo-overlay-inset));
    margin: 0;
    padding: 0.15em 0.5em;
    border-radius: calc(var(--_photo-radius) / 2);
    background-color: var(--_photo-overlay-background);
    color: var(--_photo-overlay-color);
    font-size: 0.75rem;
    line-height: 1.4;
  }

  figcaption.overlay {
    --_photo-overlay-inset: 0.5rem;
  }

  @media (prefers-reduced-motion: reduce) {
    .frame,
    img {
      transition: none;
    }
  }
`;
