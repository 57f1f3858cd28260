import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { allowPageErrors, pageErrors } from '../helpers/no-page-errors.js';
import { stubProperty } from '../helpers/copy-share.js';
import type { AwArticleCard } from '../../src/components/article-card/article-card.js';
import type { AwCopyButton } from '../../src/components/copy-button/copy-button.js';
import type { AwPhoto } from '../../src/components/photo/photo.js';
import type { AwRelatedStories } from '../../src/components/related-stories/related-stories.js';
import type { AwShareButton } from '../../src/components/share-button/share-button.js';
import { LoadError, type Article } from '../../src/data/index.js';
import { defineAll } from '../helpers/elements.js';

await defineAll();

/**
 * Faults: servers and networks that break (test/server/hardening.mjs makes them), images that
 * fail or never come, a clipboard that refuses, a share sheet that throws. Each must end in
 * the documented fallback plus an event, and never in an uncaught error or an unhandled
 * rejection (test/helpers/no-page-errors.ts records those; every test checks the record).
 */

const here = location.origin;
/** The same test server as another origin: no CORS header on /hardening/nocors.json. */
const otherOrigin = `http://127.0.0.1:${location.port}`;

type Detail = { article?: Article; stories?: Article[]; error?: Error; source?: string };
type AwEvent = CustomEvent<Detail>;

interface Watched<T extends HTMLElement> {
  el: T;
  events: AwEvent[];
}

/** Records every aw-* event of an element from before it is connected. */
function watch<T extends HTMLElement>(el: T): Watched<T> {
  const events: AwEvent[] = [];
  for (const type of ['aw-load', 'aw-error', 'aw-copy', 'aw-copy-error', 'aw-share']) {
    el.addEventListener(type, (event) => events.push(event as AwEvent));
  }
  return { el, events };
}

async function mount<T extends HTMLElement>(el: T): Promise<Watched<T>> {
  const watched = watch(el);
  const stage = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 600px"></div>`);
  stage.append(el);
  return watched;
}

function dataEvents(watched: Watched<HTMLElement>): AwEvent[] {
  return watched.events.filter(
    (event) => (event.type === 'aw-load' || event.type === 'aw-error') && event.detail.source !== 'image',
  );
}

