import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_card-padding: var(--aw-card-padding, var(--_space));
    --_card-gap: var(--aw-card-gap, calc(var(--_space) * 0.5));
    --_card-scrim: var(
      --aw-card-scrim,
      linear-gradient(
        to bottom,
        rgb(14 16 20 / 0) 0,
        rgb(14 16 20 / 0.78) 3.5rem,
        rgb(14 16 20 / 0.92) 6.5rem,
        rgb(14 16 20 / 1) 100%
      )
    );
    line-height: 1.45;
  }

  /* Parts an article lacks are rendered hidden (one template per card is cheaper than many);
     !important so that page styles on ::part() cannot show them again. */
  [hidden] {
    display: none !important;
  }

  /* The container of the layout's @container rules: a card is sized by the column it sits in,
     not by the viewport, so the same card works in a sidebar and across a page. */
  .frame {
    container-type: inline-size;
    block-size: 100%;
  }

  .card {
    position: relative;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'photo' 'body';
    grid-template-rows: auto 1fr;
    block-size: 100%;
    margin: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_surface);
    color: var(--_text);
  }

  .body {
    grid-area: body;
    display: flex;
    flex-direction: column;
    gap: var(--_card-gap);
    min-inline-size: 0;
    padding: var(--_card-padding);
  }

  .photo {
    grid-area: photo;
    display: block;
    /* The card's rounded corners clip the photo; its own would leave slivers. */
    --aw-photo-radius: 0;
  }

  .eyebrow {
    display: flex;
    /* The height of a line with a badge, so that the skeleton's kicker line matches. */
    min-block-size: 1.125rem;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.625rem;
    margin: 0;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.45;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  /* Spacing letters apart breaks the joined letters of Arabic script. */
  [dir='rtl'] .eyebrow {
    letter-spacing: normal;
  }

  .kicker {
    color: var(--_accent);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.0625rem 0.4375rem;
    border-radius: 999px;
    background-color: var(--_text);
    color: var(--_surface);
    font-size: 0.6875rem;
  }

  .badge::before {
    content: '';
    inline-size: 0;
    block-size: 0;
    border-block: 0.3em solid transparent;
    /* A play mark points right in every script (media controls are not mirrored). */
    border-left: 0.5em solid currentColor;
  }

  .badge.live {
    background-color: #b3261e;
    color: #ffffff;
  }

  .badge.live::before,
  .badge.gallery::before {
    border: 0;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background-color: currentColor;
  }

  .badge.gallery::before {
    border-radius: 1px;
  }

  .headline {
    margin: 0;
    font-family: var(--_font-headline);
    font-size: var(--aw-card-headline-size, clamp(1.0625rem, 0.9rem + 1.25cqi, 1.75rem));
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: break-word;
    text-wrap: pretty;
  }

  .headline a,
  .headline ::slotted(a) {
    color: inherit;
    text-decoration: none;
  }

  /* The whole card is the link's target area: one tab stop, the headline as its name. */
  .headline a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 2;
    border-radius: inherit;
  }

  .card:hover .headline a,
  .headline ::slotted(a:hover) {
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  .headline a:focus-visible {
    outline: none;
  }

  .headline a:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    border-radius: var(--_radius);
  }

  .description {
    display: -webkit-box;
    margin: 0;
    overflow: hidden;
    font-size: 0.9375rem;
    line-height: 1.45;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  /* Items are separated by a dot before each one; the row starts one dot's width early and
     .meta clips it, so no line (first or wrapped) begins with a dot. */
  .meta {
    margin-block-start: auto;
    overflow: hidden;
    color: var(--_muted);
    font-size: 0.8125rem;
    line-height: 1.45;
  }

  .meta-items {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    margin: 0;
    margin-inline-start: -1.125rem;
  }

  /* The dot sits in the item's start padding, so a long item that wraps inside itself starts
     its second line at the text's edge, not under the clipped dot. */
  .meta-items > * {
    position: relative;
    padding-inline-start: 1.125rem;
  }

  .meta-items > *::before {
    content: '·';
    content: '·' / '';
    position: absolute;
    inset-inline-start: 0;
    inline-size: 1.125rem;
    text-align: center;
  }

  .byline {
    font-weight: 600;
  }

  /* Layout row: the photo at the inline start, a third of the width, once there is room. */
  @container (min-width: 30rem) {
    .card.row {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
      grid-template-areas: 'photo body';
      grid-template-rows: auto;
    }

    .row .photo {
      align-self: start;
    }
  }

  /* Layout compact: a small square thumbnail at the inline end, no standfirst. */
  .card.compact {
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'body photo';
    grid-template-rows: auto;
    align-items: start;
  }

  .compact .body {
    padding: calc(var(--_card-padding) * 0.75);
    gap: calc(var(--_card-gap) * 0.75);
  }

  .compact .photo {
    inline-size: clamp(3.5rem, 22cqi, 8rem);
    margin: calc(var(--_card-padding) * 0.75);
    margin-inline-start: 0;
    --aw-photo-radius: calc(var(--_radius) * 0.75);
  }

  .compact .headline {
    font-size: var(--aw-card-headline-size, clamp(1rem, 0.92rem + 0.5cqi, 1.25rem));
  }

  /* A narrow compact card keeps to the essentials: the update time goes. */
  @container (max-width: 24rem) {
    .compact .stamp.updated {
      display: none;
    }
  }

  /* Layout overlay: the text on the photo's lower part over a scrim; light text in both themes.
     The photo is cropped 4:3 and shown whole in narrow cards (where the text takes more of it),
     and its middle 16:9 in wide ones. When the text is taller than the photo (very narrow cards,
     long headlines) the card grows below it in the scrim's colour, so the text stays readable. */
  .card.overlay {
    grid-template-areas: 'stack';
    grid-template-rows: auto;
    border-color: transparent;
    background-color: #0e1014;
    color: #ffffff;
    --_focus: #ffffff;
  }

  .overlay .photo,
  .overlay .photo-bone {
    grid-area: stack;
    align-self: start;
    aspect-ratio: 4 / 3;
  }

  @container (min-width: 36rem) {
    .overlay .photo,
    .overlay .photo-bone {
      aspect-ratio: 16 / 9;
    }

    /* The photo's own box is 4:3; the card shows its middle. */
    .overlay .photo {
      display: grid;
      align-content: unsafe center;
      min-block-size: 0;
      overflow: hidden;
    }
  }

  .overlay .body {
    grid-area: stack;
    align-self: end;
    z-index: 1;
    padding-block-start: calc(var(--_card-padding) * 3);
  }

  .overlay.has-photo .body {
    background: var(--_card-scrim);
  }

  .overlay .kicker,
  .overlay .meta {
    color: rgb(255 255 255 / 0.86);
  }

  .overlay .badge {
    background-color: #ffffff;
    color: #0e1014;
  }

  .overlay .badge.live {
    background-color: #b3261e;
    color: #ffffff;
  }

  .overlay .headline {
    font-size: var(--aw-card-headline-size, clamp(1.125rem, 0.9rem + 1.6cqi, 2rem));
  }

  /* The text covers the photo's lower edge, where <aw-photo> puts an overlaid credit, so the
     overlay card shows the credit at its top corner itself. */
  .overlay-credit {
    grid-area: stack;
    align-self: start;
    justify-self: end;
    z-index: 1;
    margin: 0.5rem;
    padding: 0.15em 0.5em;
    border-radius: calc(var(--_radius) / 2);
    background-color: rgb(0 0 0 / 0.72);
    color: #ffffff;
    font-size: 0.75rem;
    line-height: 1.4;
  }

  /* A narrow overlay card leaves out the standfirst to keep some of its photo in view. */
  @container (max-width: 36rem) {
    .overlay .description {
      display: none;
    }
  }

  @container (min-width: 40rem) {
    .overlay .body {
      padding: calc(var(--_card-padding) * 1.5);
      padding-block-start: calc(var(--_card-padding) * 4);
    }
  }

  /* Loading: the final card's boxes, with the fallback link as the headline line. */
  .bone {
    display: block;
    border-radius: 4px;
    background-color: var(--_border);
    animation: aw-card-pulse 1.6s ease-in-out infinite;
  }

  .line {
    block-size: 1em;
    margin-block: 0.225em;
  }

  .line.short {
    inline-size: 60%;
  }

  .kicker-bone {
    inline-size: 5rem;
    block-size: 0.75rem;
  }

  .meta-bone {
    inline-size: 12rem;
    max-inline-size: 70%;
  }

  .meta-bone.short {
    inline-size: 8rem;
  }

  .headline .line {
    block-size: 0.9em;
    margin-block: 0.175em;
  }

  .photo-bone {
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }

  .row .photo-bone {
    aspect-ratio: 4 / 3;
  }

  .compact .photo-bone {
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) * 0.75);
  }

  .skeleton.overlay .body {
    background: none;
  }

  /* The overlay skeleton is dark like the card it becomes, so the fallback link stays readable. */
  .skeleton.overlay .photo-bone {
    background-color: #2a2f37;
  }

  .skeleton.overlay .body .bone {
    background-color: rgb(255 255 255 / 0.22);
  }

  @keyframes aw-card-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  .unavailable {
    padding: var(--_card-padding);
    border-style: dashed;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
`;
