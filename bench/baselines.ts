/**
 * What a publisher would write instead, for bench/page.ts to measure the elements against:
 * - the real floor: plain semantic HTML of the same content with about 40 lines of CSS, inserted
 *   with one `innerHTML` (a card, a related-stories list, a share button);
 * - a naive Lit card: one element, one template, shadow DOM, no features beyond showing the
 *   article (no layouts, themes, languages, states or events).
 * Both show what the elements show: kicker, badge (a video), headline link, standfirst, byline,
 * date and "Updated" date, photo with its credit; the list its links, thumbnails and dates.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Article } from '../src/data/types.js';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function date(value: string | undefined): string {
  return value === undefined ? '' : dateFormat.format(new Date(value));
}

/** The badge a card shows for a video, live or gallery story, in English. */
function badge(article: Article): string {
  const kind = article.kind ?? 'article';
  return kind === 'article' ? '' : `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
}

/** Whether a card shows "Updated …": a modification later than publication. */
function updated(article: Article): string | undefined {
  const { datePublished, dateModified } = article;
  return dateModified !== undefined &&
    datePublished !== undefined &&
    Date.parse(dateModified) > Date.parse(datePublished)
    ? dateModified
    : undefined;
}

/** The card as plain HTML: the link wraps the photo and the text, as many news sites do. */
export function plainCard(article: Article): string {
  const image = article.image;
  const figure = image
    ? `<figure><img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(image.alt)}" width="${image.width ?? 16}" height="${image.height ?? 9}" loading="lazy" decoding="async">` +
      (image.credit ? `<figcaption>Credit: ${escapeText(image.credit)}</figcaption>` : '') +
      '</figure>'
    : '';
  return (
    `<article class="plain-card"><a href="${escapeAttribute(article.url)}">${figure}` +
    `<p class="kicker">${escapeText(article.section ?? '')}${badge(article) ? ` <span class="badge">${badge(article)}</span>` : ''}</p>` +
    `<h3>${escapeText(article.headline)}</h3>` +
    `<p class="standfirst">${escapeText(article.description ?? '')}</p>` +
    `<p class="byline">${escapeText(article.byline ?? '')} · <time datetime="${escapeAttribute(article.datePublished ?? '')}">${date(article.datePublished)}</time>` +
    (updated(article)
      ? ` · Updated <time datetime="${escapeAttribute(updated(article)!)}">${date(updated(article))}</time>`
      : '') +
    '</p>' +
    '</a></article>'
  );
}

export const plainCardCss = `
.plain-card { display: block; border: 1px solid #d4d8de; border-radius: 8px; overflow: hidden;
  background: #fff; color: #16181d; font: 1rem/1.45 system-ui, sans-serif; }
.plain-card a { display: flex; flex-direction: column; gap: 0.5rem; padding-block-end: 1rem;
  color: inherit; text-decoration: none; }
.plain-card a:hover h3 { text-decoration: underline; }
.plain-card a:focus-visible { outline: 3px solid #0b57d0; outline-offset: -3px; }
.plain-card figure { position: relative; margin: 0; }
.plain-card img { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; object-fit: cover;
  background: #d4d8de; }
.plain-card figcaption { position: absolute; inset-block-end: 0.5rem; inset-inline-end: 0.5rem;
  padding: 0.15em 0.5em; border-radius: 4px; background: rgb(0 0 0 / 0.72); color: #fff;
  font-size: 0.75rem; }
.plain-card p, .plain-card h3 { margin: 0; padding-inline: 1rem; }
.plain-card .kicker { color: #0b57d0; font-size: 0.75rem; font-weight: 700; letter-spacing: 0.04em;
  text-transform: uppercase; }
.plain-card .badge { margin-inline-start: 0.5rem; padding: 0 0.4rem; border-radius: 999px; background: #16181d;
  color: #fff; }
.plain-card h3 { font-size: 1.125rem; line-height: 1.25; overflow-wrap: break-word; }
.plain-card .standfirst { display: -webkit-box; overflow: hidden; font-size: 0.9375rem;
  -webkit-box-orient: vertical; -webkit-line-clamp: 3; }
.plain-card .byline { color: #545b66; font-size: 0.8125rem; }
`;

