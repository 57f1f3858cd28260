import { expect } from '@open-wc/testing';
import '../helpers/no-page-errors.js';
import { openPage } from './frame.js';
import type { TwoCopiesReport } from './pages/two-copies.js';

/**
 * DESIGN.md: "importing twice (two copies of the bundle on one page) must not throw", and the
 * autoloader "next to the full bundle" is harmless. Two copies are two module instances of the
 * bundle (`?copy=1`, `?copy=2`): two Lits, two classes per element. Once on a plain page, once
 * under the contract's strict CSP (test/server/hardening.mjs), as a partner page may have it.
 */
for (const [name, page] of [
  ['bundles built by the test server', 'two-copies-memory.html'],
  ['the built dist/ files (npm run build first)', 'two-copies-dist.html'],
] as const) {
  describe(`two copies of the bundle and the autoloader: ${name}`, function () {
    this.timeout(60_000);

    for (const csp of [false, true]) {
      it(`defines each element once, with no error, and every element works${csp ? ', under the strict CSP' : ''}`, async () => {
        const { report } = await openPage<TwoCopiesReport>(
          `/test/security/pages/${page}${csp ? '' : '?csp=off'}`,
          '__awTwoCopies',
        );
        expect(report.errors, 'errors on the page').to.deep.equal([]);
        expect(report.violations, 'CSP violations').to.deep.equal([]);
        for (const [tag, state] of Object.entries(report.elements)) {
          expect(state, tag).to.deep.equal({ defined: true, upgraded: true, rendered: true });
        }
        expect(Object.keys(report.elements)).to.have.length(5);
        expect(report.cardHeadline).to.equal('Two copies, one card');
        expect(report.addedLater, 'an element added after load').to.equal(true);
      });
    }
  });
}
