/**
 * The script of bundle-language.html and bundle-language-iife.html: sets the page's language
 * (`?lang=`), loads the ES bundle (`?bundle=es`) or finds the IIFE its page loaded (`iife`), both
 * from dist/ in a folder other than the page's, as a publisher's CDN would serve them, and leaves
 * `window.__awBundleLanguage`, what the card shows and which scripts were fetched.
 */
export interface BundleLanguageReport {
  badge: string;
  credit: string;
  scripts: string[];
}

declare global {
  interface Window {
    __awBundleLanguage?: Promise<BundleLanguageReport>;
  }
}

const params = new URLSearchParams(location.search);
document.documentElement.lang = params.get('lang') ?? 'en';

/** The IIFE comes from the page's own script tag, after this module (bundle-language-iife.html); the ES bundle from here. */
function load(): Promise<unknown> {
  if (params.get('bundle') === 'iife') return customElements.whenDefined('aw-article-card');
  const bundle = '/dist/article-widgets.js';
  return import(bundle);
}

async function run(): Promise<BundleLanguageReport> {
  await load();
  const card = document.querySelector('aw-article-card') as HTMLElement & { updateComplete: Promise<boolean> };
  await customElements.whenDefined('aw-article-card');
  await card.updateComplete;
  const root = card.shadowRoot!;
  return {
    badge: root.querySelector('.badge')?.textContent ?? '',
    credit: root.querySelector('[part~="photo-credit"]')?.textContent ?? '',
    scripts: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/dist/')),
  };
}

window.__awBundleLanguage = run();