/** The naive Lit card: the plain card's markup and styles in one template in a shadow root. */
export class NaiveCard extends LitElement {
  static override styles = css`
    :host {
      display: block;
      border: 1px solid #d4d8de;
      border-radius: 8px;
      overflow: hidden;
      background: #fff;
      color: #16181d;
      font:
        1rem/1.45 system-ui,
        sans-serif;
    }
    a {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      padding-block-end: 1rem;
      color: inherit;
      text-decoration: none;
    }
    a:hover h3 {
      text-decoration: underline;
    }
    figure {
      position: relative;
      margin: 0;
    }
    img {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      background: #d4d8de;
    }
    figcaption {
      position: absolute;
      inset-block-end: 0.5rem;
      inset-inline-end: 0.5rem;
      padding: 0.15em 0.5em;
      border-radius: 4px;
      background: rgb(0 0 0 / 0.72);
      color: #fff;
      font-size: 0.75rem;
    }
    p,
    h3 {
      margin: 0;
      padding-inline: 1rem;
    }
    .badge {
      margin-inline-start: 0.5rem;
      padding: 0 0.4rem;
      border-radius: 999px;
      background: #16181d;
      color: #fff;
    }
    .kicker {
      color: #0b57d0;
      font-size: 0.75rem;
      font-weight: 700;
      text-transform: uppercase;
    }
    h3 {
      font-size: 1.125rem;
      line-height: 1.25;
    }
    .standfirst {
      font-size: 0.9375rem;
    }
    .byline {
      color: #545b66;
      font-size: 0.8125rem;
    }
  `;

  static override properties = { article: { attribute: false } };

  declare article: Article | undefined;

  protected override render() {
    const article = this.article;
    if (article === undefined) return nothing;
    const image = article.image;
    const modified = updated(article);
    return html`<a part="link" href=${article.url}
      ><figure>
        <img src=${image?.src ?? ''} alt=${image?.alt ?? ''} width="16" height="9" loading="lazy" decoding="async" />
        <figcaption>Credit: ${image?.credit}</figcaption>
      </figure>
      <p class="kicker">
        ${article.section} ${badge(article) ? html`<span class="badge">${badge(article)}</span>` : nothing}
      </p>
      <h3>${article.headline}</h3>
      <p class="standfirst">${article.description}</p>
      <p class="byline">
        ${article.byline} · <time datetime=${article.datePublished ?? ''}>${date(article.datePublished)}</time>
        ${modified ? html`· Updated <time datetime=${modified}>${date(modified)}</time>` : nothing}
      </p></a
    >`;
  }
}
customElements.define('bench-naive-card', NaiveCard);

/** A related-stories list as plain HTML: a heading and a `<ul>` of links with thumbnails and dates. */
export function plainRelated(stories: Article[]): string {
  const items = stories
    .map(
      (story) =>
        `<li><a href="${escapeAttribute(story.url)}">` +
        (story.image
          ? `<img src="${escapeAttribute(story.image.src)}" alt="" width="96" height="72" loading="lazy" decoding="async">`
          : '<span class="thumb"></span>') +
        `<span>${escapeText(story.headline)}</span></a>` +
        `<time datetime="${escapeAttribute(story.datePublished ?? '')}">${date(story.datePublished)}</time></li>`,
    )
    .join('');
  return `<section class="plain-related"><h2>You might also like</h2><ul>${items}</ul></section>`;
}

export const plainRelatedCss = `
.plain-related { padding: 1rem; border: 1px solid #d4d8de; border-radius: 8px; background: #fff;
  color: #16181d; font: 1rem/1.45 system-ui, sans-serif; }
.plain-related h2 { margin: 0 0 0.75rem; font-size: 1.125rem; }
.plain-related ul { display: grid; gap: 1rem; margin: 0; padding: 0; list-style: none; }
.plain-related li { display: grid; grid-template-columns: 6rem minmax(0, 1fr); gap: 0.25rem 0.75rem; }
.plain-related a { display: contents; color: inherit; font-weight: 600; text-decoration: none; }
.plain-related img, .plain-related .thumb { grid-row: span 2; width: 100%; height: auto;
  aspect-ratio: 4 / 3; object-fit: cover; border-radius: 4px; background: #d4d8de; }
.plain-related time { color: #545b66; font-size: 0.8125rem; }
`;

/** A share button as plain HTML: what a page would show before any script makes it work. */
export function plainShare(): string {
  return '<button type="button" class="plain-share" aria-haspopup="dialog" aria-expanded="false">Share</button>';
}

export const plainShareCss = `
.plain-share { display: inline-flex; align-items: center; gap: 0.5rem; padding: 0.5rem 0.875rem;
  border: 1px solid #d4d8de; border-radius: 999px; background: #fff; color: #16181d;
  font: 600 0.875rem/1.2 system-ui, sans-serif; cursor: pointer; }
.plain-share::before { content: ''; width: 1rem; height: 1rem; border-radius: 50%;
  background: currentColor; mask: radial-gradient(circle, #000 30%, transparent 32%); }
`;
