// Hydration support comes first, as on a real page: Lit asks for it once, when LitElement's
// module is evaluated, and @open-wc/testing (next) loads Lit.
import '../../src/hydrate.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { clickCenter } from '../helpers/copy-share.js';
import { defineAll } from '../helpers/elements.js';
import { visibleCount } from '../helpers/ssr.js';

/**
 * Server-rendered elements (test/ssr/fixtures, written in Node by make-fixtures.ts) hydrate
 * in place: the page is inserted with setHTMLUnsafe (innerHTML ignores declarative shadow
 * roots), the element modules are imported afterwards, and every node the server made is
 * still the one on the page, now live.
 */

const names = ['related', 'card', 'photo', 'share', 'copy-button'] as const;
type Name = (typeof names)[number];
const tags: Record<Name, string> = {
  related: 'aw-related-stories',
  card: 'aw-article-card',
  photo: 'aw-photo',
  share: 'aw-share-button',
  'copy-button': 'aw-copy-button',
};

const headline = "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov";
const articleUrl =
  'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov';

const stage = document.createElement('div');
const elements = {} as Record<Name, HTMLElement & { updateComplete: Promise<boolean> }>;
/** Every element node of each shadow root as the server made it, before any script ran. */
const serverNodes = {} as Record<Name, Element[]>;
const serverRoots = {} as Record<Name, ShadowRoot | null>;
/** Each element's box before any script ran. */
const serverBoxes = {} as Record<Name, { width: number; height: number }>;
/** Errors logged or thrown on the page from the moment the elements load. */
const problems: string[] = [];

function shadowNodes(name: Name): Element[] {
  return Array.from(elements[name].shadowRoot?.querySelectorAll('*') ?? []);
}

