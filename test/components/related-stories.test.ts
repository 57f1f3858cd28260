import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { AwRelatedStories } from '../../src/components/related-stories/related-stories.js';
import type { Article } from '../../src/data/index.js';
import { messagesFor } from '../../src/i18n/index.js';
import { impressionWatchCount, isCountingImpression } from '../../src/internal/impressions.js';

const svgImage = (colour: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="${colour}"/></svg>`,
  )}`;

const urls = [
  'https://publisher.example/2021/12/03/biden-and-putin-to-talk-next-week-amid-growing-tensions-over-ukraine',
  'https://publisher.example/2021/12/02/sweden-says-russian-warplane-violated-its-airspace',
  'https://publisher.example/2024/06/17/gps-jamming-by-russia-nordic-nato-countries',
];
const headlines = [
  'Biden and Putin to talk next week amid growing tensions over Ukraine',
  'Sweden says Russian warplane violated its airspace',
  'GPS jamming by Russia was already a concern. For the Nordic NATO countries, it may only get worse',
];

/** The seed article's related stories, with local images; the third has none. */
const stories: Article[] = [
  {
    url: urls[0]!,
    headline: headlines[0]!,
    datePublished: '2021-12-03T08:30:00+01:00',
    image: { src: svgImage('#2a4a70'), alt: 'Joe Biden and Vladimir Putin', width: 800, height: 450, credit: 'AP' },
  },
  {
    url: urls[1]!,
    headline: headlines[1]!,
    datePublished: '2021-12-02T12:10:00+01:00',
    image: {
      src: svgImage('#6fa3d6'),
      alt: 'A fighter jet over the Baltic Sea',
      width: 800,
      height: 450,
      credit: 'AFP',
    },
  },
  { url: urls[2]!, headline: headlines[2]!, datePublished: '2024-06-17T10:00:00+02:00' },
];

const fallbackList = `<ul>
  <li><a href="${urls[0]}">${headlines[0]}</a></li>
  <li><a href="${urls[1]}">${headlines[1]}</a></li>
  <li><a href="${urls[2]}">${headlines[2]}</a></li>
</ul>`;

function shadow(el: AwRelatedStories): ShadowRoot {
  return el.shadowRoot!;
}
function items(el: AwRelatedStories): HTMLElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLElement>('[part~="item"]'));
}
function links(el: AwRelatedStories): HTMLAnchorElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLAnchorElement>('a[part~="link"]'));
}
function shownHeadlines(el: AwRelatedStories): string[] {
  return links(el).map((link) => link.textContent!.trim());
}

/** Parses markup into a not yet connected element, so listeners can be added before it starts. */
function parse(markup: string): AwRelatedStories {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const el = document.importNode(template.content, true).firstElementChild;
  if (!(el instanceof AwRelatedStories)) throw new Error('markup must start with <aw-related-stories>');
  return el;
}

/** Connects `el` inside a fixture container (optionally of a fixed width) and waits for its first render. */
async function mount(el: AwRelatedStories, style = ''): Promise<AwRelatedStories> {
  const container = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  container.append(el);
  await el.updateComplete;
  return el;
}

function record<K extends 'aw-load' | 'aw-error' | 'aw-impression' | 'aw-select'>(el: Element, type: K) {
  const details: HTMLElementEventMap[K]['detail'][] = [];
  el.addEventListener(type, (event) => details.push((event as HTMLElementEventMap[K]).detail));
  return details;
}

/** Resolves on the next animation frame; used to poll state that changes during rendering. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Polls once per frame (not on a timer, which the impression tests fake) until `predicate` holds. */
async function frameUntil(predicate: () => boolean, message: string): Promise<void> {
  for (let frame = 0; frame < 600; frame += 1) {
    if (predicate()) return;
    await nextFrame();
  }
  throw new Error(`timed out waiting until ${message}`);
}

/** Resolves with the first intersection entry of `element` that satisfies `predicate`. */
function intersection(
  element: Element,
  predicate: (entry: IntersectionObserverEntry) => boolean,
): Promise<IntersectionObserverEntry> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find(predicate);
        if (entry === undefined) return;
        observer.disconnect();
        resolve(entry);
      },
      { threshold: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] },
    );
    observer.observe(element);
  });
}

