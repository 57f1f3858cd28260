/**
 * The autoloader: a small module that finds `aw-*` elements in the document, now and when
 * they are added later, and loads only the code those elements need, once each. Loading it
 * twice, or next to the full bundle, is harmless: defined elements are skipped.
 *
 * ```html
 * <script type="module" src="https://publisher.example/widgets/autoloader.js"></script>
 * ```
 */
import { elements, elementTags, type ElementTag } from './elements.js';

const started = new Set<string>();
let translationsStarted = false;

/**
 * Elements carry English strings only; on a page in another language their translations load
 * alongside the elements' code rather than after it, so English does not show first.
 */
function loadTranslationsFor(element: Element): void {
  if (translationsStarted) return;
  const lang = element.closest('[lang]')?.getAttribute('lang')?.trim() ?? '';
  if (lang === '' || /^en(?:-|$)/i.test(lang)) return;
  translationsStarted = true;
  import('./i18n/translations.js').catch(() => {
    // The elements load it again themselves when they need it.
    translationsStarted = false;
  });
}
const selector = elementTags.join(',');

function load(tagName: ElementTag): void {
  if (started.has(tagName) || customElements.get(tagName) !== undefined) return;
  started.add(tagName);
  elements[tagName].load().catch((error: unknown) => {
    started.delete(tagName);
    console.error(`article-widgets: could not load <${tagName}>`, error);
  });
}

function found(element: Element): void {
  load(element.localName as ElementTag);
  loadTranslationsFor(element);
}

function scan(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(selector))) found(element);
}

function start(): void {
  const marker = Symbol.for('article-widgets.autoloader');
  const global = globalThis as { [marker]?: boolean };
  if (global[marker]) return;
  global[marker] = true;
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (Object.hasOwn(elements, element.localName)) found(element);
        if (element.firstElementChild) scan(element);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') start();
