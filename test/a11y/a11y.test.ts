import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../helpers/no-page-errors.js';
import { stubProperty } from '../helpers/copy-share.js';
import type { Article } from '../../src/data/index.js';
import { defineAll } from '../helpers/elements.js';

await defineAll();

/**
 * The accessibility sweep: axe-core on every element, in every state, in the light and dark
 * themes, left to right and right to left (Arabic). A dark theme sits on a dark page and a
 * light one on a white page, as a publisher would place them.
 */

const photo = (fill: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="${fill}"/></svg>`)}`;

const article: Article = {
  url: 'https://publisher.example/news/1',
  headline: 'Ministers agree on a plan for the coast after a long night of talks',
  description: 'The plan, agreed after twelve hours, sets out how towns will be protected.',
  section: 'Europe',
  authors: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }],
  datePublished: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  dateModified: new Date(Date.now() - 3_600_000).toISOString(),
  kind: 'video',
  image: { src: photo('#4a6a8a'), alt: 'The coast at dusk', width: 1600, height: 900, credit: 'AP' },
};

const stories: Article[] = [
  {
    url: 'https://publisher.example/s/1',
    headline: 'First related story',
    datePublished: new Date().toISOString(),
    image: { src: photo('#7a5a3a'), alt: '' },
  },
  { url: 'https://publisher.example/s/2', headline: 'Second related story, a little longer than the first' },
  { url: 'https://publisher.example/s/3', headline: 'Third related story', image: { src: photo('#3a7a5a'), alt: '' } },
];

type Theme = 'light' | 'dark';
type Direction = 'ltr' | 'rtl';

interface State {
  name: string;
  render: (theme: Theme) => TemplateResult;
  /** Brings the element into its state once it is on the page. */
  reach?: (el: HTMLElement) => Promise<void>;
}

const undo: (() => void)[] = [];
afterEach(() => {
  for (const restore of undo.splice(0).reverse()) restore();
});

