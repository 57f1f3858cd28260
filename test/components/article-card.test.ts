import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../helpers/media.js';
import { render, type TemplateResult } from 'lit';
import sinon from 'sinon';
import type { AwArticleCard } from '../../src/components/article-card/article-card.js';
import '../../src/components/article-card/article-card.js';
import { LoadError, normalizeArticle, type Article } from '../../src/data/index.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { clockIsRunning, clockSubscriberCount } from '../../src/internal/clock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A photo that needs no network. */
const photo =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 9'%3E%3Crect width='16' height='9' fill='%23456'/%3E%3C/svg%3E";

let seed: Article;
let seedJsonLd: string;

before(async () => {
  seed = (await (await fetch('/fixtures/seed-article.json')).json()) as Article;
  seedJsonLd = await (await fetch('/fixtures/seed-article.jsonld')).text();
});

/** The seed article with a local photo, and any fields replaced. */
function article(changes: Partial<Article> = {}): Article {
  return { ...seed, image: { ...seed.image!, src: photo }, ...changes };
}

function apiUrl(name: string, query: Record<string, string>): string {
  return `/api/${name}?${new URLSearchParams(query)}`;
}

type CardEvent = CustomEvent<{ article?: Article; error?: Error; source?: string }>;

interface Mounted {
  el: AwArticleCard;
  loads: CardEvent[];
  errors: CardEvent[];
}

/**
 * Renders a card inside a wrapper whose listeners are bound in the template, so they are in
 * place before the card's first update (data from a property or inline JSON settles in it).
 * The card is rendered into a fixture that is already in place, so that nothing waits for a
 * frame between the start of a `src` request and the first look at the loading state.
 */
async function mount(card: TemplateResult, width?: number): Promise<Mounted> {
  const loads: CardEvent[] = [];
  const errors: CardEvent[] = [];
  const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  render(
    html`<div
      style=${width ? `width: ${width}px` : ''}
      @aw-load=${(event: CardEvent) => loads.push(event)}
      @aw-error=${(event: CardEvent) => errors.push(event)}
    >
      ${card}
    </div>`,
    host,
  );
  const el = host.querySelector('aw-article-card')!;
  await el.updateComplete;
  return { el, loads, errors };
}

function dataErrors(mounted: Mounted): CardEvent[] {
  return mounted.errors.filter((event) => event.detail.source !== 'image');
}

/** Waits for the card's data to settle: an aw-load, or an aw-error about its data. */
async function settled(mounted: Mounted): Promise<void> {
  await waitUntil(() => mounted.loads.length > 0 || dataErrors(mounted).length > 0, 'the card did not settle', {
    timeout: 8000,
  });
  await mounted.el.updateComplete;
}

/** What a reader sees: parts an article lacks are rendered empty and take no room, and count as absent here. */
function shown(element: Element | null): boolean {
  return element !== null && element.getClientRects().length > 0;
}

/** The first element of a part that a reader sees. */
function part<T extends Element = HTMLElement>(el: AwArticleCard, name: string): T | null {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)].find(shown) ?? null;
}

/** The card's photo: its figure, image and credit (the credit only when shown). */
function photoOf(el: AwArticleCard) {
  const figure = part(el, 'photo')!;
  return {
    figure,
    image: figure.querySelector<HTMLImageElement>('[part~="photo-image"]')!,
    credit: part(el, 'photo-credit'),
  };
}

function badge(el: AwArticleCard): string | null {
  const element = el.shadowRoot!.querySelector('.badge');
  return shown(element) ? element!.textContent : null;
}

function link(el: AwArticleCard): HTMLAnchorElement {
  return part<HTMLAnchorElement>(el, 'link')!;
}

/** The light-DOM fallback link: slotted and laid out, i.e. what a reader sees. */
function fallbackShown(el: AwArticleCard): boolean {
  const fallback = el.querySelector('a')!;
  return fallback.assignedSlot !== null && fallback.getClientRects().length > 0;
}

function times(el: AwArticleCard): HTMLTimeElement[] {
  return [...el.shadowRoot!.querySelectorAll('time')].filter(shown);
}

function timeTexts(el: AwArticleCard): string[] {
  return times(el).map((time) => time.textContent!.trim());
}

function rect(element: Element | null): DOMRect {
  expect(element, 'element to measure').not.to.equal(null);
  return element!.getBoundingClientRect();
}

