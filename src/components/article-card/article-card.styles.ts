import { css } from 'lit';

/**
 * A page may hold a hundred cards, so every rule here is cheap to match and lay out: one shadow
 * root per card, classes rather than attribute selectors, and no container queries. The layouts
 * adapt to the card's own width with flex-basis and padding percentages instead (both resolve
 * against the card's width).
 */
export const styles = css`
  :host {
    display: block;
    --_card-padding: var(--aw-card-padding, var(--_space));
    --_card-gap: var(--aw-card-gap, calc(var(--_space) * 0.5));
    line-height: 1.45;
  }

  .card {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    margin: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background-color: var(--_surface);
    color: var(--_text);
  }

  .body {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: var(--_card-gap);
    min-inline-size: 0;
    padding: var(--_card-padding);
  }

  /* The card's rounded corners clip the photo; its own would leave slivers. */
  .card .frame {
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }

  /* Parts an article lacks are left out (see the card's template); a time without a date and
     a meta line with nothing in it take no room. */
  .published:empty,
  .no-meta .meta {
    display: none;
  }

  .eyebrow {
    /* As wide as its text: a kicker alone is this line (\`::part(kicker)\` with a background
       hugs its words, as on the span it is beside a badge). */
    align-self: start;
    /* The height of a line with a badge, so that the skeleton's kicker line matches. */
    min-block-size: 1.125rem;
    margin: 0;
    font-size: 0.75rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  /* Spacing letters apart breaks the joined letters of Arabic script. */
  .card[dir='rtl'] .eyebrow {
    letter-spacing: normal;
  }

  .kicker {
    color: var(--_accent);
  }

  .kicker + .badge {
    margin-inline-start: 0.625rem;
  }

  .badge {
    display: inline-block;
    padding: 0.0625rem 0.4375rem;
    border-radius: 999px;
    background-color: var(--_text);
    color: var(--_surface);
    font-size: 0.6875rem;
  }

  .badge::before {
    content: '';
    display: inline-block;
    margin-inline-end: 0.375em;
    vertical-align: 0.05em;
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
    font-size: var(--aw-card-headline-size, 1.1875rem);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: break-word;
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
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  /* Items run as text and wrap as text. A dot goes before each shown item but the first, glued
     to the item before it by a no-break space, so a wrapped line never begins with a dot. */
  .meta {
    margin: 0;
    margin-block-start: auto;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .meta > :not(:empty) ~ :not(:empty)::before {
    content: '\\a0·\\20';
  }

  .byline {
    font-weight: 600;
  }

  /* Layout row: the photo at the inline start, a third of the width, once the card is 30rem
     wide; stacked above the text below that. */
  .row {
    flex-flow: row wrap;
  }

  .row > .photo,
  .row > .photo-bone {
    flex: 0 1 max(33.333%, calc((30rem - 100%) * 999));
    align-self: flex-start;
  }

  .row > .body {
    flex: 1 1 calc((30rem - 100%) * 999);
  }

  .row .frame {
    aspect-ratio: 4 / 3;
  }

  /* Layout compact: a small square thumbnail at the inline end, no standfirst. */
  .compact {
    flex-direction: row-reverse;
    align-items: flex-start;
  }

  .compact > .photo {
    flex: none;
    inline-size: clamp(3.5rem, 22%, 8rem);
    margin: calc(var(--_card-padding) * 0.75);
    margin-inline-start: 0;
  }

  .compact .frame {
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) * 0.75);
  }

  .compact .body {
    padding: calc(var(--_card-padding) * 0.75);
    gap: calc(var(--_card-gap) * 0.75);
  }

  .compact .headline {
    font-size: var(--aw-card-headline-size, 1.0625rem);
  }

  /* Layout overlay: the text on the photo's lower part over a scrim; light text in both themes.
     The photo is 4:3 in narrow cards (where the text takes more of it) and 16:9 from 36rem
     (padding percentages are of the card's width). When the text is taller than the photo the
     card grows below it in the scrim's colour, so the text stays readable. */
  .overlay {
    display: grid;
    grid-template-areas: 'stack';
    border-color: transparent;
    background-color: #0e1014;
    color: #ffffff;
    --_focus: #ffffff;
  }

  .overlay > .photo,
  .overlay > .body,
  .overlay > .photo-bone {
    grid-area: stack;
  }

  .overlay > .photo,
  .overlay > .photo-bone {
    align-self: start;
  }

  .overlay .frame,
  .overlay > .photo-bone {
    aspect-ratio: auto;
    padding-block-start: max(56.25%, min(75%, calc((36rem - 100%) * 999)));
  }

  .overlay > .body {
    align-self: end;
    z-index: 1;
    padding-block-start: calc(var(--_card-padding) * 3);
  }

  .overlay.has-photo > .body {
    background: var(
      --aw-card-scrim,
      linear-gradient(
        to bottom,
        rgb(14 16 20 / 0) 0,
        rgb(14 16 20 / 0.78) 3.5rem,
        rgb(14 16 20 / 0.92) 6.5rem,
        rgb(14 16 20 / 1) 100%
      )
    );
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
    font-size: var(--aw-card-headline-size, 1.375rem);
  }

  .overlay .description {
    -webkit-line-clamp: 2;
    line-clamp: 2;
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

  .skeleton .meta {
    display: flex;
    gap: 0.5rem;
  }

  .headline .line {
    block-size: 0.9em;
    margin-block: 0.175em;
  }

  .photo-bone {
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }

  .row > .photo-bone {
    aspect-ratio: 4 / 3;
  }

  .compact > .photo-bone {
    flex: none;
    inline-size: clamp(3.5rem, 22%, 8rem);
    margin: calc(var(--_card-padding) * 0.75);
    margin-inline-start: 0;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) * 0.75);
  }

  .skeleton.overlay > .body {
    background: none;
  }

  /* The overlay skeleton is dark like the card it becomes, so the fallback link stays readable. */
  .skeleton.overlay > .photo-bone {
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
