/**
 * The script of csp.html: every element, in every state, on a page under the strict policy.
 * It drives each element into its state (loaded, failed, open, copied…), waits until every
 * state shows, and leaves `window.__awReport` for the test that opened the page.
 */
import { html, render } from 'lit';
import type { Article } from '../../../src/data/index.js';
import type { PageReport } from './csp-listen.js';
import { defineAll } from '../../helpers/elements.js';

await defineAll();

export interface CspReport extends PageReport {
  /** Each state the page was to reach, and whether it did. */
  states: Record<string, boolean>;
  /** For each state not reached: what the element's shadow root held instead. */
  missed: Record<string, string>;
  trustedTypes: boolean;
}

declare global {
  interface Window {
    __awReport?: Promise<CspReport>;
  }
}

const svg = (fill: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="${fill}"/></svg>`)}`;

const article: Article = {
  url: 'https://publisher.example/news/1',
  headline: 'A card from a property <script>__pwned()</script>',
  description: 'The standfirst, long enough to wrap on a narrow card.',
  section: 'Europe',
  authors: [{ name: 'Ana' }, { name: 'Ben' }],
  datePublished: new Date(Date.now() - 3_600_000).toISOString(),
  dateModified: new Date(Date.now() - 600_000).toISOString(),
  kind: 'live',
  image: { src: svg('#456'), alt: 'A blue box', width: 1600, height: 900, caption: 'Caption', credit: 'AP' },
};

const stories: Article[] = [
  { url: 'https://publisher.example/s/1', headline: 'Story one', image: { src: svg('#654'), alt: '' } },
  { url: 'https://publisher.example/s/2', headline: 'Story two', datePublished: new Date().toISOString() },
];

const container = document.querySelector<HTMLElement>('#dynamic')!;
render(
  html`
    <section>
      <aw-photo
        id="photo-loaded"
        src="/hardening/img/loaded.svg"
        alt="Loaded"
        width="160"
        height="90"
        loading="eager"
      ></aw-photo>
      <aw-photo
        id="photo-failed"
        src="/hardening/status?code=404&type=image/png"
        alt="Failed"
        loading="eager"
      ></aw-photo>
      <aw-photo
        id="photo-overlay"
        src=${svg('#123')}
        alt="Overlay"
        caption="A caption"
        credit="Reuters"
        credit-position="overlay"
        loading="eager"
        placeholder="rebeccapurple"
        ratio="4/3"
        theme="dark"
        lang="ar"
      ></aw-photo>
      <aw-photo id="photo-refused" src="javascript:__pwned()" alt="Refused"></aw-photo>
    </section>
    <section>
      ${(['stack', 'row', 'compact', 'overlay'] as const).map(
        (layout) =>
          html`<aw-article-card
            id="card-${layout}"
            class="card-property"
            layout=${layout}
            .article=${article}
          ></aw-article-card>`,
      )}
      <aw-article-card id="card-dark-rtl" theme="dark" lang="ar" target="_blank" .article=${article}></aw-article-card>
      <aw-article-card id="card-src" src="/hardening/article.json"
        ><a href="https://publisher.example/src">Src (fallback)</a></aw-article-card
      >
      <aw-article-card id="card-error" src="/hardening/status?code=404"
        ><a href="https://publisher.example/missing">Missing (fallback)</a></aw-article-card
      >
      <aw-article-card id="card-gone" src="/hardening/status?code=410"
        ><a href="https://publisher.example/gone">Gone (fallback)</a></aw-article-card
      >
      <aw-article-card id="card-loading" src="/hardening/trickle.json?interval=1000" timeout="120000"
        ><a href="https://publisher.example/slow">Slow (fallback)</a></aw-article-card
      >
    </section>
    <section>
      <aw-copy-button id="copy-idle" value="idle"></aw-copy-button>
      <aw-copy-button id="copy-copied" value="copied" feedback-duration="600000"></aw-copy-button>
      <aw-copy-button id="copy-failed" value="failed"></aw-copy-button>
    </section>
    <section>
      <aw-share-button id="share-closed" url="https://publisher.example/news/1" headline="Closed"></aw-share-button>
      <aw-share-button
        id="share-open"
        url="https://publisher.example/news/1"
        headline="Open & <b>embed</b>"
        native="never"
        embed
        embed-src="/hardening/article.json"
        script-url="/hardening/bundle.js"
      ></aw-share-button>
    </section>
    <section>
      <aw-related-stories id="related-property" .stories=${stories}></aw-related-stories>
      <aw-related-stories id="related-src" src="/hardening/stories.json" theme="dark" lang="fa"></aw-related-stories>
    </section>
  `,
  container,
);

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function shadow(id: string): ShadowRoot {
  return byId(id).shadowRoot!;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Polls a condition once a frame until it holds or `timeout` ms have passed. */
async function reached(condition: () => boolean, timeout = 15_000): Promise<boolean> {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    try {
      if (condition()) return true;
    } catch {
      // Not rendered yet.
    }
    await nextFrame();
  }
  return false;
}

function stubClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

const photoStatus = (id: string, status: 'loaded' | 'failed') => () => {
  const root = shadow(id);
  return status === 'loaded' ? root.querySelector('.frame.loaded') !== null : root.querySelector('.fallback') !== null;
};

const cardLoaded = (id: string) => () => shadow(id).querySelector('[part~="link"]') !== null;

async function run(): Promise<CspReport> {
  const states: Record<string, boolean> = {};
  const missed: Record<string, string> = {};
  const check = async (name: string, condition: () => boolean, id?: string) => {
    states[name] = await reached(condition);
    if (!states[name] && id !== undefined) {
      const root = byId(id).shadowRoot;
      missed[name] = root
        ? Array.from(root.children, (child) => child.outerHTML)
            .join('')
            .slice(0, 600)
        : '(no shadow root)';
    }
  };

  await Promise.all([
    check('photo loaded', photoStatus('photo-loaded', 'loaded'), 'photo-loaded'),
    check('photo failed', photoStatus('photo-failed', 'failed'), 'photo-failed'),
    check('photo overlay loaded', photoStatus('photo-overlay', 'loaded'), 'photo-overlay'),
    check('photo refused', photoStatus('photo-refused', 'failed'), 'photo-refused'),
    ...['stack', 'row', 'compact', 'overlay', 'dark-rtl', 'src', 'inline'].map((name) =>
      check(`card ${name} loaded`, cardLoaded(`card-${name}`), `card-${name}`),
    ),
    check(
      'card error shows the fallback',
      () => {
        const root = shadow('card-error');
        return root.querySelector('slot') !== null && root.querySelector('.skeleton') === null;
      },
      'card-error',
    ),
    check('card unavailable', () => shadow('card-gone').querySelector('.unavailable') !== null, 'card-gone'),
    check('card loading', () => shadow('card-loading').querySelector('.skeleton') !== null, 'card-loading'),
    check(
      'related property loaded',
      () => shadow('related-property').querySelectorAll('li').length === 2,
      'related-property',
    ),
    check('related src loaded', () => shadow('related-src').querySelectorAll('li').length === 2, 'related-src'),
    check(
      'related inline loaded',
      () => shadow('related-inline').querySelectorAll('li').length === 2,
      'related-inline',
    ),
    check(
      'related fallback enhanced',
      () => shadow('related-fallback').querySelectorAll('li').length === 2,
      'related-fallback',
    ),
  ]);

  // Copy buttons: the clipboard is stubbed (a frame that is not focused may not write it), as
  // the point here is what the elements render in each state, not the clipboard itself.
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  stubClipboard(() => Promise.resolve());
  shadow('copy-copied').querySelector('button')!.click();
  await check('copy copied', () => byId('copy-copied').shadowRoot!.textContent!.includes('Copied'));
  stubClipboard(() => Promise.reject(new DOMException('Denied for the test', 'NotAllowedError')));
  shadow('copy-failed').querySelector('button')!.click();
  await check('copy failed', () => shadow('copy-failed').querySelector('input.field') !== null);
  if (original) Object.defineProperty(navigator, 'clipboard', original);
  else delete (navigator as { clipboard?: unknown }).clipboard;

  shadow('share-open').querySelector<HTMLButtonElement>('#button')!.click();
  await check('share open with embed', () => {
    const root = shadow('share-open');
    return (
      root.querySelector('#button')!.getAttribute('aria-expanded') === 'true' &&
      root.querySelectorAll('a[part~="network"]').length > 0 &&
      (root.querySelector<HTMLTextAreaElement>('[part~="embed-code"]')?.value ?? '').includes('<aw-article-card')
    );
  });

  await nextFrame();
  await nextFrame();
  const page = window.__awPage!;
  return {
    violations: [...page.violations],
    errors: [...page.errors],
    states,
    missed,
    trustedTypes: 'trustedTypes' in window,
  };
}

window.__awReport = run();
