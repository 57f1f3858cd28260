/**
 * The script of ssr.html (server-rendered elements, test/server/hardening.mjs): hydrates them
 * as a publisher's page would, waits until each has taken over its server-rendered shadow
 * root, and leaves `window.__awSsr` for the test.
 */
import '../../../src/hydrate.js';
import type { PageReport } from './csp-listen.js';
import { defineAll } from '../../helpers/elements.js';

await defineAll();

export interface SsrReport extends PageReport {
  /** For each server-rendered element: whether it upgraded and finished its first update. */
  hydrated: Record<string, boolean>;
  /**
   * For each server-rendered element: whether every `<style>` and `<link rel="stylesheet">` the
   * server put in its shadow roots (nested ones included) became a stylesheet, i.e. whether the
   * page's policy let the server's styles apply before the script took over.
   */
  styled: Record<string, boolean>;
}

declare global {
  interface Window {
    __awSsr?: Promise<SsrReport>;
  }
}

/** The shadow roots of an element and of the elements inside them. */
function shadowRoots(element: Element, out: ShadowRoot[] = []): ShadowRoot[] {
  if (element.shadowRoot !== null) {
    out.push(element.shadowRoot);
    for (const child of element.shadowRoot.querySelectorAll('*')) shadowRoots(child, out);
  }
  return out;
}

/** A `<link rel="stylesheet">` once it has loaded or failed (a refused one fails). */
function settled(link: HTMLLinkElement): Promise<void> {
  if (link.sheet !== null) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    setTimeout(resolve, 5000);
  });
}

/** Whether the server's styles in the element's shadow roots all apply. */
async function serverStylesApply(element: Element): Promise<boolean> {
  const sheets = shadowRoots(element).flatMap((root) =>
    Array.from(root.querySelectorAll<HTMLStyleElement | HTMLLinkElement>('style, link[rel="stylesheet"]')),
  );
  await Promise.all(sheets.filter((sheet) => sheet instanceof HTMLLinkElement).map(settled));
  return sheets.length > 0 && sheets.every((sheet) => sheet.sheet !== null && sheet.sheet.cssRules.length > 0);
}

async function run(): Promise<SsrReport> {
  const elements = Array.from(
    document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('section > [lang]'),
  );
  const hydrated: Record<string, boolean> = {};
  const styled: Record<string, boolean> = {};
  for (const element of elements) {
    await customElements.whenDefined(element.localName);
    await element.updateComplete;
    hydrated[element.localName] = element.shadowRoot !== null && element.shadowRoot.childElementCount > 0;
    // Hydration keeps the server's <style> and <link> nodes: what became of them still shows.
    styled[element.localName] = await serverStylesApply(element);
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const page = window.__awPage!;
  return { violations: [...page.violations], errors: [...page.errors], hydrated, styled };
}

window.__awSsr = run();
