import { expect } from '@open-wc/testing';
import '../helpers/no-page-errors.js';
import { openPage } from './frame.js';
import type { CspReport } from './pages/csp-page.js';
import type { ControlReport } from './pages/csp-control.js';

/**
 * The Security contract's last promise: every element works on a page whose policy is
 * `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;
 * require-trusted-types-for 'script'; trusted-types lit-html`, with no violation reported.
 * The page (test/security/pages/csp.html) loads the elements from a module file, holds every
 * element in every state, and reports the violations it saw; a control page breaks the policy
 * on purpose, to show that it is in force and that violations are seen.
 */

/** DESIGN.md's policy, word for word (test/server/hardening.mjs serves the pages with it). */
const contractCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

describe('strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(60_000);

  it('serves the security pages with the contract’s policy', async () => {
    const response = await fetch('/test/security/pages/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(contractCsp);
    // The module the page loads is TypeScript, compiled by the test server for the browser.
    const script = await fetch('/test/security/pages/csp-page.ts');
    expect(script.headers.get('content-type')).to.match(/javascript/);
    expect(await script.text()).not.to.match(/^\s*import type /m);
  });

  it('sees a violation when the page breaks the policy (control)', async () => {
    const { report } = await openPage<ControlReport>('/test/security/pages/csp-control.html', '__awControl');
    expect(report.violations.some((v) => v.startsWith('style-src'))).to.equal(true, report.violations.join('\n'));
    expect(report.violations.some((v) => v.startsWith('img-src'))).to.equal(true, report.violations.join('\n'));
    if (report.trustedTypes) {
      expect(report.innerHtmlThrew).to.equal(true);
      expect(report.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.equal(
        true,
        report.violations.join('\n'),
      );
    }
  });

  it('reaches every state of every element with no violation and no error', async () => {
    const { report } = await openPage<CspReport>('/test/security/pages/csp.html', '__awReport');
    const missed = Object.entries(report.states)
      .filter(([, reached]) => !reached)
      .map(([name]) => name);
    expect(missed, `states the page did not reach: ${JSON.stringify(report.missed, null, 1)}`).to.deep.equal([]);
    expect(Object.keys(report.states)).to.have.length.of.at.least(20);
    expect(report.violations, 'CSP / Trusted Types violations').to.deep.equal([]);
    expect(report.errors, 'uncaught errors in the page').to.deep.equal([]);
  });
});
