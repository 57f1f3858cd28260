/**
 * The script of loading-path.html: puts the server-rendered elements (test/ssr/fixtures) on the
 * page, notes what the server showed, then loads the elements one way (`?path=`: the bundle,
 * the IIFE, the autoloader or the per-element modules; `&hydrate` loads the hydration support
 * first) and leaves `window.__awLoadingPath`, a report of what the reader sees once every
 * element has updated, for test/ssr/loading-paths.test.ts.
 */
import { imageBoxes, visibleCount, type Box } from '../../helpers/ssr.js';

export interface LoadingPathReport {
  /** Each element: defined, and updated with a shadow root holding something. */
  rendered: Record<string, boolean>;
  /**
   * How often each text shows on the page (boxes only): before the script, once the elements
   * are defined (before their first render, which may wait its turn), and at the end.
   */
  counts: { server: Record<string, number>; defined: Record<string, number>; client: Record<string, number> };
  /** How many images a reader sees (rendered and not hidden) at the same three moments. */
  visibleImages: { server: number; defined: number; client: number };
  /** Every image box in the shadow roots, in document order, before and after the script. */
  images: { server: Box[]; client: Box[] };
  /** Each element's own box, before and after the script. */
  hosts: { server: Record<string, Box>; client: Record<string, Box> };
  /** Console errors, uncaught errors and rejections from the moment the elements loaded. */
  errors: string[];
}

declare global {
  interface Window {
    __awLoadingPath?: Promise<LoadingPathReport>;
  }
}

const texts = {
  headline: "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov",
  related: 'Sweden says Russian warplane violated its airspace',
  share: 'Share',
  credit: 'Credit: AP',
};
const tags = ['aw-article-card', 'aw-related-stories', 'aw-photo', 'aw-share-button'];
const fixtures = ['card', 'related', 'photo', 'share'];

const params = new URLSearchParams(location.search);
const path = params.get('path') ?? 'bundle';
const hydrate = params.has('hydrate');

function countTexts(stage: Element): Record<string, number> {
  return Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, visibleCount(stage, text)]));
}

/** Images a reader sees: laid out and not hidden, in the shadow roots too. */
function visibleImages(root: ParentNode): number {
  let count = 0;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.localName === 'img' && element.getClientRects().length > 0) {
      if (getComputedStyle(element).visibility === 'visible') count += 1;
    }
    if (element.shadowRoot) count += visibleImages(element.shadowRoot);
  }
  return count;
}

function hostBoxes(stage: Element): Record<string, Box> {
  return Object.fromEntries(
    tags.map((tag) => {
      const { width, height } = stage.querySelector(tag)!.getBoundingClientRect();
      return [tag, { width, height }];
    }),
  );
}

function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

async function loadElements(): Promise<void> {
  const dist = '/dist/';
  const lib = '/lib/';
  if (path === 'elements') {
    if (hydrate) await import(`${lib}hydrate.js`);
    for (const name of ['article-card', 'related-stories', 'photo', 'share-button']) {
      await import(`${lib}components/${name}/${name}.js`);
    }
    return;
  }
  if (hydrate) await import(`${dist}hydrate.js`);
  if (path === 'iife') await classicScript(`${dist}article-widgets.iife.js`);
  else if (path === 'autoloader') await import(`${dist}autoloader.js`);
  else await import(`${dist}article-widgets.js`);
}

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/** Every element below `root`, in shadow roots too, that has an `updateComplete`. */
function litElements(root: ParentNode, out: Updating[] = []): Updating[] {
  for (const element of Array.from(root.querySelectorAll<Updating>('*'))) {
    if (element.updateComplete !== undefined) out.push(element);
    if (element.shadowRoot) litElements(element.shadowRoot, out);
  }
  return out;
}

async function run(): Promise<LoadingPathReport> {
  const stage = document.getElementById('stage')!;
  const pages = await Promise.all(
    fixtures.map(async (name) => (await fetch(`/test/ssr/fixtures/${name}.html`)).text()),
  );
  stage.setHTMLUnsafe(pages.join('\n'));
  stage.addEventListener('click', (event) => event.preventDefault());
  await Promise.all(Array.from(stage.querySelectorAll('img')).map((image) => image.decode().catch(() => undefined)));
  const server = {
    counts: countTexts(stage),
    images: imageBoxes(stage),
    visible: visibleImages(stage),
    hosts: hostBoxes(stage),
  };

  const errors: string[] = [];
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

  await loadElements();
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const defined = { counts: countTexts(stage), images: visibleImages(stage) };
  // Nested elements update after their hosts: wait until no element is left updating.
  for (let pass = 0; pass < 5; pass += 1) await Promise.all(litElements(stage).map((el) => el.updateComplete));
  await Promise.all(
    Array.from(stage.querySelectorAll('*'))
      .flatMap((element) => Array.from(element.shadowRoot?.querySelectorAll('img') ?? []))
      .map((image) => image.decode().catch(() => undefined)),
  );
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  const rendered = Object.fromEntries(
    tags.map((tag) => {
      const element = stage.querySelector(tag)!;
      return [tag, customElements.get(tag) !== undefined && (element.shadowRoot?.childElementCount ?? 0) > 0];
    }),
  );
  return {
    rendered,
    counts: { server: server.counts, defined: defined.counts, client: countTexts(stage) },
    visibleImages: { server: server.visible, defined: defined.images, client: visibleImages(stage) },
    images: { server: server.images, client: imageBoxes(stage) },
    hosts: { server: server.hosts, client: hostBoxes(stage) },
    errors,
  };
}

window.__awLoadingPath = run();
