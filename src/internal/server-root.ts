import type { LitElement, ReactiveController, ReactiveElement } from 'lit';

/**
 * The render root of an element that the server may have rendered (a declarative shadow root,
 * from `article-widgets/ssr.js` or the CLI). Call it from `createRenderRoot`:
 *
 * - with Lit's hydration support loaded before Lit (`article-widgets/hydrate.js`), the element
 *   takes the server's nodes over in place, as Lit does by itself;
 * - without it (the plain bundles, which leave that cost out), the element renders its own nodes
 *   after the server's and removes the server's in the same task, so that the reader sees one
 *   copy throughout and nothing moves. Until then the server's nodes stay, shown as they are:
 *   that first render waits its turn in `takeOverSoon`, so that a page of server-rendered
 *   elements does not block its main thread for all of them at once.
 */
export function serverRenderRoot(host: ReactiveElement, create: () => HTMLElement | DocumentFragment) {
  const server = host.shadowRoot;
  if (server === null || server.firstChild === null || hydrates(host)) return create();
  const nodes = Array.from(server.childNodes);
  const root = create();
  // Lit renders before the root's first node, which is the server's: after all of them instead.
  (host as LitElement).renderOptions.renderBefore = null;
  const takeOver: ReactiveController = {
    hostUpdated() {
      for (const node of nodes) node.remove();
      host.removeController(takeOver);
    },
  };
  host.addController(takeOver);
  takeOverSoon(host as unknown as Schedulable);
  return root;
}

/**
 * Lit's hydration support, when it ran before Lit's LitElement module, makes every element
 * observe `defer-hydration`: the one sign of it that survives Lit's production build.
 */
export function hydrates(host: ReactiveElement): boolean {
  return (host.constructor as typeof ReactiveElement).observedAttributes.includes('defer-hydration');
}

/** `ReactiveElement.scheduleUpdate`, which is protected. */
interface Schedulable {
  scheduleUpdate(): void | Promise<unknown>;
}

const waiting: (() => void)[] = [];
let flushing = false;
/** How long one task may spend on first renders before it lets the page respond. */
const SLICE_MS = 6;

/**
 * Delays the element's first update to a turn of its own, in tasks of a few milliseconds: the
 * server's nodes are on screen meanwhile, so nothing is missing, and the page answers input
 * between the slices (Total Blocking Time stays low on a page of many elements). The element's
 * own `scheduleUpdate` is shadowed on the instance until that first update.
 */
function takeOverSoon(host: Schedulable): void {
  const own = host.scheduleUpdate;
  host.scheduleUpdate = () =>
    new Promise<void>((resolve) => {
      waiting.push(() => {
        delete (host as Partial<Schedulable>).scheduleUpdate;
        resolve(own.call(host) as undefined);
      });
      if (!flushing) {
        flushing = true;
        setTimeout(flush);
      }
    });
}

function flush(): void {
  const start = performance.now();
  while (waiting.length > 0 && performance.now() - start < SLICE_MS) waiting.shift()!();
  if (waiting.length > 0) setTimeout(flush);
  else flushing = false;
}
