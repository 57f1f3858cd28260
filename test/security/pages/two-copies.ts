/**
 * The script of two-copies-*.html, run after two copies of the bundle and the autoloader:
 * checks that each element is defined once and works, also one added afterwards (which the
 * autoloader sees), and leaves `window.__awTwoCopies` for the test.
 */
export interface TwoCopiesReport {
  violations: string[];
  errors: string[];
  /** For each tag: defined, and every instance on the page is of the registered class and rendered. */
  elements: Record<string, { defined: boolean; upgraded: boolean; rendered: boolean }>;
  /** Text the card shows once its data is read. */
  cardHeadline: string;
  /** Whether an element added after load upgraded and rendered. */
  addedLater: boolean;
}

declare global {
  interface Window {
    __awTwoCopies?: Promise<TwoCopiesReport>;
  }
}

const tags = ['aw-article-card', 'aw-photo', 'aw-copy-button', 'aw-share-button', 'aw-related-stories'];

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function until(condition: () => boolean, timeout = 10_000): Promise<boolean> {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    if (condition()) return true;
    await frame();
  }
  return condition();
}

async function run(): Promise<TwoCopiesReport> {
  await Promise.all(tags.map((tag) => Promise.race([customElements.whenDefined(tag), until(() => false, 10_000)])));
  const card = document.getElementById('card')!;
  await until(() => card.shadowRoot?.querySelector('[part~="link"]') != null);
  const later = document.createElement('aw-photo');
  later.setAttribute('src', '/hardening/img/c.svg');
  later.setAttribute('alt', 'Added later');
  document.body.append(later);
  const addedLater = await until(() => later.shadowRoot?.querySelector('figure') != null);
  const elements: TwoCopiesReport['elements'] = {};
  for (const tag of tags) {
    const registered = customElements.get(tag);
    const instances = Array.from(document.querySelectorAll(tag));
    elements[tag] = {
      defined: registered !== undefined,
      upgraded:
        instances.length > 0 && instances.every((element) => registered !== undefined && element instanceof registered),
      rendered: instances.every((element) => element.shadowRoot !== null && element.shadowRoot.childElementCount > 0),
    };
  }
  await frame();
  const page = window.__awPage!;
  return {
    violations: [...page.violations],
    errors: [...page.errors],
    elements,
    cardHeadline: card.shadowRoot?.querySelector('[part~="link"]')?.textContent?.trim() ?? '',
    addedLater,
  };
}

window.__awTwoCopies = run();