function isSlotted(node: Element): boolean {
  return node.assignedSlot !== null && node.getBoundingClientRect().height > 0;
}

describe('<aw-related-stories>', () => {
  afterEach(() => {
    fixtureCleanup();
    window.scrollTo(0, 0);
  });

  describe('with the stories property', () => {
    it('shows each story as a headline link with a time and fires aw-load', async () => {
      const el = parse('<aw-related-stories></aw-related-stories>');
      const loaded = oneEvent(el, 'aw-load');
      el.stories = stories;
      await mount(el);
      const { detail } = await loaded;
      expect(detail.stories?.map((story: Article) => story.url)).to.deep.equal(urls);
      expect(shownHeadlines(el)).to.deep.equal(headlines);
      expect(links(el).map((link) => link.href)).to.deep.equal(urls);
      const times = Array.from(shadow(el).querySelectorAll('time[part~="time"]'));
      expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2021-12-03T07:30:00.000Z',
        '2021-12-02T11:10:00.000Z',
        '2024-06-17T08:00:00.000Z',
      ]);
      expect(times[0]!.textContent).to.contain('2021');
      await expect(el).to.be.accessible();
    });

    it('is a section landmark named by its heading, holding a list of one link per story', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      const section = shadow(el).querySelector('section')!;
      const heading = shadow(el).querySelector('[part~="heading"]')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent!.trim()).to.equal('You might also like');
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      const list = shadow(el).querySelector('[part~="list"]')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('role')).to.equal('list');
      expect(Array.from(list.children).map((child) => child.localName)).to.deep.equal(['li', 'li', 'li']);
      // One tab stop per story: the headline link; the thumbnail is hidden and not focusable.
      for (const item of items(el)) {
        const focusable = item.querySelectorAll('a[href], button, input, [tabindex]');
        expect(focusable.length).to.equal(1);
        expect(item.querySelector('[part~="thumbnail"]')!.getAttribute('aria-hidden')).to.equal('true');
      }
      const photos = Array.from(shadow(el).querySelectorAll('[part~="thumbnail"] img'));
      expect(photos).to.have.length(2);
      for (const photo of photos) expect(photo.getAttribute('alt')).to.equal('');
      expect(shadow(el).querySelectorAll('aw-photo'), 'no nested element').to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('exposes the parts heading, list, item, link, time and thumbnail', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      for (const part of ['heading', 'list', 'item', 'link', 'time', 'thumbnail']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).not.to.equal(null);
      }
      expect(shadow(el).querySelectorAll('[part~="thumbnail"]')).to.have.length(3);
    });

    it('shows a relative time for a recent story', async () => {
      const recent = { ...stories[0]!, datePublished: new Date(Date.now() - 2 * 3600_000).toISOString() };
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories: [recent] }));
      expect(shadow(el).querySelector('time')!.textContent).to.equal('2 hours ago');
      await expect(el).to.be.accessible();
    });

    it('renders data as text, and drops a story with an unsafe URL with aw-error', async () => {
      const el = parse('<aw-related-stories></aw-related-stories>');
      const errors = record(el, 'aw-error');
      el.stories = [
        { url: 'javascript:alert(1)', headline: 'Unsafe' },
        { url: urls[0]!, headline: '<img src=x onerror="window.pwned=1">Headline' },
      ];
      await mount(el);
      expect(shownHeadlines(el)).to.deep.equal(['<img src=x onerror="window.pwned=1">Headline']);
      expect(shadow(el).querySelector('a img')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]!.source).to.equal('property');
      await expect(el).to.be.accessible();
    });

    it('keeps the fallback list when no story is valid', async () => {
      const el = parse(`<aw-related-stories>${fallbackList}</aw-related-stories>`);
      const errors = record(el, 'aw-error');
      const loads = record(el, 'aw-load');
      el.stories = [{ url: 'javascript:alert(1)', headline: 'Unsafe' }, { headline: 'No URL' } as Article];
      await mount(el);
      expect(errors.map((error) => error.source)).to.deep.equal(['property', 'property']);
      expect(loads).to.deep.equal([]);
      expect(isSlotted(el.querySelector('ul')!)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('follows a new stories property', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      el.stories = [stories[2]!];
      await el.updateComplete;
      expect(shownHeadlines(el)).to.deep.equal([headlines[2]]);
    });
  });

  describe('with inline JSON', () => {
    const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;

    it('reads an array', async () => {
      const el = parse(`<aw-related-stories>${json(stories)}${fallbackList}</aw-related-stories>`);
      const loaded = oneEvent(el, 'aw-load');
      await mount(el);
      await loaded;
      expect(shownHeadlines(el)).to.deep.equal(headlines);
      // The wrapped list is the fallback: no longer shown once the stories are.
      expect(el.querySelector('ul')!.assignedSlot).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reads { "stories": [...] }', async () => {
      const el = await mount(parse(`<aw-related-stories>${json({ stories })}</aw-related-stories>`));
      expect(shownHeadlines(el)).to.deep.equal(headlines);
      await expect(el).to.be.accessible();
    });

    it('reads a schema.org ItemList in the order of its positions', async () => {
      const itemList = {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        itemListElement: [2, 0, 1].map((index) => ({
          '@type': 'ListItem',
          position: index + 1,
          item: {
            '@type': 'NewsArticle',
            url: urls[index],
            headline: headlines[index],
            datePublished: stories[index]!.datePublished,
          },
        })),
      };
      const el = await mount(
        parse(
          `<aw-related-stories><script type="application/ld+json">${JSON.stringify(itemList)}</script></aw-related-stories>`,
        ),
      );
      expect(shownHeadlines(el)).to.deep.equal(headlines);
      await expect(el).to.be.accessible();
    });

    it('keeps the fallback list and fires aw-error for JSON that does not parse', async () => {
      const el = parse(
        `<aw-related-stories><script type="application/json">{ not json</script>${fallbackList}</aw-related-stories>`,
      );
      const failed = oneEvent(el, 'aw-error');
      await mount(el);
      const { detail } = await failed;
      expect(detail.source).to.equal('inline');
      expect(isSlotted(el.querySelector('ul')!)).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('with src', () => {
    it('loads the stories and fires aw-load', async () => {
      const el = parse('<aw-related-stories src="/fixtures/related-stories.json"></aw-related-stories>');
      const loaded = oneEvent(el, 'aw-load');
      await mount(el);
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail.stories).to.have.length(3);
      expect(shownHeadlines(el)).to.deep.equal(headlines);
      // The story without an image keeps a placeholder box, so the headlines line up.
      const thumbnails = items(el).map((item) => item.querySelector('[part~="thumbnail"]')!);
      expect(thumbnails.map((thumbnail) => thumbnail.querySelector('img') !== null)).to.deep.equal([true, true, false]);
      await expect(el).to.be.accessible();
    });

    it('keeps the fallback list visible and fires aw-error when src fails', async () => {
      const el = parse(`<aw-related-stories src="/api/x?status=500">${fallbackList}</aw-related-stories>`);
      const failed = oneEvent(el, 'aw-error');
      await mount(el);
      // Visible while loading, too.
      expect(isSlotted(el.querySelector('ul')!)).to.equal(true);
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.source).to.equal('src');
      expect(detail.error.name).to.equal('LoadError');
      expect(isSlotted(el.querySelector('ul')!)).to.equal(true);
      expect(shadow(el).querySelector('[part~="list"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('with only the wrapped list', () => {
    it('turns its links into stories', async () => {
      const el = parse(`<aw-related-stories>${fallbackList}</aw-related-stories>`);
      const loaded = oneEvent(el, 'aw-load');
      await mount(el);
      const { detail } = await loaded;
      expect(detail.stories?.map((story: Article) => story.url)).to.deep.equal(urls);
      expect(shownHeadlines(el)).to.deep.equal(headlines);
      expect(el.querySelector('ul')!.assignedSlot).to.equal(null);
      // No story has a photo: a plain list of text, no column of empty boxes.
      expect(shadow(el).querySelector('[part~="thumbnail"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('picks up items the page adds later', async () => {
      const el = await mount(
        parse(`<aw-related-stories><ul><li><a href="${urls[0]}">${headlines[0]}</a></li></ul></aw-related-stories>`),
      );
      expect(shownHeadlines(el)).to.deep.equal([headlines[0]]);
      const item = document.createElement('li');
      item.innerHTML = `<a href="${urls[1]}">${headlines[1]}</a>`;
      el.querySelector('ul')!.append(item);
      await frameUntil(() => shownHeadlines(el).length === 2, 'the added item is shown');
      expect(shownHeadlines(el)).to.deep.equal([headlines[0], headlines[1]]);
    });
  });

  describe('heading', () => {
    it('takes its text from heading and its level from heading-level', async () => {
      const el = await mount(
        Object.assign(
          parse('<aw-related-stories heading="More on this story" heading-level="4"></aw-related-stories>'),
          { stories },
        ),
      );
      const heading = shadow(el).querySelector('[part~="heading"]')!;
      expect(heading.localName).to.equal('h4');
      expect(heading.textContent!.trim()).to.equal('More on this story');
      await expect(el).to.be.accessible();
    });

    it('uses h2 for a level outside 2–6', async () => {
      const el = await mount(
        Object.assign(parse('<aw-related-stories heading-level="9"></aw-related-stories>'), { stories }),
      );
      expect(shadow(el).querySelector('[part~="heading"]')!.localName).to.equal('h2');
    });

    it('hides an empty heading and still names the section', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories heading=""></aw-related-stories>'), { stories }));
      expect(shadow(el).querySelector('[part~="heading"]')).to.equal(null);
      expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('You might also like');
      await expect(el).to.be.accessible();
    });
  });

  describe('limit', () => {
    it('shows at most limit stories', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories limit="2"></aw-related-stories>'), { stories }));
      expect(shownHeadlines(el)).to.deep.equal(headlines.slice(0, 2));
      await expect(el).to.be.accessible();
    });

    for (const value of ['0', '-1', '1.5', 'abc']) {
      it(`means no limit for limit="${value}"`, async () => {
        const el = await mount(
          Object.assign(parse(`<aw-related-stories limit="${value}"></aw-related-stories>`), { stories }),
        );
        expect(shownHeadlines(el)).to.have.length(3);
      });
    }
  });

  describe('hide-present', () => {
    const added: Element[] = [];
    afterEach(() => {
      for (const node of added.splice(0)) node.remove();
    });
    function addToPage(parent: Element, markup: string): void {
      const template = document.createElement('template');
      template.innerHTML = markup;
      const node = template.content.firstElementChild!;
      parent.append(node);
      added.push(node);
    }

    it('leaves out the page itself and stories the page already links to', async () => {
      addToPage(document.head, `<link rel="canonical" href="${urls[0]}">`);
      addToPage(document.body, `<p><a href="${urls[1]}#comments">Comments</a></p>`);
      // The element's own fallback list links to every story; it does not count.
      const el = parse(`<aw-related-stories hide-present>${fallbackList}</aw-related-stories>`);
      el.stories = stories;
      await mount(el);
      expect(shownHeadlines(el)).to.deep.equal([headlines[2]]);
      expect(links(el)[0]!.closest('li')!.dataset.index).to.equal('0');
      await expect(el).to.be.accessible();
    });

    it('uses the location without its hash when there is no canonical link', async () => {
      const here = new URL(location.href);
      here.hash = '';
      const self = { url: `${here.href}#top`, headline: 'This page' };
      const el = await mount(
        Object.assign(parse('<aw-related-stories hide-present></aw-related-stories>'), {
          stories: [self, stories[2]!],
        }),
      );
      expect(shownHeadlines(el)).to.deep.equal([headlines[2]]);
    });

    it('shows every story without hide-present', async () => {
      addToPage(document.head, `<link rel="canonical" href="${urls[0]}">`);
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      expect(shownHeadlines(el)).to.have.length(3);
    });
  });

  describe('aw-select', () => {
    it('fires with the url and index when a story link is clicked', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      const selected = record(el, 'aw-select');
      el.addEventListener('click', (event) => event.preventDefault());
      links(el)[1]!.click();
      expect(selected).to.deep.equal([{ url: urls[1], index: 1 }]);
    });

    it('does not fire for a click on the list outside a story link', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      const selected = record(el, 'aw-select');
      el.addEventListener('click', (event) => event.preventDefault());
      const list = el.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!;
      list.click();
      items(el)[1]!.querySelector<HTMLElement>('time')!.click();
      links(el)[1]!.click();
      expect(selected).to.deep.equal([{ url: urls[1], index: 1 }]);
    });

    it('fires for a middle click, which opens the story in a new tab', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      const selected = record(el, 'aw-select');
      // WebKit follows the link (in a new window) even for a synthetic middle click.
      el.addEventListener('auxclick', (event) => event.preventDefault());
      links(el)[2]!.dispatchEvent(
        new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }),
      );
      links(el)[2]!.dispatchEvent(
        new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }),
      );
      expect(selected).to.deep.equal([{ url: urls[2], index: 2 }]);
    });

    it('treats a click on the thumbnail as a click on the story link', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      const selected = record(el, 'aw-select');
      let target: EventTarget | undefined;
      const prevent = (event: Event) => {
        target = event.composedPath()[0];
        event.preventDefault();
      };
      document.addEventListener('click', prevent, { capture: true });
      try {
        const box = items(el)[0]!.querySelector('[part~="thumbnail"]')!.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
        });
        await frameUntil(() => selected.length > 0, 'aw-select is fired');
      } finally {
        document.removeEventListener('click', prevent, { capture: true });
        await sendMouse({ type: 'move', position: [0, 0] });
      }
      expect(selected).to.deep.equal([{ url: urls[0], index: 0 }]);
      expect(target).to.equal(links(el)[0]);
    });
  });

  describe('aw-impression', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
    });

    it('fires once per story after it has been half visible for a continuous second', async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = parse('<aw-related-stories></aw-related-stories>');
      const impressions = record(el, 'aw-impression');
      el.stories = stories;
      await mount(el);
      await frameUntil(() => items(el).every(isCountingImpression), 'every story counts as visible');
      clock.tick(999);
      expect(impressions).to.deep.equal([]);
      clock.tick(1);
      expect(impressions).to.have.deep.members(urls.map((url, index) => ({ url, index })));
      expect(impressionWatchCount()).to.equal(0);

      // Rendered again (new data, same stories): nothing more, ever.
      el.stories = [...stories];
      await el.updateComplete;
      await intersection(items(el)[0]!, (entry) => entry.intersectionRatio >= 0.5);
      await nextFrame();
      clock.tick(5000);
      expect(impressions).to.have.length(3);
      expect(impressionWatchCount()).to.equal(0);
    });

    it('fires nothing for a story that only scrolled past', async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = parse('<aw-related-stories></aw-related-stories>');
      const impressions = record(el, 'aw-impression');
      el.stories = stories;
      await mount(el, 'margin-block: 300vh');
      const item = items(el)[1]!;
      await frameUntil(() => impressionWatchCount() === 3, 'the stories are watched');
      expect(isCountingImpression(item)).to.equal(false);

      item.scrollIntoView({ block: 'center' });
      await frameUntil(() => isCountingImpression(item), 'the story counts as visible');
      clock.tick(600);
      window.scrollTo(0, 0);
      await frameUntil(() => !isCountingImpression(item), 'the story no longer counts');
      clock.tick(5000);
      expect(impressions).to.deep.equal([]);
      expect(impressionWatchCount()).to.equal(3);

      // Less than half of it on screen does not count either (the first story: none above it
      // comes into view).
      const first = items(el)[0]!;
      const box = first.getBoundingClientRect();
      window.scrollBy(0, box.top - innerHeight + box.height * 0.3);
      await intersection(first, (entry) => entry.intersectionRatio > 0 && entry.intersectionRatio < 0.5);
      await nextFrame();
      expect(isCountingImpression(first)).to.equal(false);
      clock.tick(5000);
      expect(impressions).to.deep.equal([]);
    });

    it('fires with real timers once a story has been in view for a second', async function () {
      this.timeout(8000);
      const el = parse('<aw-related-stories></aw-related-stories>');
      el.stories = [stories[1]!];
      const impression = oneEvent(el, 'aw-impression');
      await mount(el);
      const { detail } = await impression;
      expect(detail).to.deep.equal({ url: urls[1], index: 0 });
    });

    it('stops watching when the element is removed', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }));
      await frameUntil(() => impressionWatchCount() === 3, 'the stories are watched');
      el.remove();
      expect(impressionWatchCount()).to.equal(0);
    });
  });

  describe('layout', () => {
    const tops = (el: AwRelatedStories) => items(el).map((item) => Math.round(item.getBoundingClientRect().top));
    const lefts = (el: AwRelatedStories) => items(el).map((item) => Math.round(item.getBoundingClientRect().left));

    it('puts grid items in one column at 320 px', async () => {
      const el = await mount(
        Object.assign(parse('<aw-related-stories layout="grid"></aw-related-stories>'), { stories }),
        'width: 320px',
      );
      expect(new Set(lefts(el)).size).to.equal(1);
      expect(new Set(tops(el)).size).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('puts grid items side by side at 1200 px, with 16:9 thumbnails', async () => {
      const el = await mount(
        Object.assign(parse('<aw-related-stories layout="grid"></aw-related-stories>'), { stories }),
        'width: 1200px',
      );
      expect(new Set(tops(el)).size).to.equal(1);
      expect(new Set(lefts(el)).size).to.equal(3);
      for (const thumbnail of Array.from(shadow(el).querySelectorAll('[part~="thumbnail"]'))) {
        const { width, height } = thumbnail.getBoundingClientRect();
        expect(width / height).to.be.closeTo(16 / 9, 0.05);
      }
      // Headlines start at the same height whether or not the story has a photo.
      expect(new Set(links(el).map((link) => Math.round(link.getBoundingClientRect().top))).size).to.equal(1);
      await expect(el).to.be.accessible();
    });

    for (const width of [320, 1200]) {
      it(`lines up the headlines of the list at ${width} px, with or without a photo`, async () => {
        const el = await mount(
          Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories }),
          `width: ${width}px`,
        );
        const starts = links(el).map((link) => Math.round(link.getBoundingClientRect().left));
        expect(new Set(starts).size).to.equal(1);
        const thumbnails = Array.from(shadow(el).querySelectorAll('[part~="thumbnail"]')).map((box) =>
          box.getBoundingClientRect(),
        );
        expect(thumbnails.map((box) => Math.round(box.width))).to.satisfy(
          (sizes: number[]) => new Set(sizes).size === 1,
        );
        expect(starts[0]).to.be.greaterThan(thumbnails[0]!.right);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('language and direction', () => {
    it('takes the closest lang, localizes the heading and lays out right to left', async () => {
      const el = Object.assign(parse('<aw-related-stories></aw-related-stories>'), { stories });
      const container = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="width: 600px"></div>`);
      container.append(el);
      await el.updateComplete;
      const section = shadow(el).querySelector('section')!;
      expect(section.getAttribute('lang')).to.equal('ar');
      expect(section.getAttribute('dir')).to.equal('rtl');
      expect(shadow(el).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(
        messagesFor('ar').youMightAlsoLike,
      );
      const thumbnail = items(el)[0]!.querySelector('[part~="thumbnail"]')!.getBoundingClientRect();
      const link = links(el)[0]!.getBoundingClientRect();
      expect(thumbnail.left).to.be.greaterThan(link.right);
      await expect(el).to.be.accessible();
    });

    it('prefers its own lang, and falls back to English for a malformed one', async () => {
      const el = await mount(Object.assign(parse('<aw-related-stories lang="fr"></aw-related-stories>'), { stories }));
      expect(shadow(el).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(
        messagesFor('fr').youMightAlsoLike,
      );
      el.lang = 'not a language!';
      await el.updateComplete;
      expect(shadow(el).querySelector('section')!.getAttribute('lang')).to.equal('en');
      expect(shadow(el).querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('You might also like');
    });
  });

  describe('theme', () => {
    it('reflects theme and switches to dark colours', async () => {
      const el = await mount(
        Object.assign(parse('<aw-related-stories theme="light"></aw-related-stories>'), { stories }),
      );
      const heading = shadow(el).querySelector('[part~="heading"]')!;
      const light = getComputedStyle(heading).color;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(heading).color).not.to.equal(light);
      await expect(el).to.be.accessible();
    });
  });
});