describe('<aw-article-card>', () => {
  describe('data from the article property', () => {
    it('renders the article with its headline as the one link', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      const { el } = m;
      expect(link(el).textContent!.trim()).to.equal(seed.headline);
      expect(link(el).href).to.equal(seed.url);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
      expect(part(el, 'headline')!.localName).to.equal('h3');
      expect(part(el, 'kicker')!.textContent).to.equal('Europe');
      expect(part(el, 'description')!.textContent).to.equal(seed.description);
      expect(part(el, 'byline')!.textContent).to.equal('By Euronews with AP');
      const { figure, image, credit } = photoOf(el);
      expect(figure.localName).to.equal('figure');
      expect(figure.matches('[part~="photo-figure"]')).to.equal(true);
      expect(image.getAttribute('src')).to.equal(photo);
      expect(image.alt).to.equal(seed.image!.alt);
      expect(credit!.textContent).to.equal('Credit: AP');
      expect(credit!.closest('figcaption')!.parentElement, 'the credit is the figure’s').to.equal(figure);
      expect(part(el, 'photo-caption'), 'a card shows no caption').to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('aw-photo'), 'no nested element').to.have.length(0);
      expect(badge(el)).to.equal('Video');
      await expect(el).to.be.accessible();
    });

    it('fires aw-load once, after the data has rendered', async () => {
      let renderedAtEvent = '';
      const loads: CardEvent[] = [];
      const onLoad = (event: CardEvent) => {
        loads.push(event);
        const card = event.target as AwArticleCard;
        renderedAtEvent = card.shadowRoot!.querySelector('[part~="link"]')?.textContent ?? '';
      };
      const el = await fixture<AwArticleCard>(
        html`<aw-article-card .article=${article()} @aw-load=${onLoad}></aw-article-card>`,
      );
      expect(loads).to.have.length(1);
      expect(renderedAtEvent.trim()).to.equal(seed.headline);
      expect(loads[0]!.detail.article).to.deep.equal(normalizeArticle(article(), { base: document.baseURI }));
      el.theme = 'dark';
      el.layout = 'row';
      await el.updateComplete;
      expect(loads, 'no new aw-load without new data').to.have.length(1);
    });

    it('replaces the article when the property changes', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      m.el.article = article({ headline: 'A second story', url: 'https://publisher.example/second' });
      await m.el.updateComplete;
      expect(link(m.el).textContent!.trim()).to.equal('A second story');
      expect(link(m.el).href).to.equal('https://publisher.example/second');
      expect(m.loads).to.have.length(2);
    });

    it('accepts a schema.org object too', async () => {
      const m = await mount(
        html`<aw-article-card .article=${JSON.parse(seedJsonLd) as Record<string, unknown>}></aw-article-card>`,
      );
      expect(link(m.el).textContent!.trim()).to.equal(seed.headline);
      expect(m.loads).to.have.length(1);
    });

    it('keeps the fallback and reports a javascript: URL', async () => {
      const bad = { url: 'javascript:alert(1)', headline: 'Bad' };
      const m = await mount(
        html`<aw-article-card .article=${bad}><a href="https://publisher.example/a">Fallback</a></aw-article-card>`,
      );
      expect(dataErrors(m)).to.have.length(1);
      expect(dataErrors(m)[0]!.detail.source).to.equal('property');
      expect(dataErrors(m)[0]!.detail.error).to.be.instanceOf(Error);
      expect(link(m.el)).to.equal(null);
      expect(m.el.shadowRoot!.innerHTML).not.to.contain('javascript:');
      expect(fallbackShown(m.el)).to.equal(true);
      expect(m.loads).to.have.length(0);
      await expect(m.el).to.be.accessible();
    });
  });

  describe('inline data', () => {
    it('reads inline JSON and hides the fallback', async () => {
      const json = JSON.stringify(article());
      const m = await mount(
        html`<aw-article-card
          ><script type="application/json">
            ${json}
          </script>
          <a href="https://publisher.example/a">Fallback</a></aw-article-card
        >`,
      );
      expect(link(m.el).textContent!.trim()).to.equal(seed.headline);
      expect(fallbackShown(m.el)).to.equal(false);
      expect(m.loads).to.have.length(1);
    });

    it('reads inline JSON-LD through the data layer', async () => {
      const m = await mount(
        html`<aw-article-card
          ><script type="application/ld+json">
            ${seedJsonLd}
          </script></aw-article-card
        >`,
      );
      const expected = normalizeArticle(JSON.parse(seedJsonLd), { base: document.baseURI }) as Article;
      expect(link(m.el).href).to.equal(expected.url);
      expect(link(m.el).textContent!.trim()).to.equal(expected.headline);
      expect(photoOf(m.el).image.src).to.equal(expected.image!.src);
      expect(part(m.el, 'kicker')!.textContent).to.equal('Europe');
      expect(part(m.el, 'byline')!.textContent).to.equal('Euronews and AP');
      expect(m.loads[0]!.detail.article).to.deep.equal(expected);
    });

    for (const moved of [false, true]) {
      it(`picks up inline JSON added after the card was ${moved ? 'moved' : 'connected'}`, async () => {
        const m = await mount(
          html`<aw-article-card><a href="https://publisher.example/a">Fallback</a></aw-article-card>`,
        );
        expect(fallbackShown(m.el)).to.equal(true);
        if (moved) {
          const elsewhere = document.createElement('div');
          m.el.after(elsewhere);
          elsewhere.append(m.el);
        }
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(article());
        m.el.append(script);
        await waitUntil(() => m.loads.length === 1, 'no aw-load after adding inline JSON');
        expect(link(m.el).textContent!.trim()).to.equal(seed.headline);
      });
    }

    it('reads edited inline JSON again, and ignores edits to the fallback', async () => {
      const m = await mount(
        html`<aw-article-card
          ><script type="application/json">
            ${JSON.stringify(article())}
          </script>
          <a href="https://publisher.example/a">Fallback</a></aw-article-card
        >`,
      );
      expect(m.loads.length).to.equal(1);
      // The card's observer was made before this one, so it has seen each change when this one has.
      const seen = () =>
        new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve();
          });
          observer.observe(m.el, { childList: true, subtree: true, characterData: true });
        });
      let change = seen();
      m.el.querySelector('a')!.textContent = 'Edited fallback';
      await change;
      await m.el.updateComplete;
      expect(m.loads.length, 'no new aw-load for a fallback edit').to.equal(1);
      change = seen();
      m.el.querySelector('script')!.textContent = JSON.stringify(article({ headline: 'Edited inline' }));
      await change;
      await waitUntil(() => m.loads.length === 2, 'no aw-load after editing the inline JSON');
      expect(link(m.el).textContent!.trim()).to.equal('Edited inline');
    });

    it('reloads only the card whose inline JSON changed, on a page of cards', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const loads: string[] = [];
      host.addEventListener('aw-load', (event) => loads.push((event.target as HTMLElement).id));
      const headlines = ['First', 'Second', 'Third'];
      render(
        html`${headlines.map(
          (headline, i) =>
            html`<aw-article-card id=${`card-${i}`}
              ><script type="application/json">
                ${JSON.stringify(article({ headline }))}
              </script></aw-article-card
            >`,
        )}`,
        host,
      );
      const cards = Array.from(host.querySelectorAll('aw-article-card'));
      await Promise.all(cards.map((card) => card.updateComplete));
      await waitUntil(() => loads.length === 3, 'the three cards did not load');
      const script = cards[1]!.querySelector('script')!;
      script.textContent = JSON.stringify(article({ headline: 'Second, edited' }));
      await waitUntil(() => loads.length === 4, 'no aw-load after editing the inline JSON');
      // A card taken off the page and put back is watched again.
      cards[2]!.remove();
      host.append(cards[2]!);
      cards[2]!.querySelector('script')!.textContent = JSON.stringify(article({ headline: 'Third, edited' }));
      await waitUntil(() => loads.length === 5, 'no aw-load after editing the moved card');
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(loads.slice(0, 3).sort()).to.deep.equal(['card-0', 'card-1', 'card-2']);
      expect(loads.slice(3), 'the edited cards alone loaded again').to.deep.equal(['card-1', 'card-2']);
      expect(cards.map((card) => link(card).textContent!.trim())).to.deep.equal([
        'First',
        'Second, edited',
        'Third, edited',
      ]);
    });

    it('keeps the fallback when the inline JSON is broken', async () => {
      const m = await mount(
        html`<aw-article-card
          ><script type="application/json">
            { "url": nope
          </script>
          <a href="https://publisher.example/a">Fallback</a></aw-article-card
        >`,
      );
      expect(dataErrors(m)[0]!.detail.source).to.equal('inline');
      expect(fallbackShown(m.el)).to.equal(true);
      await expect(m.el).to.be.accessible();
    });

    it('prefers the property to inline JSON', async () => {
      const m = await mount(
        html`<aw-article-card .article=${article({ headline: 'From the property' })}
          ><script type="application/json">
            ${JSON.stringify(article({ headline: 'Inline' }))}
          </script></aw-article-card
        >`,
      );
      expect(link(m.el).textContent!.trim()).to.equal('From the property');
    });
  });

  describe('src', () => {
    const slowSeed = (delay = 600) =>
      apiUrl('slow', { delay: String(delay), fixture: 'seed-article.json', n: String(Math.random()) });

    it('shows a skeleton with the fallback link as its headline while loading', async () => {
      const m = await mount(
        html`<aw-article-card src=${slowSeed(2000)}
          ><a href="https://publisher.example/a">Fallback headline</a></aw-article-card
        >`,
        360,
      );
      const card = part(m.el, 'card')!;
      expect(card.getAttribute('aria-busy')).to.equal('true');
      expect(card.textContent).to.contain('Loading…');
      expect(fallbackShown(m.el), 'the fallback link is readable while loading').to.equal(true);
      const headlineLine = m.el.shadowRoot!.querySelector('.headline')!;
      expect(headlineLine.contains(m.el.querySelector('a')!.assignedSlot)).to.equal(true);
      const box = rect(m.el.shadowRoot!.querySelector('.photo-bone'));
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      await expect(m.el).to.be.accessible();
      await settled(m);
    });

    it('fills in without moving the photo box', async () => {
      const m = await mount(
        html`<aw-article-card src=${slowSeed()}><a href="https://publisher.example/a">x</a></aw-article-card>`,
        360,
      );
      const before = rect(m.el.shadowRoot!.querySelector('.photo-bone'));
      const headlineBefore = rect(m.el.shadowRoot!.querySelector('.headline'));
      await settled(m);
      const after = rect(part(m.el, 'photo'));
      expect(after.top).to.be.closeTo(before.top, 1);
      expect(after.height).to.be.closeTo(before.height, 1);
      expect(rect(part(m.el, 'headline')).top).to.be.closeTo(headlineBefore.top, 1);
    });

    it('loads the article and fires aw-load', async () => {
      const m = await mount(
        html`<aw-article-card src="/fixtures/seed-article.json"
          ><a href="https://publisher.example/a">Fallback</a></aw-article-card
        >`,
      );
      await settled(m);
      expect(m.loads).to.have.length(1);
      expect(m.loads[0]!.detail.article!.headline).to.equal(seed.headline);
      expect(link(m.el).href).to.equal(seed.url);
      expect(part(m.el, 'card')!.hasAttribute('aria-busy')).to.equal(false);
      expect(fallbackShown(m.el)).to.equal(false);
      await expect(m.el).to.be.accessible();
    });

    const failures: [string, () => string, Partial<LoadError>][] = [
      ['404', () => '/test/no-such-article.json', { kind: 'http', status: 404 }],
      ['invalid JSON', () => apiUrl('x', { body: 'nope' }), { kind: 'not-json' }],
      [
        'an HTML page without an article',
        () => apiUrl('x', { type: 'text/html', body: '<p>hi</p>' }),
        { kind: 'invalid-data' },
      ],
      ['an oversize body', () => apiUrl('x', { size: '2000000' }), { kind: 'too-large' }],
      ['a network error', () => 'http://127.0.0.1:1/article.json', { kind: 'network' }],
      [
        'a javascript: URL in the data',
        () => apiUrl('x', { body: JSON.stringify({ url: 'javascript:alert(1)', headline: 'Bad' }) }),
        { kind: 'invalid-data' },
      ],
    ];
    for (const [name, url, expected] of failures) {
      it(`keeps the fallback and reports ${name}`, async () => {
        const m = await mount(
          html`<aw-article-card src=${url()}><a href="https://publisher.example/a">Fallback</a></aw-article-card>`,
        );
        await settled(m);
        expect(m.loads).to.have.length(0);
        expect(dataErrors(m)).to.have.length(1);
        const { error, source } = dataErrors(m)[0]!.detail;
        expect(source).to.equal('src');
        expect(error).to.be.instanceOf(LoadError);
        expect(error).to.include(expected);
        expect(fallbackShown(m.el)).to.equal(true);
        expect(m.el.shadowRoot!.textContent).not.to.contain('no longer available');
        await expect(m.el).to.be.accessible();
      });
    }

    it('gives up after its timeout', async () => {
      const m = await mount(
        html`<aw-article-card .timeout=${200} src=${apiUrl('x', { delay: '3000', n: String(Math.random()) })}
          ><a href="https://publisher.example/a">Fallback</a></aw-article-card
        >`,
      );
      expect(m.el.timeout).to.equal(200);
      await settled(m);
      expect(dataErrors(m)[0]!.detail.error).to.include({ kind: 'timeout' });
      expect(fallbackShown(m.el)).to.equal(true);
    });

    it('says the article is no longer available on 410 Gone, without the link', async () => {
      const m = await mount(
        html`<aw-article-card src="/api/gone?status=410&body=%7B%7D"
          ><a href="https://publisher.example/a">Fallback</a></aw-article-card
        >`,
      );
      await settled(m);
      expect(dataErrors(m)[0]!.detail.error).to.include({ kind: 'http', status: 410 });
      expect(part(m.el, 'card')!.textContent!.trim()).to.equal('This article is no longer available');
      expect(m.el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(fallbackShown(m.el)).to.equal(false);
      expect(m.el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(m.el).to.be.accessible();
    });

    it('says so in the card language', async () => {
      const m = await mount(html`<aw-article-card lang="de" src="/api/gone?status=410&body=%7B%7D"></aw-article-card>`);
      await settled(m);
      expect(part(m.el, 'card')!.textContent!.trim()).to.equal('Dieser Artikel ist nicht mehr verfügbar');
    });

    it('shows the newer src when an older answer arrives later', async () => {
      const second = article({ headline: 'The second story', url: 'https://publisher.example/second' });
      const slow = apiUrl('a', { delay: '800', fixture: 'seed-article.json', n: String(Math.random()) });
      const fast = apiUrl('b', { body: JSON.stringify(second) });
      const m = await mount(
        html`<aw-article-card src=${slow}><a href="https://publisher.example/a">Fallback</a></aw-article-card>`,
      );
      m.el.src = fast;
      await settled(m);
      expect(link(m.el).textContent!.trim()).to.equal('The second story');
      // The same slow request, made now, answers after the card's first one would have.
      await fetch(slow);
      await m.el.updateComplete;
      expect(link(m.el).textContent!.trim()).to.equal('The second story');
      expect(m.loads).to.have.length(1);
      expect(m.loads[0]!.detail.article!.headline).to.equal('The second story');
      expect(dataErrors(m), 'the aborted request is not an error').to.have.length(0);
    });

    it('lets a property set while loading win over the src', async () => {
      const slow = apiUrl('a', { delay: '500', fixture: 'seed-article.json', n: String(Math.random()) });
      const m = await mount(html`<aw-article-card src=${slow}></aw-article-card>`);
      m.el.article = article({ headline: 'From the property' });
      await m.el.updateComplete;
      await fetch(slow);
      await m.el.updateComplete;
      expect(link(m.el).textContent!.trim()).to.equal('From the property');
      expect(m.loads).to.have.length(1);
    });

    it('loads a new src in place of the old one', async () => {
      const m = await mount(html`<aw-article-card src="/fixtures/seed-article.json"></aw-article-card>`);
      await settled(m);
      m.el.src = apiUrl('b', { body: JSON.stringify(article({ headline: 'Replaced' })) });
      await waitUntil(() => m.loads.length === 2, 'no second aw-load');
      await m.el.updateComplete;
      expect(link(m.el).textContent!.trim()).to.equal('Replaced');
    });
  });

  describe('reports a photo that fails', () => {
    it('with source "image", keeping the card', async () => {
      const m = await mount(
        html`<aw-article-card
          .article=${article({ image: { src: '/test/no-such-photo.png', alt: 'A photo' } })}
        ></aw-article-card>`,
      );
      await waitUntil(() => m.errors.length > 0, 'no aw-error for the photo');
      expect(m.errors).to.have.length(1);
      expect(m.errors[0]!.detail.source).to.equal('image');
      expect(m.errors[0]!.target).to.equal(m.el);
      expect(link(m.el).textContent!.trim()).to.equal(seed.headline);
    });
  });

  describe('content', () => {
    it('builds the byline from the authors in the card language', async () => {
      const m = await mount(html`<aw-article-card .article=${article({ byline: undefined })}></aw-article-card>`);
      expect(part(m.el, 'byline')!.textContent).to.equal('Euronews and AP');
      m.el.lang = 'fr';
      await m.el.updateComplete;
      expect(part(m.el, 'byline')!.textContent).to.equal('Euronews et AP');
    });

    it('shows a badge for video, live and gallery, and none for an article', async () => {
      const m = await mount(html`<aw-article-card .article=${article({ kind: 'live' })}></aw-article-card>`);
      expect(badge(m.el)).to.equal('Live');
      m.el.article = article({ kind: 'gallery' });
      await m.el.updateComplete;
      expect(badge(m.el)).to.equal('Gallery');
      m.el.article = article({ kind: 'article' });
      await m.el.updateComplete;
      expect(badge(m.el)).to.equal(null);
    });

    it('keeps the kicker part as wide as its words, with a badge or without', async () => {
      for (const kind of ['article', 'video'] as const) {
        const m = await mount(html`<aw-article-card .article=${article({ kind })}></aw-article-card>`, 400);
        const kicker = part(m.el, 'kicker')!;
        expect(kicker.textContent, kind).to.equal('Europe');
        const words = document.createRange();
        words.selectNodeContents(kicker);
        // A background given to ::part(kicker) hugs the section's name, not the line.
        expect(kicker.getBoundingClientRect().width, kind).to.be.closeTo(words.getBoundingClientRect().width, 1);
        fixtureCleanup();
      }
    });

    it('leaves out what the article does not have', async () => {
      const m = await mount(
        html`<aw-article-card
          .article=${{ url: 'https://publisher.example/bare', headline: 'Bare' }}
        ></aw-article-card>`,
      );
      for (const name of ['kicker', 'description', 'byline', 'time', 'photo']) {
        expect(part(m.el, name), name).to.equal(null);
      }
      expect(link(m.el).textContent!.trim()).to.equal('Bare');
      expect(part(m.el, 'card')!.innerText.trim(), 'nothing else shows').to.equal('Bare');
      await expect(m.el).to.be.accessible();
    });

    it('clamps the standfirst to three lines', async () => {
      const long = 'A very long standfirst that keeps going. '.repeat(20);
      const m = await mount(html`<aw-article-card .article=${article({ description: long })}></aw-article-card>`, 300);
      const description = part(m.el, 'description')!;
      const lineHeight = parseFloat(getComputedStyle(description).lineHeight);
      expect(description.getBoundingClientRect().height).to.be.at.most(lineHeight * 3 + 1);
      expect(description.textContent, 'the whole text stays for screen readers').to.equal(long.trim());
    });

    it('makes the whole card clickable through its one link', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`, 400);
      const box = rect(part(m.el, 'photo'));
      const hit = m.el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit).to.equal(link(m.el));
      const description = rect(part(m.el, 'description'));
      expect(m.el.shadowRoot!.elementFromPoint(description.left + 5, description.top + 5)).to.equal(link(m.el));
    });
  });

  describe('time', () => {
    it('shows a recent time relatively', async () => {
      const published = new Date(Date.now() - 2 * HOUR - 5 * MINUTE).toISOString();
      const m = await mount(
        html`<aw-article-card
          .article=${article({ datePublished: published, dateModified: undefined })}
        ></aw-article-card>`,
      );
      const time = part(m.el, 'time')!;
      expect(time.localName).to.equal('time');
      expect(time.textContent).to.equal('2 hours ago');
      expect(time.getAttribute('datetime')).to.equal(published);
      expect(time.getAttribute('title')).to.match(/\d{4}/);
      expect(timeTexts(m.el)).to.have.length(1);
    });

    it('shows an older time as a date, and "Updated …" when modified later', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      const [first, second] = times(m.el);
      expect(times(m.el)).to.have.length(2);
      expect(first!.textContent).to.match(/December [12], 2021/);
      expect(first!.getAttribute('datetime')).to.equal('2021-12-02T16:05:00.000Z');
      expect(second!.getAttribute('datetime')).to.equal('2021-12-02T18:40:00.000Z');
      expect(second!.parentElement!.textContent!.trim()).to.match(/^Updated December [12], 2021/);
      expect(second!.textContent, 'the <time> holds only the time').not.to.contain('Updated');
    });

    it('says nothing about an update a minute after publishing', async () => {
      const m = await mount(
        html`<aw-article-card
          .article=${article({ datePublished: '2021-12-02T17:05:00+01:00', dateModified: '2021-12-02T17:06:00+01:00' })}
        ></aw-article-card>`,
      );
      expect(timeTexts(m.el)).to.have.length(1);
      expect(times(m.el)[0]!.parentElement!.textContent).not.to.contain('Updated');
    });
  });

  describe('on a page left open', () => {
    let clock: sinon.SinonFakeTimers | undefined;

    afterEach(() => {
      // Disconnect the cards while the fake clock still owns the timer they started.
      fixtureCleanup();
      clock?.restore();
      clock = undefined;
    });

    it('moves relative times on', async () => {
      expect(clockIsRunning(), 'no timer left by earlier tests').to.equal(false);
      clock = sinon.useFakeTimers({
        now: Date.now(),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
        shouldClearNativeTimers: true,
      });
      const published = new Date(Date.now() - 2 * HOUR).toISOString();
      const m = await mount(
        html`<aw-article-card
          .article=${article({ datePublished: published, dateModified: undefined })}
        ></aw-article-card>`,
      );
      expect(timeTexts(m.el)).to.deep.equal(['2 hours ago']);
      expect(clockIsRunning()).to.equal(true);
      await clock.tickAsync(HOUR);
      await m.el.updateComplete;
      expect(timeTexts(m.el)).to.deep.equal(['3 hours ago']);
      await clock.tickAsync(22 * HOUR);
      await m.el.updateComplete;
      expect(timeTexts(m.el)[0], 'a day later the date is shown').to.match(/\d{4}/);
      expect(clockIsRunning(), 'nothing left to update').to.equal(false);
    });

    it('uses one timer for many cards', async () => {
      clock = sinon.useFakeTimers({
        now: Date.now(),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
        shouldClearNativeTimers: true,
      });
      const cards = Array.from({ length: 25 }, (_, index) =>
        article({
          datePublished: new Date(Date.now() - (index + 1) * 7 * MINUTE).toISOString(),
          dateModified: undefined,
        }),
      );
      const wrapper = await fixture<HTMLElement>(
        html`<div>${cards.map((data) => html`<aw-article-card .article=${data}></aw-article-card>`)}</div>`,
      );
      const elements = [...wrapper.querySelectorAll('aw-article-card')];
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(clockSubscriberCount()).to.equal(25);
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(HOUR);
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(timeTexts(elements[0]!)).to.deep.equal(['1 hour ago']);
      expect(clock.countTimers()).to.equal(1);
    });

    it('starts no timer for dates that never change', async () => {
      clock = sinon.useFakeTimers({
        now: Date.now(),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
        shouldClearNativeTimers: true,
      });
      await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      expect(clockIsRunning()).to.equal(false);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('layouts', () => {
    const layouts = ['stack', 'row', 'compact', 'overlay'] as const;

    for (const layout of layouts) {
      it(`${layout} fits from 240 to 1200 px and passes axe`, async () => {
        for (const width of [240, 480, 1200]) {
          const m = await mount(
            html`<aw-article-card layout=${layout} .article=${article()}></aw-article-card>`,
            width,
          );
          const card = part(m.el, 'card')!;
          expect(card.classList.contains(layout)).to.equal(true);
          expect(card.scrollWidth, `${layout} at ${width}px`).to.be.at.most(card.clientWidth);
          expect(rect(m.el).width).to.be.closeTo(width, 1);
          await expect(m.el).to.be.accessible();
          fixtureCleanup();
        }
      });
    }

    it('stack puts the photo above the text', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`, 600);
      expect(rect(part(m.el, 'photo')).bottom).to.be.at.most(rect(part(m.el, 'kicker')).top);
      expect(rect(part(m.el, 'photo')).width).to.be.closeTo(598, 2);
    });

    it('row puts the photo at the inline start, a third wide', async () => {
      const m = await mount(html`<aw-article-card layout="row" .article=${article()}></aw-article-card>`, 900);
      const photoBox = rect(part(m.el, 'photo'));
      expect(photoBox.right).to.be.at.most(rect(part(m.el, 'headline')).left);
      expect(photoBox.width).to.be.closeTo(898 / 3, 2);
    });

    it('row stacks in a narrow column', async () => {
      const m = await mount(html`<aw-article-card layout="row" .article=${article()}></aw-article-card>`, 300);
      expect(rect(part(m.el, 'photo')).bottom).to.be.at.most(rect(part(m.el, 'headline')).top);
    });

    it('row puts the photo on the right of right-to-left text', async () => {
      const m = await mount(
        html`<aw-article-card layout="row" .article=${article({ lang: 'ar' })}></aw-article-card>`,
        900,
      );
      expect(rect(part(m.el, 'photo')).left).to.be.at.least(rect(part(m.el, 'headline')).right);
    });

    it('compact has a small thumbnail at the inline end and no standfirst', async () => {
      const m = await mount(html`<aw-article-card layout="compact" .article=${article()}></aw-article-card>`, 600);
      expect(part(m.el, 'description')).to.equal(null);
      const thumbnail = rect(part(m.el, 'photo'));
      expect(thumbnail.left).to.be.at.least(rect(part(m.el, 'headline')).right);
      expect(thumbnail.width).to.be.at.most(130);
      expect(thumbnail.height).to.be.closeTo(thumbnail.width, 1);
    });

    it('compact shows the credit after the byline, off the thumbnail, in every language', async function () {
      // Fifteen cards, each loading its language's strings: more than one test's usual time
      // on a busy machine.
      this.timeout(30_000);
      const { supportedLanguages } = await import('../../src/i18n/messages.js');
      for (const lang of supportedLanguages) {
        const m = await mount(
          html`<aw-article-card layout="compact" lang=${lang} .article=${article()}></aw-article-card>`,
          320,
        );
        const credit = part(m.el, 'photo-credit')!;
        expect(credit, `${lang}: credit shown`).to.not.equal(null);
        expect(credit.textContent, lang).to.contain('AP');
        const thumbnail = rect(part(m.el, 'photo'));
        const box = rect(credit);
        const overlaps =
          box.left < thumbnail.right &&
          box.right > thumbnail.left &&
          box.top < thumbnail.bottom &&
          box.bottom > thumbnail.top;
        expect(overlaps, `${lang}: the credit covers the thumbnail`).to.equal(false);
        expect(rect(part(m.el, 'byline')).top, `${lang}: after the byline`).to.be.at.most(box.top);
        expect(photoOf(m.el).figure.contains(credit), `${lang}: no credit on the photo itself`).to.equal(false);
        fixtureCleanup();
      }
    });

    it('overlay puts light text on the photo', async () => {
      const m = await mount(html`<aw-article-card layout="overlay" .article=${article()}></aw-article-card>`, 800);
      const photoBox = rect(part(m.el, 'photo'));
      const headline = rect(part(m.el, 'headline'));
      expect(headline.top).to.be.at.least(photoBox.top);
      expect(headline.bottom).to.be.at.most(photoBox.bottom);
      expect(getComputedStyle(part(m.el, 'headline')!).color).to.equal('rgb(255, 255, 255)');
      // The text covers the photo's lower edge: the credit is at its top corner.
      const credit = part(m.el, 'photo-credit')!;
      expect(credit.textContent).to.equal('Credit: AP');
      expect(rect(credit).top - photoBox.top).to.be.closeTo(8, 2);
      expect(photoBox.right - rect(credit).right).to.be.closeTo(8, 2);
    });

    it('treats an unknown layout as stack', async () => {
      const m = await mount(html`<aw-article-card layout="carousel" .article=${article()}></aw-article-card>`);
      expect(part(m.el, 'card')!.classList.contains('stack')).to.equal(true);
    });

    it('shows a skeleton of each layout while loading', async () => {
      for (const layout of layouts) {
        const src = apiUrl('slow', { delay: '3000', fixture: 'seed-article.json', n: String(Math.random()) });
        const m = await mount(
          html`<aw-article-card layout=${layout} src=${src}
            ><a href="https://publisher.example/a">Fallback</a></aw-article-card
          >`,
          500,
        );
        expect(part(m.el, 'card')!.classList.contains(layout)).to.equal(true);
        await expect(m.el).to.be.accessible();
        fixtureCleanup();
      }
    });
  });

  describe('heading level', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`renders h${level}`, async () => {
        const m = await mount(html`<aw-article-card heading-level=${level} .article=${article()}></aw-article-card>`);
        expect(part(m.el, 'headline')!.localName).to.equal(`h${level}`);
      });
    }

    for (const level of ['1', '7', 'two', '']) {
      it(`falls back to h3 for "${level}"`, async () => {
        const m = await mount(html`<aw-article-card heading-level=${level} .article=${article()}></aw-article-card>`);
        expect(part(m.el, 'headline')!.localName).to.equal('h3');
      });
    }
  });

  describe('target', () => {
    it('opens _blank safely and says so', async () => {
      const m = await mount(html`<aw-article-card target="_blank" .article=${article()}></aw-article-card>`);
      expect(link(m.el).target).to.equal('_blank');
      expect(link(m.el).rel).to.equal('noopener noreferrer');
      expect(link(m.el).textContent!.trim()).to.equal(`${seed.headline} (opens in a new tab)`);
      await expect(m.el).to.be.accessible();
    });

    it('passes _top as given', async () => {
      const m = await mount(html`<aw-article-card target="_top" .article=${article()}></aw-article-card>`);
      expect(link(m.el).target).to.equal('_top');
      expect(link(m.el).hasAttribute('rel')).to.equal(false);
      expect(link(m.el).textContent!.trim()).to.equal(seed.headline);
    });

    it('sets no target by default', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      expect(link(m.el).hasAttribute('target')).to.equal(false);
      expect(link(m.el).hasAttribute('rel')).to.equal(false);
    });
  });

  describe('language and direction', () => {
    const arabic = () =>
      article({
        headline: 'بلينكن يحذر لافروف من أي تحرك روسي ضد أوكرانيا',
        section: 'أوروبا',
        description: 'وزير الخارجية الأمريكي يحذر موسكو.',
        byline: undefined,
        authors: [{ name: 'يورونيوز' }, { name: 'أسوشيتد برس' }],
        lang: 'ar',
      });

    it('reads an Arabic article right to left with Arabic dates on an English page', async () => {
      const m = await mount(html`<aw-article-card .article=${arabic()}></aw-article-card>`, 500);
      const card = part(m.el, 'card')!;
      expect(card.getAttribute('lang')).to.equal('ar');
      expect(card.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(m.el, 'headline')!).direction).to.equal('rtl');
      expect(timeTexts(m.el)[0]).to.match(/[\u0660-\u0669]|ديسمبر/);
      expect(badge(m.el)).to.equal('فيديو');
      expect(part(m.el, 'byline')!.textContent).to.equal('يورونيوز وأسوشيتد برس');
      expect(photoOf(m.el).credit!.textContent).to.equal(messagesFor('ar').credit('AP'));
      const credit = rect(photoOf(m.el).credit);
      expect(credit.left, 'the credit is at the photo’s left corner').to.be.closeTo(
        rect(part(m.el, 'photo')).left + 8,
        2,
      );
      const kicker = rect(part(m.el, 'kicker'));
      expect(kicker.right, 'the kicker starts at the right').to.be.closeTo(rect(part(m.el, 'headline')).right, 1);
      await expect(m.el).to.be.accessible();
    });

    it('uses its own lang before the article’s', async () => {
      const m = await mount(html`<aw-article-card lang="fr" .article=${article()}></aw-article-card>`);
      expect(part(m.el, 'card')!.getAttribute('lang')).to.equal('fr');
      expect(timeTexts(m.el)[0]).to.contain('décembre');
      expect(badge(m.el)).to.equal('Vidéo');
      expect(photoOf(m.el).credit!.textContent).to.equal('Crédit\u00a0: AP');
    });

    it('reflects a lang set as a property, like the built-in one', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      expect(m.el.hasAttribute('lang')).to.equal(false);
      m.el.lang = 'de';
      await m.el.updateComplete;
      expect(m.el.getAttribute('lang')).to.equal('de');
      expect(timeTexts(m.el)[0]).to.contain('Dezember');
      m.el.lang = '';
      await m.el.updateComplete;
      expect(m.el.hasAttribute('lang')).to.equal(false);
    });

    it('takes the closest lang on the page when neither says', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<section lang="de">
          <div><aw-article-card .article=${article({ lang: undefined })}></aw-article-card></div>
        </section>`,
      );
      const el = wrapper.querySelector('aw-article-card')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="card"]')!.getAttribute('lang')).to.equal('de');
      expect(timeTexts(el)[0]).to.contain('Dezember');
    });

    it('falls back to English for a malformed lang', async () => {
      const m = await mount(
        html`<aw-article-card lang="not a tag!" .article=${article({ lang: 'x_Y_z' })}></aw-article-card>`,
      );
      expect(part(m.el, 'card')!.getAttribute('lang')).to.equal('en');
      expect(link(m.el).textContent!.trim()).to.equal(seed.headline);
    });

    it('localizes the loading text', async () => {
      const src = apiUrl('slow', { delay: '1500', fixture: 'seed-article.json', n: String(Math.random()) });
      const m = await mount(html`<aw-article-card lang="ar" src=${src}></aw-article-card>`);
      expect(part(m.el, 'card')!.getAttribute('dir')).to.equal('rtl');
      expect(part(m.el, 'card')!.textContent).to.contain('جارٍ التحميل');
      await expect(m.el).to.be.accessible();
      await settled(m);
    });
  });

  describe('themes', () => {
    it('reflects the theme and changes colours', async () => {
      const light = await mount(html`<aw-article-card theme="light" .article=${article()}></aw-article-card>`);
      const lightColours = getComputedStyle(part(light.el, 'card')!);
      const lightBackground = lightColours.backgroundColor;
      const lightText = lightColours.color;
      const dark = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      dark.el.theme = 'dark';
      await dark.el.updateComplete;
      expect(dark.el.getAttribute('theme')).to.equal('dark');
      const darkColours = getComputedStyle(part(dark.el, 'card')!);
      expect(darkColours.backgroundColor).not.to.equal(lightBackground);
      expect(darkColours.color).not.to.equal(lightText);
      await expect(dark.el).to.be.accessible();
    });

    it('writes no attribute for auto, and removes it when the theme goes back to auto', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      const autoBackground = getComputedStyle(part(m.el, 'card')!).backgroundColor;
      expect(m.el.hasAttribute('theme')).to.equal(false);
      m.el.theme = 'dark';
      await m.el.updateComplete;
      expect(getComputedStyle(part(m.el, 'card')!).backgroundColor).to.equal('rgb(23, 25, 30)');
      m.el.theme = 'auto';
      await m.el.updateComplete;
      expect(m.el.hasAttribute('theme')).to.equal(false);
      expect(getComputedStyle(part(m.el, 'card')!).backgroundColor).to.equal(autoBackground);
    });

    it('follows the colour scheme with theme auto', async () => {
      // Firefox's and WebKitGTK's automation cannot emulate media features.
      const emulated = await emulateMedia({ colorScheme: 'dark' });
      try {
        const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
        const dark = matchMedia('(prefers-color-scheme: dark)').matches;
        if (emulated) expect(dark).to.equal(true);
        const background = getComputedStyle(part(m.el, 'card')!).backgroundColor;
        expect(background).to.equal(dark ? 'rgb(23, 25, 30)' : 'rgb(255, 255, 255)');
        await expect(m.el).to.be.accessible();
      } finally {
        if (emulated) await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('uses the --aw-* tokens', async () => {
      const m = await mount(
        html`<aw-article-card
          style="--aw-color-surface: rgb(1, 2, 3); --aw-color-accent: rgb(4, 5, 6)"
          .article=${article()}
        ></aw-article-card>`,
      );
      expect(getComputedStyle(part(m.el, 'card')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(m.el, 'kicker')!).color).to.equal('rgb(4, 5, 6)');
    });

    it('stops the skeleton shimmer for reduced motion', async () => {
      const src = apiUrl('slow', { delay: '1500', fixture: 'seed-article.json', n: String(Math.random()) });
      const emulated = await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const m = await mount(html`<aw-article-card src=${src}></aw-article-card>`);
        const bone = m.el.shadowRoot!.querySelector('.bone')!;
        if (emulated && matchMedia('(prefers-reduced-motion: reduce)').matches) {
          expect(getComputedStyle(bone).animationName).to.equal('none');
        } else {
          // Where media features cannot be emulated, check the rule instead.
          const rules = m.el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
          const reduced = rules.filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: reduce'),
          );
          const boneRule = reduced
            .flatMap((rule) => [...rule.cssRules])
            .find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.bone');
          expect(boneRule?.style.animationName).to.equal('none');
        }
        await settled(m);
      } finally {
        if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('parts', () => {
    it('exposes every part of the contract', async () => {
      const m = await mount(html`<aw-article-card .article=${article()}></aw-article-card>`);
      for (const name of ['card', 'kicker', 'headline', 'link', 'description', 'byline', 'time', 'photo']) {
        expect(part(m.el, name), name).not.to.equal(null);
      }
    });
  });
});
