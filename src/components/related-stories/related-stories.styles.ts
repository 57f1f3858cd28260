import { css } from 'lit';

export const styles = css`
  :host {
    --_related-gap: var(--aw-related-gap, var(--_space));
    --_related-padding: var(--aw-related-padding, var(--_space));
    --_related-thumbnail-width: var(--aw-related-thumbnail-width, 6rem);
    --_related-column-width: var(--aw-related-column-width, 14rem);
    --_related-headline-size: var(--aw-related-headline-size, 1rem);
    display: block;
  }

  /* A box of its own, like the card: it must stay readable in the dark theme on a light page. */
  section {
    box-sizing: border-box;
    padding: var(--_related-padding);
    border: var(--aw-related-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    background-color: var(--aw-related-background, var(--_surface));
    color: var(--_text);
  }

  .headline {
    margin: 0 0 calc(var(--_related-gap) * 0.75);
    font-family: var(--_font-headline);
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.25;
  }

  .list {
    display: grid;
    gap: var(--_related-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    position: relative;
    display: grid;
    grid-template-columns: min(var(--_related-thumbnail-width), 25%) minmax(0, 1fr);
    align-items: start;
    /* Items of one grid row are as tall as the tallest: keep the extra space below the text. */
    align-content: start;
    column-gap: calc(var(--_related-gap) * 0.75);
    min-width: 0;
  }

  .text-only .item {
    grid-template-columns: minmax(0, 1fr);
  }

  /* A thin rule between stories, as news sites separate a list of links. */
  .list-layout .item + .item {
    padding-block-start: var(--_related-gap);
    border-block-start: 1px solid var(--_border);
  }

  .grid-layout {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_related-column-width)), 1fr));
    row-gap: calc(var(--_related-gap) * 1.5);
  }

  .grid-layout .item {
    grid-template-columns: minmax(0, 1fr);
    row-gap: calc(var(--_related-gap) * 0.5);
  }

  /*
   * The box is reserved whether or not the story has a photo, so headlines line up; stories
   * without one show the same box in a neutral tint.
   */
  .thumbnail {
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.75);
  }

  .thumbnail .frame,
  .thumbnail.empty {
    aspect-ratio: 4 / 3;
    border-radius: 0;
  }

  .thumbnail.empty {
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--_border) 55%, transparent);
  }

  .grid-layout .thumbnail .frame,
  .grid-layout .thumbnail.empty {
    aspect-ratio: 16 / 9;
  }

  .empty svg {
    width: 1.75rem;
    height: 1.75rem;
    color: var(--_muted);
    opacity: 0.6;
  }

  .grid-layout .empty svg {
    width: 2.5rem;
    height: 2.5rem;
  }

  .text {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }

  .link {
    color: inherit;
    font-family: var(--_font-headline);
    font-size: var(--_related-headline-size);
    font-weight: 650;
    line-height: 1.3;
    text-decoration: none;
    overflow-wrap: break-word;
  }

  /* The headline link covers the whole story, so the photo is a target too with one tab stop. */
  .link::after {
    content: '';
    position: absolute;
    inset: calc(var(--_related-gap) * -0.25);
    border-radius: calc(var(--_radius) * 0.75);
  }

  .list-layout .item + .item .link::after {
    inset-block-start: calc(var(--_related-gap) * 0.75);
  }

  .item:hover .link {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .link:focus {
    outline: none;
  }

  .link:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
  }

  /* A story without a date has an empty \`<time>\`, which takes no room. */
  time:empty {
    display: none;
  }

  time {
    color: var(--_muted);
    font-size: 0.8125rem;
    line-height: 1.3;
  }

  @media (forced-colors: active) {
    .thumbnail {
      border: 1px solid CanvasText;
    }
    .link:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