function part(name: Name, selector: string): HTMLElement {
  const found = elements[name].shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${tags[name]} has no ${selector}`);
  return found;
}

before(async () => {
  const pages = await Promise.all(
    names.map(async (name) => (await fetch(new URL(`./fixtures/${name}.html`, import.meta.url))).text()),
  );
  document.body.append(stage);
  stage.setHTMLUnsafe(pages.join('\n'));
  for (const name of names) {
    elements[name] = stage.querySelector(tags[name]) as (typeof elements)[Name];
    serverRoots[name] = elements[name].shadowRoot;
    serverNodes[name] = shadowNodes(name);
    const { width, height } = elements[name].getBoundingClientRect();
    serverBoxes[name] = { width, height };
  }
  // Links in the stories must not navigate away from the test page.
  stage.addEventListener('click', (event) => event.preventDefault());

  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
    consoleError(...args);
  };
  window.addEventListener('error', (event) => problems.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => problems.push(String(event.reason)));
});

describe('server-rendered HTML before any script', () => {
  it('shows every element from its declarative shadow root, undefined yet', () => {
    for (const name of names) {
      expect(customElements.get(tags[name]), tags[name]).to.equal(undefined);
      expect(serverRoots[name], `${tags[name]} shadow root`).to.not.equal(null);
      expect(serverNodes[name].length, `${tags[name]} nodes`).to.be.greaterThan(1);
    }
  });

  it('shows the headline once, as the card link, with the light-DOM link unrendered', () => {
    expect(part('card', 'a[part="link"]').innerText.trim()).to.equal(headline);
    expect(visibleCount(stage, headline)).to.equal(1);
    const fallback = elements.card.querySelector('a')!;
    expect(fallback.getAttribute('href')).to.equal(articleUrl);
    expect(fallback.getClientRects().length).to.equal(0);
  });
});

describe('after the element modules load', () => {
  before(async () => {
    await defineAll();
    await Promise.all(names.map((name) => elements[name].updateComplete));
  });

  it('keeps the shadow roots and every node the server made, in order, adding none', () => {
    for (const name of names) {
      expect(elements[name].shadowRoot, `${tags[name]} shadow root`).to.equal(serverRoots[name]);
      const nodes = shadowNodes(name);
      expect(nodes.length, `${tags[name]} node count`).to.equal(serverNodes[name].length);
      nodes.forEach((node, index) => expect(node, `${tags[name]} node ${index}`).to.equal(serverNodes[name][index]));
    }
  });

  it('keeps the size of every element: nothing moves when the script arrives', () => {
    for (const name of names) {
      const { width, height } = elements[name].getBoundingClientRect();
      expect({ width, height }, tags[name]).to.deep.equal(serverBoxes[name]);
      expect(height, `${tags[name]} height`).to.be.greaterThan(0);
    }
  });

  it('shows the headline once, in the same link node', () => {
    const link = part('card', 'a[part="link"]');
    expect(link).to.equal(serverNodes.card.find((node) => node.matches('a[part="link"]')));
    expect(link.innerText.trim()).to.equal(headline);
    expect(visibleCount(stage, headline)).to.equal(1);
    expect(elements.card.shadowRoot!.querySelectorAll('[part="card"]').length).to.equal(1);
  });

  it('turns the server’s UTC times into the reader’s, in the same <time> nodes', async () => {
    const time = serverNodes.card.find((node) => node.localName === 'time')!;
    expect(time, 'the server rendered a <time>').to.not.equal(undefined);
    await elements.card.updateComplete;
    expect(part('card', 'time')).to.equal(time);
    expect(time.getAttribute('datetime')).to.equal('2021-12-02T16:05:00.000Z');
    expect(time.textContent).to.not.contain('UTC');
    expect(time.textContent).to.contain('2021');
  });

  it('leaves no defer-hydration attribute behind on nested elements', () => {
    const deferred = Array.from(stage.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.shadowRoot?.querySelectorAll('[defer-hydration]') ?? []),
    );
    expect(deferred.map((element) => element.localName)).to.deep.equal([]);
  });

  it('updates the hydrated nodes when a property changes', async () => {
    const card = elements.card as HTMLElement & { layout: string; updateComplete: Promise<boolean> };
    const box = part('card', '[part="card"]');
    card.layout = 'row';
    await card.updateComplete;
    expect(part('card', '[part="card"]')).to.equal(box);
    expect(box.classList.contains('row')).to.equal(true);
    card.layout = 'stack';
    await card.updateComplete;
    expect(box.classList.contains('stack')).to.equal(true);
  });

  it('shows the photo that loaded before its element did', async () => {
    const image = part('photo', 'img') as HTMLImageElement;
    await image.decode();
    await elements.photo.updateComplete;
    expect(image).to.equal(serverNodes.photo.find((node) => node.localName === 'img'));
    // Without .loaded the element's styles keep the image at opacity 0: a blank box.
    expect(part('photo', '.frame').classList.contains('loaded'), 'frame is .loaded').to.equal(true);
  });

  it('reports an impression and a selection from the server-rendered stories', async () => {
    const related = elements.related;
    related.scrollIntoView();
    const impression = (await oneEvent(related, 'aw-impression')) as CustomEvent<{ url: string; index: number }>;
    expect(impression.detail.index).to.equal(0);
    expect(impression.detail.url).to.equal(
      'https://publisher.example/2021/12/03/biden-and-putin-to-talk-next-week-amid-growing-tensions-over-ukraine',
    );
    const link = related.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')[1]!;
    setTimeout(() => link.click());
    const select = (await oneEvent(related, 'aw-select')) as CustomEvent<{ url: string; index: number }>;
    expect(select.detail).to.deep.equal({
      url: 'https://publisher.example/2021/12/02/sweden-says-russian-warplane-violated-its-airspace',
      index: 1,
    });
  });

  describe('buttons', () => {
    // The system clipboard is shared with the other test files' pages, which read it back
    // (test/components/copy-button.test.ts): here the write is stubbed, and what is checked is
    // that the hydrated buttons are wired to copy the right text.
    const copied: string[] = [];
    let restore: () => void;
    before(() => {
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = async (text: string) => {
        copied.push(text);
      };
      restore = () => {
        clipboard.writeText = original;
      };
    });
    after(() => restore());

    it('copies with the server-rendered copy button', async () => {
      const button = part('copy-button', 'button');
      expect(button).to.equal(serverNodes['copy-button'].find((node) => node.localName === 'button'));
      const copy = oneEvent(elements['copy-button'], 'aw-copy');
      await clickCenter(button);
      const event = (await copy) as CustomEvent<{ value: string }>;
      expect(event.detail.value).to.equal('https://publisher.example/articles/123');
      await elements['copy-button'].updateComplete;
      expect(part('copy-button', '[part="label"]').textContent?.trim()).to.equal('Copied');
    });

    it('opens the share panel, copies the link from it and closes it again', async () => {
      const share = elements.share;
      const button = part('share', '#button');
      expect(button).to.equal(serverNodes.share.find((node) => node.id === 'button'));
      // The server rendered the button alone; the panel is rendered when it first opens.
      expect(share.shadowRoot!.querySelector('#panel')).to.equal(null);
      await clickCenter(button);
      await waitUntil(() => share.shadowRoot!.querySelector('#panel')?.matches(':popover-open'), 'the panel opens');
      const panel = part('share', '#panel');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const x = panel.querySelector<HTMLAnchorElement>('a[part~="network-x"]')!;
      expect(new URL(x.href).searchParams.get('url')).to.equal('https://publisher.example/articles/123');
      const embedCode = panel.querySelector<HTMLTextAreaElement>('textarea')!;
      expect(embedCode.value).to.contain('src="https://publisher.example/articles/123.json"');
      await expect(share).to.be.accessible();

      const copyLink = panel.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('[part~="copy-link"]')!;
      await copyLink.updateComplete;
      const copy = oneEvent(share, 'aw-copy');
      await clickCenter(copyLink.shadowRoot!.querySelector('button')!);
      const event = (await copy) as CustomEvent<{ value: string }>;
      expect(event.detail.value).to.equal('https://publisher.example/articles/123');
      expect(copied).to.include('https://publisher.example/articles/123');

      await clickCenter(part('share', '[part="close"]'));
      await waitUntil(() => !panel.matches(':popover-open'), 'the panel closes');
      expect(share.shadowRoot!.activeElement).to.equal(button);
    });
  });

  it('passes axe in the hydrated state', async () => {
    await expect(elements.card).to.be.accessible();
    await expect(elements.related).to.be.accessible();
    await expect(elements.photo).to.be.accessible();
    await expect(elements['copy-button']).to.be.accessible();
  });
});

// Last, after every test above (Mocha runs a suite's own tests before its nested suites).
describe('the page', () => {
  it('logged and threw no error from the moment the elements loaded', () => {
    expect(problems).to.deep.equal([]);
  });
});
