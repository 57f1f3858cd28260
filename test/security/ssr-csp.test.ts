import { expect } from '@open-wc/testing';
import '../helpers/no-page-errors.js';
import { openPage } from './frame.js';
import type { SsrReport } from './pages/ssr-page.js';

/**
 * Server-rendered elements (article-widgets/ssr.js) on a page with the contract's strict CSP
 * (`style-src 'self'`, no 'unsafe-inline'), hydrated by their scripts. The page is made by the
 * test server (test/server/hardening.mjs) from the SSR fixtures (test/ssr/fixtures, written by
 * test/ssr/make-fixtures.ts), in each of the ways the render functions give the declarative
 * shadow roots their styles.
 */
describe('server-rendered elements under the strict CSP', function () {
  this.timeout(60_000);

  async function open(styles: string, csp = true): Promise<SsrReport> {
    const query = new URLSearchParams({ styles, ...(csp ? {} : { csp: 'off' }) });
    const { report } = await openPage<SsrReport>(`/test/security/pages/ssr.html?${query}`, '__awSsr');
    expect(report.errors, 'errors on the page').to.deep.equal([]);
    expect(Object.keys(report.hydrated)).to.have.members([
      'aw-article-card',
      'aw-photo',
      'aw-related-stories',
      'aw-share-button',
      'aw-copy-button',
    ]);
    expect(Object.values(report.hydrated).every(Boolean), JSON.stringify(report.hydrated)).to.equal(true);
    return report;
  }

  it('inline styles (the default) apply on a page without a policy', async () => {
    const report = await open('inline', false);
    expect(report.violations).to.deep.equal([]);
    expect(Object.values(report.styled).every(Boolean), JSON.stringify(report.styled)).to.equal(true);
  });

  // What docs/developers.md documents: the default needs a nonce, hashes or linked stylesheets under
  // such a policy. The elements still hydrate and then style themselves (constructable
  // stylesheets), but the server's styles are refused, so they show unstyled until then.
  it("inline styles (the default) are refused by style-src 'self', as documented", async () => {
    const report = await open('inline');
    expect(
      report.violations.some((v) => v.startsWith('style-src')),
      report.violations.join('\n'),
    ).to.equal(true);
    expect(Object.values(report.styled).some(Boolean), JSON.stringify(report.styled)).to.equal(false);
  });

  for (const [styles, how] of [
    ['linked', 'stylesheets: linked stylesheet files, under the contract’s policy unchanged'],
    ['nonce', 'nonce: nonced <style>s, with the nonce in style-src'],
    ['hashes', 'inline <style>s, with the hashes from elementStylesheets() in style-src'],
  ] as const) {
    it(`${how}: the server’s styles apply, no violation`, async () => {
      const report = await open(styles);
      expect(report.violations, 'CSP violations').to.deep.equal([]);
      expect(Object.values(report.styled).every(Boolean), JSON.stringify(report.styled)).to.equal(true);
    });
  }
});