async function settled(watched: Watched<HTMLElement>, timeout = 15_000): Promise<AwEvent> {
  await waitUntil(() => dataEvents(watched).length > 0, 'no aw-load or aw-error', { timeout });
  await (watched.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return dataEvents(watched)[0]!;
}

/** Two frames and a round trip to the server: time for a late error to surface. */
async function quiet(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await fetch('/hardening/status?code=204');
}

beforeEach(() => {
  // Errors are recorded and asserted on (expectNoPageErrors) rather than failing the test as
  // uncaught, so that the failure names the fault that caused them.
  allowPageErrors(() => true);
});

async function expectNoPageErrors(): Promise<void> {
  await quiet();
  expect(pageErrors().map((error) => `${error.kind}: ${error.message}`)).to.deep.equal([]);
}

function card(src: string, timeout?: number): AwArticleCard {
  const el = document.createElement('aw-article-card');
  el.src = src;
  if (timeout !== undefined) el.timeout = timeout;
  const link = document.createElement('a');
  link.href = 'https://publisher.example/fallback';
  link.textContent = 'Fallback headline';
  el.append(link);
  return el;
}

function fallbackShown(el: AwArticleCard): boolean {
  const slot = el.shadowRoot!.querySelector('slot');
  const link = el.querySelector('a');
  return slot !== null && link !== null && link.assignedSlot === slot && link.getClientRects().length > 0;
}

interface Fault {
  name: string;
  src: string;
  timeout?: number;
  kind: string | string[];
  status?: number;
}

const redirect = (to: string, status = 302) => `/hardening/redirect?status=${status}&to=${encodeURIComponent(to)}`;

const sourceFaults: Fault[] = [
  {
    name: 'the connection drops half-way through the body',
    src: '/hardening/midbody.json',
    kind: ['network', 'not-json'],
  },
  {
    name: 'the body trickles past the timeout',
    src: '/hardening/trickle.json?interval=400',
    timeout: 1500,
    kind: 'timeout',
  },
  { name: 'a redirect to a javascript: URL', src: redirect('javascript:parent.__pwned()'), kind: 'network' },
  {
    name: 'a redirect to a data: URL',
    src: redirect('data:application/json,{"url":"https://x.example/","headline":"x"}'),
    kind: 'network',
  },
  {
    name: 'a redirect to another origin without CORS',
    src: redirect(`${otherOrigin}/hardening/nocors.json`),
    kind: 'network',
  },
  { name: 'a redirect loop', src: '/hardening/loop', kind: 'network' },
  { name: 'another origin without CORS', src: `${otherOrigin}/hardening/nocors.json`, kind: 'network' },
  { name: 'HTTP 500', src: '/hardening/status?code=500', kind: 'http', status: 500 },
  { name: 'HTTP 404', src: '/hardening/status?code=404', kind: 'http', status: 404 },
  { name: 'HTTP 204 with no body', src: '/hardening/status?code=204&body=', kind: ['not-json', 'http'] },
  {
    // A card reads an HTML page (this one has no article: invalid-data); a related list wants JSON.
    name: 'HTML instead of JSON',
    src: '/hardening/status?code=200&type=text/html&body=%3Ch1%3Ehi%3C/h1%3E',
    kind: ['invalid-data', 'not-json'],
  },
  { name: 'JSON without a content type', src: '/hardening/status?code=200&type=&body=%7B%7D', kind: 'not-json' },
  { name: 'broken JSON', src: '/hardening/status?code=200&body=%7B%22url%22%3A', kind: 'not-json' },
  { name: 'JSON that is no article', src: '/hardening/status?code=200&body=%5B1%2C2%5D', kind: 'invalid-data' },
  { name: 'a response over 1 MB', src: '/api/big.json?size=1500000', kind: 'too-large' },
  { name: 'a refused URL', src: 'javascript:parent.__pwned()', kind: 'invalid-data' },
  { name: 'an unreachable host', src: 'http://127.0.0.1:9/unreachable.json', kind: 'network' },
];

describe('faults: <aw-article-card src>', function () {
  this.timeout(30_000);

  for (const fault of sourceFaults) {
    it(`${fault.name}: the fallback stays, aw-error says why`, async () => {
      const watched = await mount(card(fault.src, fault.timeout));
      const event = await settled(watched);
      expect(event.type).to.equal('aw-error');
      expect(event.detail.source).to.equal('src');
      const error = event.detail.error!;
      expect(error).to.be.instanceOf(LoadError);
      expect([fault.kind].flat()).to.include((error as LoadError).kind, error.message);
      if (fault.status !== undefined) expect((error as LoadError).status).to.equal(fault.status);
      expect(fallbackShown(watched.el)).to.equal(true);
      expect(watched.el.shadowRoot!.querySelector('[part~="link"]')).to.equal(null);
      await expectNoPageErrors();
    });
  }

  it('410 Gone: says the article is no longer available, without the link', async () => {
    const watched = await mount(card('/hardening/status?code=410'));
    const event = await settled(watched);
    expect((event.detail.error as LoadError).status).to.equal(410);
    expect(watched.el.shadowRoot!.textContent).to.contain('no longer available');
    expect(fallbackShown(watched.el)).to.equal(false);
    await expectNoPageErrors();
  });

  it('a redirect to valid JSON loads, and relative URLs in it resolve against where it ended', async () => {
    const watched = await mount(card(redirect('/hardening/article.json', 301)));
    const event = await settled(watched);
    expect(event.type).to.equal('aw-load');
    expect(event.detail.article!.image!.src).to.equal(`${here}/hardening/img/relative.svg`);
    await expectNoPageErrors();
  });

  it('a redirect to another origin that allows CORS loads, with that origin as the base', async () => {
    const watched = await mount(card(redirect(`${otherOrigin}/hardening/article.json`, 307)));
    const event = await settled(watched);
    expect(event.type, String(event.detail.error)).to.equal('aw-load');
    expect(event.detail.article!.image!.src).to.equal(`${otherOrigin}/hardening/img/relative.svg`);
    await expectNoPageErrors();
  });

  it('removed while the body trickles in: the request is dropped quietly', async () => {
    const watched = await mount(card('/hardening/trickle.json?interval=300', 60_000));
    await waitUntil(() => watched.el.shadowRoot!.querySelector('.skeleton') !== null, 'no loading state');
    watched.el.remove();
    await expectNoPageErrors();
    expect(dataEvents(watched)).to.deep.equal([]);
  });

  it('a photo that fails: the card still loads, and reports the image', async () => {
    const el = document.createElement('aw-article-card');
    el.article = {
      url: 'https://publisher.example/a',
      headline: 'With a broken photo',
      image: { src: `${here}/hardening/status?code=404&type=image/png`, alt: 'Broken' },
    };
    const watched = await mount(el);
    await settled(watched);
    await waitUntil(() => watched.events.some((event) => event.detail.source === 'image'), 'no image error', {
      timeout: 10_000,
    });
    expect(watched.el.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.contain('With a broken photo');
    await expectNoPageErrors();
  });
});

describe('faults: <aw-related-stories src>', function () {
  this.timeout(30_000);

  function related(src: string, timeout?: number): AwRelatedStories {
    const el = document.createElement('aw-related-stories');
    el.src = src;
    if (timeout !== undefined) el.timeout = timeout;
    const list = document.createElement('ul');
    list.innerHTML = '<li><a href="https://publisher.example/fallback">Fallback story</a></li>';
    el.append(list);
    return el;
  }

  for (const fault of sourceFaults) {
    it(`${fault.name}: the fallback list stays, aw-error says why`, async () => {
      const watched = await mount(related(fault.src, fault.timeout));
      const event = await settled(watched);
      expect(event.type).to.equal('aw-error');
      expect(event.detail.source).to.equal('src');
      const error = event.detail.error!;
      // A list whose every item is invalid reports each item (an ArticleDataError), not the load.
      if (error instanceof LoadError) expect([fault.kind].flat()).to.include(error.kind, error.message);
      else expect(fault.kind).to.equal('invalid-data');
      expect(watched.el.shadowRoot!.querySelector('slot')).not.to.equal(null);
      expect(watched.el.shadowRoot!.querySelector('[part~="link"]')).to.equal(null);
      await expectNoPageErrors();
    });
  }

  it('a redirect to valid JSON loads, with relative story URLs resolved against where it ended', async () => {
    const watched = await mount(related(redirect(`${otherOrigin}/hardening/stories.json`)));
    const event = await settled(watched);
    expect(event.type).to.equal('aw-load');
    expect(event.detail.stories!.map((story) => story.url)).to.deep.equal([
      `${otherOrigin}/hardening/story-1`,
      `${otherOrigin}/hardening/story-2`,
    ]);
    await expectNoPageErrors();
  });

  it('a thumbnail that fails: the list stays, the image is reported', async () => {
    const el = document.createElement('aw-related-stories');
    el.stories = [
      {
        url: 'https://publisher.example/one',
        headline: 'One',
        image: { src: `${here}/hardening/status?code=404&type=image/png`, alt: '' },
      },
    ];
    const watched = await mount(el);
    await settled(watched);
    // The thumbnail is lazy: bring it into view so that it is requested.
    el.scrollIntoView();
    await waitUntil(() => watched.events.some((event) => event.detail.source === 'image'), 'no image error', {
      timeout: 10_000,
    });
    expect(el.shadowRoot!.querySelectorAll('[part~="link"]').length).to.equal(1);
    await expectNoPageErrors();
  });
});

describe('faults: <aw-photo>', function () {
  this.timeout(30_000);

  function photo(src: string): AwPhoto {
    const el = document.createElement('aw-photo');
    el.src = src;
    el.alt = 'A described photo';
    el.loading = 'eager';
    el.width = 1600;
    el.height = 900;
    return el;
  }

  for (const [name, src] of [
    ['404', '/hardening/status?code=404&type=image/png'],
    ['an image that is not one', '/hardening/status?code=200&type=image/png&body=not%20a%20png'],
    ['a redirect to javascript:', redirect('javascript:parent.__pwned()')],
    ['a host that refuses connections', 'http://127.0.0.1:9/x.png'],
  ] as const) {
    it(`${name}: keeps its box, shows the alt text, fires aw-error`, async () => {
      const watched = await mount(photo(src));
      await waitUntil(() => watched.events.some((event) => event.type === 'aw-error'), 'no aw-error', {
        timeout: 10_000,
      });
      await watched.el.updateComplete;
      const root = watched.el.shadowRoot!;
      expect(root.querySelector('.fallback')!.textContent).to.contain('A described photo');
      const box = root.querySelector('.frame')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      await expectNoPageErrors();
    });
  }

  it('an image that never arrives: the box stays reserved, and removal is quiet', async () => {
    const watched = await mount(photo('/hardening/hang.png'));
    await watched.el.updateComplete;
    const box = watched.el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
    expect(watched.el.shadowRoot!.querySelector('.fallback')).to.equal(null);
    watched.el.remove();
    await expectNoPageErrors();
  });
});

describe('faults: <aw-copy-button> when the clipboard refuses', function () {
  this.timeout(20_000);

  // Stubs, said so: a test cannot make a real browser deny the clipboard on demand.
  const undo: (() => void)[] = [];
  afterEach(() => {
    for (const restore of undo.splice(0).reverse()) restore();
  });

  async function copyFails(setup: () => void): Promise<Watched<AwCopyButton>> {
    setup();
    const el = document.createElement('aw-copy-button');
    el.value = 'Text to copy';
    const watched = await mount(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => watched.events.some((event) => event.type === 'aw-copy-error'), 'no aw-copy-error');
    await el.updateComplete;
    return watched;
  }

  function expectManualFallback(el: AwCopyButton): void {
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[part~="field"]');
    expect(field, 'the text is offered for copying by hand').not.to.equal(null);
    expect(field!.value).to.equal('Text to copy');
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.match(/C/);
  }

  it('writeText rejects: the text is selected for copying by hand, and aw-copy-error fires', async () => {
    const { el, events } = await copyFails(() =>
      undo.push(
        stubProperty(navigator, 'clipboard', {
          writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
        }),
      ),
    );
    expect(events.find((event) => event.type === 'aw-copy-error')!.detail.error).to.be.instanceOf(Error);
    expectManualFallback(el);
    await expectNoPageErrors();
  });

  it('writeText throws synchronously: the same fallback', async () => {
    const { el } = await copyFails(() =>
      undo.push(
        stubProperty(navigator, 'clipboard', {
          writeText: () => {
            throw new TypeError('Illegal invocation');
          },
        }),
      ),
    );
    expectManualFallback(el);
    await expectNoPageErrors();
  });

  it('writeText rejects with something that is not an Error: the same fallback', async () => {
    const { el, events } = await copyFails(() =>
      undo.push(stubProperty(navigator, 'clipboard', { writeText: () => Promise.reject('nope') })),
    );
    expect(events.find((event) => event.type === 'aw-copy-error')!.detail.error).to.be.instanceOf(Error);
    expectManualFallback(el);
    await expectNoPageErrors();
  });

  it('no Clipboard API and the copy command refused: the same fallback', async () => {
    const { el } = await copyFails(() => {
      undo.push(stubProperty(navigator, 'clipboard', undefined));
      undo.push(stubProperty(document, 'execCommand', () => false));
    });
    expectManualFallback(el);
    await expectNoPageErrors();
  });

  it('no Clipboard API and the copy command throws: the same fallback', async () => {
    const { el } = await copyFails(() => {
      undo.push(stubProperty(navigator, 'clipboard', undefined));
      undo.push(
        stubProperty(document, 'execCommand', () => {
          throw new DOMException('Nope', 'SecurityError');
        }),
      );
    });
    expectManualFallback(el);
    await expectNoPageErrors();
  });
});

describe('faults: <aw-share-button> when the share sheet fails', function () {
  this.timeout(20_000);

  // Stubs, said so: no desktop test browser has a share sheet to drive.
  const undo: (() => void)[] = [];
  afterEach(() => {
    for (const restore of undo.splice(0).reverse()) restore();
  });

  async function clickShare(): Promise<Watched<AwShareButton>> {
    const el = document.createElement('aw-share-button');
    el.url = 'https://publisher.example/shared';
    el.headline = 'Shared';
    const watched = await mount(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#button')!.click();
    return watched;
  }

  const panelOpen = (el: AwShareButton) =>
    el.shadowRoot!.querySelector('#button')!.getAttribute('aria-expanded') === 'true' &&
    el.shadowRoot!.querySelectorAll('a[part~="network"]').length > 0;

  it('share rejects (not allowed): the panel opens instead', async () => {
    undo.push(stubProperty(navigator, 'share', () => Promise.reject(new DOMException('No', 'NotAllowedError'))));
    undo.push(stubProperty(navigator, 'canShare', () => true));
    const { el } = await clickShare();
    await waitUntil(() => panelOpen(el), 'the panel did not open');
    await expectNoPageErrors();
  });

  it('share is cancelled by the reader (AbortError): nothing else happens', async () => {
    let settle: () => void = () => {};
    const done = new Promise<void>((resolve) => (settle = resolve));
    undo.push(
      stubProperty(navigator, 'share', () => {
        queueMicrotask(settle);
        return Promise.reject(new DOMException('Cancelled', 'AbortError'));
      }),
    );
    undo.push(stubProperty(navigator, 'canShare', () => true));
    const { el } = await clickShare();
    await done;
    await el.updateComplete;
    expect(panelOpen(el)).to.equal(false);
    await expectNoPageErrors();
  });

  it('share throws synchronously: the panel opens instead, no uncaught error', async () => {
    undo.push(
      stubProperty(navigator, 'share', () => {
        throw new TypeError('share() is not allowed here');
      }),
    );
    undo.push(stubProperty(navigator, 'canShare', () => true));
    const { el } = await clickShare();
    await waitUntil(() => panelOpen(el) || pageErrors().length > 0, 'neither the panel nor an error');
    await expectNoPageErrors();
    expect(panelOpen(el)).to.equal(true);
  });

  it('canShare throws: the panel opens instead, no uncaught error', async () => {
    undo.push(stubProperty(navigator, 'share', () => Promise.resolve()));
    undo.push(
      stubProperty(navigator, 'canShare', () => {
        throw new TypeError('canShare() failed');
      }),
    );
    const { el } = await clickShare();
    await waitUntil(() => panelOpen(el) || pageErrors().length > 0, 'neither the panel nor an error');
    await expectNoPageErrors();
    expect(panelOpen(el)).to.equal(true);
  });

  it('share rejects with something that is not an Error: the panel opens instead', async () => {
    undo.push(stubProperty(navigator, 'share', () => Promise.reject('nope')));
    undo.push(stubProperty(navigator, 'canShare', () => true));
    const { el } = await clickShare();
    await waitUntil(() => panelOpen(el), 'the panel did not open');
    await expectNoPageErrors();
  });
});

describe('the page-error guard (control)', () => {
  it('records an unhandled rejection and an uncaught error', async () => {
    void Promise.reject(new Error('provoked rejection'));
    setTimeout(() => {
      throw new Error('provoked error');
    });
    await waitUntil(() => pageErrors().length >= 2, 'the guard saw nothing');
    expect(
      pageErrors()
        .map((error) => error.kind)
        .sort(),
    ).to.deep.equal(['error', 'unhandledrejection']);
  });
});
