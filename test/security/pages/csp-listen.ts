/**
 * Loaded first by the pages under test/security/pages/: records every Content-Security-Policy
 * and Trusted Types violation, and every uncaught error, from the very start of the page, for
 * the test that opened the page to read.
 */
export interface PageReport {
  violations: string[];
  errors: string[];
}

declare global {
  interface Window {
    __awPage?: PageReport;
  }
}

const page: PageReport = { violations: [], errors: [] };
window.__awPage = page;

document.addEventListener('securitypolicyviolation', (event) => {
  const sample = event.sample ? ` (${event.sample.slice(0, 80)})` : '';
  page.violations.push(`${event.effectiveDirective || event.violatedDirective} ${event.blockedURI}${sample}`);
});
window.addEventListener('error', (event) => {
  page.errors.push(`error: ${event.message}`);
});
window.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  page.errors.push(
    `unhandledrejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`,
  );
});
