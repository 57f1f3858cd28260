import { expect } from '@open-wc/testing';
import { openPage } from '../security/frame.js';
import type { BundleLanguageReport } from './pages/bundle-language.js';

/**
 * The full bundles carry English and load the other languages' strings on demand, from
 * dist/chunks/ next to them: the ES module relative to itself, the classic script relative to
 * its own URL (not the page's). Needs `npm run build` first.
 */
for (const bundle of ['es', 'iife']) {
  describe(`the ${bundle === 'es' ? 'ES module bundle' : 'classic script bundle (IIFE)'}`, function () {
    this.timeout(20_000);
    const page = bundle === 'es' ? 'bundle-language.html' : 'bundle-language-iife.html';

    it('shows an English page in English and loads no other language', async () => {
      const { report } = await openPage<BundleLanguageReport>(
        `/test/e2e/pages/${page}?bundle=${bundle}&lang=en`,
        '__awBundleLanguage',
      );
      expect(report.badge).to.equal('Video');
      expect(report.credit).to.equal('Credit: AP');
      expect(report.scripts.filter((url) => /translations-[\w-]+\.js$/.test(url))).to.deep.equal([]);
    });

    it('shows a French page in French, loading the strings from its own folder', async () => {
      const { report } = await openPage<BundleLanguageReport>(
        `/test/e2e/pages/${page}?bundle=${bundle}&lang=fr`,
        '__awBundleLanguage',
      );
      expect(report.badge).to.equal('Vidéo');
      expect(report.credit).to.equal('Crédit\u00a0: AP');
      const translations = report.scripts.filter((url) => /translations-[\w-]+\.js$/.test(url));
      expect(translations).to.have.length(1);
      expect(new URL(translations[0]!).pathname).to.match(/^\/dist\/chunks\/translations-[\w-]+\.js$/);
    });

    it('reads data in our own shape without loading the JSON-LD reader', async () => {
      const { report } = await openPage<BundleLanguageReport>(
        `/test/e2e/pages/${page}?bundle=${bundle}&lang=en`,
        '__awBundleLanguage',
      );
      expect(report.headline).to.equal('Un titre');
      expect(report.scripts.filter((url) => /\/(json-ld|html-page)-[\w-]+\.js$/.test(url))).to.deep.equal([]);
    });

    it('reads schema.org JSON-LD with the reader it loads from its own folder', async () => {
      const { report } = await openPage<BundleLanguageReport>(
        `/test/e2e/pages/${page}?bundle=${bundle}&lang=en&data=jsonld`,
        '__awBundleLanguage',
      );
      expect(report.headline).to.equal('Un titre');
      expect(report.badge).to.equal('Video');
      expect(report.credit).to.equal('Credit: AP');
      const readers = report.scripts.filter((url) => /\/json-ld-[\w-]+\.js$/.test(url));
      expect(readers).to.have.length(1);
      expect(new URL(readers[0]!).pathname).to.match(/^\/dist\/chunks\/json-ld-[\w-]+\.js$/);
    });

    it("keeps the share button closed, with aw-error, when the page's policy keeps the panel's file out", async () => {
      // Without the panel's file the button has no popover to open: no empty panel, a closed
      // button, and an error the publisher's page can log.
      const { report } = await openPage<BundleLanguageReport>(
        `/test/e2e/pages/${page}?bundle=${bundle}&lang=en&share=blocked&chunks=blocked`,
        '__awBundleLanguage',
      );
      expect(report.headline, 'the bundle itself loaded').to.equal('Un titre');
      expect(report.shareBlocked).to.deep.equal({ source: 'panel', expanded: 'false', panel: false });
    });

    it("loads the share panel's code from its own folder when a panel first opens, and the panel works", async () => {
      const { report } = await openPage<BundleLanguageReport>(
        `/test/e2e/pages/${page}?bundle=${bundle}&lang=en&share=open`,
        '__awBundleLanguage',
      );
      const panelFiles = (scripts: string[]) => scripts.filter((url) => /\/share-panel-[\w-]+\.js$/.test(url));
      const share = report.share!;
      expect(panelFiles(share.scriptsBefore), 'before the panel opens').to.deep.equal([]);
      const loaded = panelFiles(share.scriptsAfter);
      expect(loaded).to.have.length(1);
      expect(new URL(loaded[0]!).pathname).to.match(/^\/dist\/chunks\/share-panel-[\w-]+\.js$/);
      // The bundle's own copy button and Lit render the panel: seven networks, "Copy link".
      expect(share.networks).to.equal(7);
      expect(share.copyLinkRendered, 'the copy-link button rendered').to.equal(true);
      // The embed code, written with the bundle's own URL checks, loads the ES module bundle
      // beside the one it came from (the classic script cannot be loaded as a module).
      expect(share.embedCode).to.include('src="https://publisher.example/articles/1.json"');
      expect(share.embedCode).to.match(
        /<script type="module" src="http:\/\/[^"]+\/dist\/article-widgets\.js"><\/script>/,
      );
    });

    it('loads the code of enrich from its own folder when a list first enriches its links, and reads the page', async () => {
      const { report } = await openPage<BundleLanguageReport>(
        `/test/e2e/pages/${page}?bundle=${bundle}&lang=en&enrich=1`,
        '__awBundleLanguage',
      );
      const enrichFiles = (scripts: string[]) => scripts.filter((url) => /\/enrich-[\w-]+\.js$/.test(url));
      const enrich = report.enrich!;
      // The page's list without `enrich` has rendered: none of that code yet.
      expect(enrichFiles(enrich.scriptsBefore), 'before a list enriches').to.deep.equal([]);
      const loaded = enrichFiles(enrich.scriptsAfter);
      expect(loaded).to.have.length(1);
      expect(new URL(loaded[0]!).pathname).to.match(/^\/dist\/chunks\/enrich-[\w-]+\.js$/);
      expect(enrich.headlines).to.deep.equal(['Read from its page']);
    });
  });
}
