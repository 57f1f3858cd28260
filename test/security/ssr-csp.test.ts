import { expect } from '@open-wc/testing';
import '../helpers/no-page-errors.js';
import { openPage } from './frame.js';
import type { SsrReport } from './pages/ssr-page.js';

/**
 * Server-rendered elements (article-widgets/ssr.js) on a page with the contract's strict CSP,
 * hydrated by their scripts: no violation, no error. The page is made by the test server from
 * the SSR fixtures (test/ssr/fixtures, written by test/ssr/make-fixtures.ts).
 */
describe('server-rendered elements under the strict CSP', function () {
  this.timeout(60_000);

  for (const csp of [false, true]) {
    it(`hydrate with no error${csp ? ' and no violation, under the strict CSP' : ''}`, async () => {
      const { report } = await openPage<SsrReport>(`/test/security/pages/ssr.html${csp ? '' : '?csp=off'}`, '__awSsr');
      expect(report.errors, 'errors on the page').to.deep.equal([]);
      expect(Object.values(report.hydrated)).to.have.length(5);
      expect(Object.values(report.hydrated).every(Boolean), JSON.stringify(report.hydrated)).to.equal(true);
      expect(report.violations, 'CSP violations').to.deep.equal([]);
    });
  }
});
