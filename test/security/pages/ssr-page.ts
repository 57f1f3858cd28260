/**
 * The script of ssr.html (server-rendered elements, test/server/hardening.mjs): hydrates them
 * as a publisher's page would, waits until each has taken over its server-rendered shadow
 * root, and leaves `window.__awSsr` for the test.
 */
import '../../../src/hydrate.js';
import '../../../src/components/photo/photo.js';
import '../../../src/components/article-card/article-card.js';
import '../../../src/components/copy-button/copy-button.js';
import '../../../src/components/share-button/share-button.js';
import '../../../src/components/related-stories/related-stories.js';
import type { PageReport } from './csp-listen.js';

export interface SsrReport extends PageReport {
  /** For each server-rendered element: whether it upgraded and finished its first update. */
  hydrated: Record<string, boolean>;
}

declare global {
  interface Window {
    __awSsr?: Promise<SsrReport>;
  }
}

async function run(): Promise<SsrReport> {
  const elements = Array.from(
    document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('section > [lang]'),
  );
  const hydrated: Record<string, boolean> = {};
  for (const element of elements) {
    await customElements.whenDefined(element.localName);
    await element.updateComplete;
    hydrated[element.localName] = element.shadowRoot !== null && element.shadowRoot.childElementCount > 0;
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const page = window.__awPage!;
  return { violations: [...page.violations], errors: [...page.errors], hydrated };
}

window.__awSsr = run();
