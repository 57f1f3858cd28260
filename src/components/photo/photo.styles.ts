import { css } from 'lit';

/**
 * The styles of `photoTemplate`, in every element that shows a photo (`<aw-photo>`, the card,
 * the related list). The host element declares the `--_photo-*` values (see `photoTokens`).
 */
export const photoStyles = css`
  .photo {
    position: relative;
    margin: 0;
  }

  /* The image's box (\`.frame\`: the figure itself, or the element around the image when a
     caption or credit follows below): sized by the sizer's viewBox (<aw-photo>) or by the
     host's styles (the card's and the list's fixed ratios), never by the image, so nothing
     moves when it arrives. No overflow clip (a page of cards would pay a layer for each): the
     image rounds itself. */
  .frame {
    position: relative;
    border-radius: var(--_photo-radius);
    /* --_placeholder is set per element from the placeholder attribute (CSSOM, so strict CSP allows it). */
    background-color: var(--_placeholder, var(--_photo-placeholder));
  }

  .sizer {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }

  .image {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border-radius: inherit;
    object-fit: cover;
  }

  /* While its image is on its way (\`waiting\`, set by the photo controller) the box shows its
     placeholder colour, then the image fades in (hidden, not transparent, meanwhile: a page of
     cards would pay a layer for each). Server-rendered HTML, before the element's script has
     rendered it, shows its image as it comes. The alt text of a failed or slow image stands in
     for it (the fallback comes before it). */
  .waiting > .image,
  .fallback + .image {
    visibility: hidden;
  }

  .frame.loaded {
    background-color: transparent;
  }

  /* Only an image the reader saw coming fades in; one already there (from the cache, or the
     server's) simply shows. */
  .arrived > .image {
    animation: aw-photo-in 200ms ease-out;
  }

  @keyframes aw-photo-in {
    from {
      opacity: 0;
    }
  }

  .fallback {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    /* Text too long for the box is cut at its end, not at both ends. */
    justify-content: safe center;
    gap: 0.25em;
    padding: 0.5rem;
    overflow: hidden;
    border-radius: inherit;
    background-color: var(--_photo-placeholder);
    color: var(--_text);
    font-size: 0.75rem;
    line-height: 1.3;
    text-align: center;
    overflow-wrap: anywhere;
  }

  .fallback svg {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    opacity: 0.7;
  }

  /* Caption and credit below the image. */
  .frame + figcaption {
    padding-block-start: calc(var(--_space) * 0.5);
    color: var(--_photo-caption-color);
    font-size: 0.875rem;
    line-height: 1.45;
  }

  .credit {
    color: var(--_photo-credit-color);
    font-size: 0.8125rem;
  }

  /* An overlaid credit is lifted onto the image: alone, it is the figure's figcaption, placed
     from the figure's lower edge, the image's; below a caption it stays in the figcaption (read
     with the figure, after the caption), which starts where the image's box ends. */
  .credit-overlay .credit,
  .credit-top .credit {
    position: absolute;
    inset-block-end: calc(100% + 0.5rem);
    inset-inline-end: 0.5rem;
    max-inline-size: calc(100% - 1rem);
    margin: 0;
    padding: 0.15em 0.5em;
    border-radius: calc(var(--_photo-radius) / 2);
    background-color: var(--_photo-overlay-background);
    color: var(--_photo-overlay-color);
    font-size: 0.75rem;
    line-height: 1.4;
  }

  .credit-overlay .frame + figcaption {
    position: relative;
  }

  .frame > .credit {
    inset-block-end: 0.5rem;
  }

  /* At the top corner of the image (the card's overlay layout, whose text covers the lower edge). */
  .credit-top .credit {
    inset-block: 0.5rem auto;
  }

  @media (prefers-reduced-motion: reduce) {
    .arrived .image {
      animation: none;
    }
  }
`;

/** The photo's public custom properties, declared by each host that shows photos. */
export const photoTokens = css`
  :host {
    --_photo-radius: var(--aw-photo-radius, var(--_radius));
    --_photo-placeholder: var(--aw-photo-placeholder, var(--_border));
    --_photo-caption-color: var(--aw-photo-caption-color, var(--_text));
    --_photo-credit-color: var(--aw-photo-credit-color, var(--_muted));
    --_photo-overlay-background: var(--aw-photo-overlay-background, rgb(0 0 0 / 0.72));
    --_photo-overlay-color: var(--aw-photo-overlay-color, #ffffff);
  }
`;

export const styles = css`
  :host {
    display: block;
  }
`;
