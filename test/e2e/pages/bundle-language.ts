/**
 * The script of bundle-language.html and bundle-language-iife.html: sets the page's language
 * (`?lang=`), gives the card schema.org JSON-LD instead of its inline JSON in our shape
 * (`?data=jsonld`, as its `article` property), loads the ES bundle (`?bundle=es`) or finds the IIFE its page loaded (`iife`), both
 * from dist/ in a folder other than the page's, as a publisher's CDN would serve them, and leaves
 * `window.__awBundleLanguage`, what the card shows and which scripts were fetched. With
 * `?share=open` it then opens the share button's panel and reports it too; with `?share=blocked`
 * (on a page whose policy keeps dist/chunks/ out, `?chunks=blocked`) it clicks the button and
 * reports what the button says when its panel cannot load.
 */
export interface BundleLanguageReport {
  headline: string;
  badge: string;
  credit: string;
  scripts: string[];
  /** With `?share=open`: the scripts fetched before the panel opened, and what the open panel shows. */
  share?: {
    scriptsBefore: string[];
    scriptsAfter: string[];
    networks: number;
    copyLinkRendered: boolean;
    embedCode: string;
  };
  /** With `?share=blocked`: the `aw-error` the button fired, and what it shows afterwards. */
  shareBlocked?: { source: string; expanded: string | null; panel: boolean };
  /** With `?enrich=1`: a list added with `enrich`, the scripts fetched before it, and its stories' headlines once read. */
  enrich?: { scriptsBefore: string[]; scriptsAfter: string[]; headlines: string[] };
}

declare global {
  interface Window {
    __awBundleLanguage?: Promise<BundleLanguageReport>;
  }
}

const params = new URLSearchParams(location.search);
document.documentElement.lang = params.get('lang') ?? 'en';
if (params.get('data') === 'jsonld') {
  const card = document.querySelector('aw-article-card') as HTMLElement & { article?: unknown };
  card.querySelector('script')!.remove();
  card.article = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    url: 'https://publisher.example/articles/1',
    name: 'Un titre',
    uploadDate: '2021-12-02T17:05:00+01:00',
    image: { '@type': 'ImageObject', url: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', creditText: 'AP' },
  };
}

/** The IIFE comes from the page's own script tag, after this module (bundle-language-iife.html); the ES bundle from here. */
function load(): Promise<unknown> {
  if (params.get('bundle') === 'iife') return customElements.whenDefined('aw-article-card');
  const bundle = '/dist/article-widgets.js';
  return import(bundle);
}

function distScripts(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/dist/'));
}

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The page's share button, once defined and rendered. */
async function shareButton(): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const share = document.querySelector('aw-share-button') as HTMLElement & { updateComplete: Promise<boolean> };
  await customElements.whenDefined('aw-share-button');
  await share.updateComplete;
  return share;
}

/** Opens the share panel as a reader would, and waits for its links and its copy button. */
async function openSharePanel(): Promise<NonNullable<BundleLanguageReport['share']>> {
  const share = await shareButton();
  const scriptsBefore = distScripts();
  const root = share.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  const copyLink = () =>
    root.querySelector('[part~="copy-link"]') as (HTMLElement & { shadowRoot: ShadowRoot | null }) | null;
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && !copyLink()?.shadowRoot?.querySelector('button')) await frame();
  return {
    scriptsBefore,
    networks: root.querySelectorAll('[part~="network"]').length,
    copyLinkRendered: Boolean(copyLink()?.shadowRoot?.querySelector('button')),
    embedCode: root.querySelector('textarea')?.value ?? '',
    scriptsAfter: distScripts(),
  };
}

/** Clicks the share button of a page that cannot load its panel, and waits for what it says. */
async function clickBlockedShare(): Promise<NonNullable<BundleLanguageReport['shareBlocked']>> {
  const share = await shareButton();
  const failed = new Promise<CustomEvent<{ source: string }>>((resolve) =>
    share.addEventListener('aw-error', (event) => resolve(event as CustomEvent<{ source: string }>), { once: true }),
  );
  const button = share.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
  button.click();
  const { detail } = await failed;
  await share.updateComplete;
  return {
    source: detail.source,
    expanded: button.getAttribute('aria-expanded'),
    panel: share.shadowRoot!.querySelector('[part~="panel"]') !== null,
  };
}

/** Adds a list that enriches its link to a page put on the test server's echo route, and waits for the page's title. */
async function enrichList(): Promise<NonNullable<BundleLanguageReport['enrich']>> {
  const plain = document.querySelector('aw-related-stories') as HTMLElement & { updateComplete: Promise<boolean> };
  await customElements.whenDefined('aw-related-stories');
  await plain.updateComplete;
  const scriptsBefore = distScripts();
  const body = `<!doctype html><html><head><title>Read from its page</title>
<meta property="og:title" content="Read from its page"></head><body></body></html>`;
  await fetch('/echo/bundle-enrich', { method: 'PUT', headers: { 'content-type': 'text/html' }, body });
  const list = document.createElement('aw-related-stories');
  list.setAttribute('enrich', '');
  const link = document.createElement('a');
  link.href = '/echo/bundle-enrich';
  link.textContent = 'A link';
  const item = document.createElement('li');
  item.append(link);
  list.append(document.createElement('ul'));
  list.firstElementChild!.append(item);
  document.body.append(list);
  const headlines = () =>
    Array.from(list.shadowRoot?.querySelectorAll('[part~="link"]') ?? [], (link) => link.textContent!.trim());
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && headlines()[0] !== 'Read from its page') await frame();
  return { scriptsBefore, scriptsAfter: distScripts(), headlines: headlines() };
}

async function run(): Promise<BundleLanguageReport> {
  await load();
  const card = document.querySelector('aw-article-card') as HTMLElement & { updateComplete: Promise<boolean> };
  await customElements.whenDefined('aw-article-card');
  await card.updateComplete;
  const root = card.shadowRoot!;
  return {
    headline: root.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '',
    badge: root.querySelector('.badge')?.textContent ?? '',
    credit: root.querySelector('[part~="photo-credit"]')?.textContent ?? '',
    scripts: distScripts(),
    ...(params.get('share') === 'open' ? { share: await openSharePanel() } : {}),
    ...(params.get('share') === 'blocked' ? { shareBlocked: await clickBlockedShare() } : {}),
    ...(params.get('enrich') === '1' ? { enrich: await enrichList() } : {}),
  };
}

window.__awBundleLanguage = run();