function shadow(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

const patience = { timeout: 10_000 };

async function photoSettled(el: HTMLElement, status: 'loaded' | 'failed'): Promise<void> {
  const selector = status === 'loaded' ? '.frame.loaded' : '.fallback';
  await waitUntil(() => shadow(el).querySelector(selector) !== null, `the photo is not ${status}`, patience);
}

async function cardShows(el: HTMLElement, selector: string): Promise<void> {
  await waitUntil(() => shadow(el).querySelector(selector) !== null, `the card shows no ${selector}`, patience);
  const inner = shadow(el).querySelector('aw-photo');
  if (inner) await photoSettled(inner as HTMLElement, 'loaded');
}

const fallbackLink = html`<a href="https://publisher.example/news/1">Ministers agree on a plan for the coast</a>`;

const cardStates: State[] = [
  {
    name: 'loading',
    render: (theme) =>
      html`<aw-article-card theme=${theme} src="/hardening/trickle.json?interval=2000" timeout="120000"
        >${fallbackLink}</aw-article-card
      >`,
    reach: (el) => waitUntil(() => shadow(el).querySelector('.skeleton') !== null, 'no skeleton', patience),
  },
  ...(['stack', 'row', 'compact', 'overlay'] as const).map((layout) => ({
    name: `loaded, ${layout}`,
    render: (theme: Theme) =>
      html`<aw-article-card theme=${theme} layout=${layout} .article=${article}></aw-article-card>`,
    reach: (el: HTMLElement) => cardShows(el, '[part~="link"]'),
  })),
  {
    name: 'error (fallback)',
    render: (theme) =>
      html`<aw-article-card theme=${theme} src="/hardening/status?code=404">${fallbackLink}</aw-article-card>`,
    reach: (el) =>
      waitUntil(
        () => shadow(el).querySelector('slot') !== null && shadow(el).querySelector('.skeleton') === null,
        'no fallback',
        patience,
      ),
  },
  {
    name: 'unavailable (410)',
    render: (theme) =>
      html`<aw-article-card theme=${theme} src="/hardening/status?code=410">${fallbackLink}</aw-article-card>`,
    reach: (el) => cardShows(el, '.unavailable'),
  },
];

const photoStates: State[] = [
  {
    name: 'loaded',
    render: (theme) =>
      html`<aw-photo
        theme=${theme}
        src=${photo('#4a6a8a')}
        alt="The coast at dusk"
        caption="Waves on the sea wall."
        credit="AP"
        width="1600"
        height="900"
        loading="eager"
      ></aw-photo>`,
    reach: (el) => photoSettled(el, 'loaded'),
  },
  {
    name: 'failed',
    render: (theme) =>
      html`<aw-photo
        theme=${theme}
        src="/hardening/status?code=404&type=image/png"
        alt="The coast at dusk"
        caption="Waves on the sea wall."
        credit="AP"
        loading="eager"
      ></aw-photo>`,
    reach: (el) => photoSettled(el, 'failed'),
  },
  {
    name: 'credit overlay',
    render: (theme) =>
      html`<aw-photo
        theme=${theme}
        src=${photo('#8aa0b8')}
        alt="The coast at dusk"
        credit="Reuters"
        credit-position="overlay"
        ratio="4/3"
        loading="eager"
      ></aw-photo>`,
    reach: (el) => photoSettled(el, 'loaded'),
  },
];

function stubClipboard(writeText: () => Promise<void>): void {
  undo.push(stubProperty(navigator, 'clipboard', { writeText }));
}

const copyStates: State[] = [
  {
    name: 'idle',
    render: (theme) => html`<aw-copy-button theme=${theme} value="https://publisher.example/news/1"></aw-copy-button>`,
  },
  {
    name: 'copied',
    render: (theme) =>
      html`<aw-copy-button
        theme=${theme}
        value="https://publisher.example/news/1"
        feedback-duration="600000"
      ></aw-copy-button>`,
    // Stubbed, said so: the point is the copied state, not the clipboard.
    reach: async (el) => {
      stubClipboard(() => Promise.resolve());
      shadow(el).querySelector('button')!.click();
      await waitUntil(() => shadow(el).querySelector('.icon.copied') !== null, 'not copied', patience);
    },
  },
  {
    name: 'failed',
    render: (theme) => html`<aw-copy-button theme=${theme} value="https://publisher.example/news/1"></aw-copy-button>`,
    reach: async (el) => {
      stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
      shadow(el).querySelector('button')!.click();
      await waitUntil(() => shadow(el).querySelector('input') !== null, 'no manual-copy field', patience);
    },
  },
];

async function openShare(el: HTMLElement): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('#button')!.click();
  await waitUntil(
    () => shadow(el).querySelectorAll('a[part~="network"]').length > 0,
    'the panel did not open',
    patience,
  );
  for (const copy of Array.from(shadow(el).querySelectorAll('aw-copy-button'))) {
    await (copy as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

const shareStates: State[] = [
  {
    name: 'closed',
    render: (theme) =>
      html`<aw-share-button
        theme=${theme}
        url="https://publisher.example/news/1"
        headline="A headline"
      ></aw-share-button>`,
  },
  {
    name: 'open',
    render: (theme) =>
      html`<aw-share-button
        theme=${theme}
        native="never"
        url="https://publisher.example/news/1"
        headline="A headline"
      ></aw-share-button>`,
    reach: openShare,
  },
  {
    name: 'open, with the embed code',
    render: (theme) =>
      html`<aw-share-button
        theme=${theme}
        native="never"
        embed
        embed-src="https://publisher.example/news/1.json"
        script-url="https://publisher.example/widgets/article-widgets.js"
        url="https://publisher.example/news/1"
        headline="A headline"
      ></aw-share-button>`,
    reach: openShare,
  },
];

async function relatedShows(el: HTMLElement): Promise<void> {
  await waitUntil(() => shadow(el).querySelectorAll('[part~="link"]').length > 0, 'no stories', patience);
  for (const inner of Array.from(shadow(el).querySelectorAll('aw-photo'))) {
    await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

const relatedStates: State[] = [
  {
    name: 'list',
    render: (theme) => html`<aw-related-stories theme=${theme} .stories=${stories}></aw-related-stories>`,
    reach: relatedShows,
  },
  {
    name: 'grid',
    render: (theme) => html`<aw-related-stories theme=${theme} layout="grid" .stories=${stories}></aw-related-stories>`,
    reach: relatedShows,
  },
  {
    name: 'fallback (src failed)',
    render: (theme) =>
      html`<aw-related-stories theme=${theme} src="/hardening/status?code=404"
        ><ul>
          <li><a href="https://publisher.example/s/1">First related story</a></li>
          <li><a href="https://publisher.example/s/2">Second related story</a></li>
        </ul></aw-related-stories
      >`,
    reach: (el) => waitUntil(() => shadow(el).querySelector('slot') !== null, 'no fallback', patience),
  },
];

const elements: Record<string, State[]> = {
  'aw-article-card': cardStates,
  'aw-photo': photoStates,
  'aw-copy-button': copyStates,
  'aw-share-button': shareStates,
  'aw-related-stories': relatedStates,
};

let checked = 0;
after(() => console.log(`accessibility sweep: ${checked} element × state × theme × direction combinations`));

for (const [tag, states] of Object.entries(elements)) {
  describe(`accessibility of <${tag}>`, function () {
    this.timeout(30_000);
    for (const state of states) {
      for (const theme of ['light', 'dark'] as const) {
        for (const dir of ['ltr', 'rtl'] as const satisfies readonly Direction[]) {
          it(`${state.name}, ${theme}, ${dir}`, async () => {
            const lang = dir === 'rtl' ? 'ar' : 'en';
            const page = await fixture<HTMLElement>(
              html`<div
                lang=${lang}
                dir=${dir}
                style="padding: 16px; width: 720px; background: ${theme === 'dark' ? '#101114' : '#ffffff'}; color: ${theme === 'dark' ? '#eceef2' : '#16181d'}"
              >
                ${state.render(theme)}
              </div>`,
            );
            const el = page.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
            await el.updateComplete;
            await state.reach?.(el);
            await el.updateComplete;
            await expect(el).to.be.accessible();
            checked += 1;
          });
        }
      }
    }
  });
}
