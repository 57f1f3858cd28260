import type { ReactiveElement } from 'lit';

/**
 * The render root of an element that the server may have rendered (a declarative shadow root,
 * from `article-widgets/ssr.js` or the CLI). Call it from `createRenderRoot`:
 *
 * - with Lit's hydration support loaded before Lit (`article-widgets/hydrate.js`), the element
 *   takes the server's nodes over in place, as Lit does by itself;
 * - without it (the plain bundles, which leave that cost out), Lit would render the element's
 *   template after the server's copy, so the server's nodes go first. This runs when the element
 *   connects and its first render follows in the same task, so no frame shows the root empty.
 */
export function serverRenderRoot(host: ReactiveElement, create: () => HTMLElement | DocumentFragment) {
  const server = host.shadowRoot;
  if (server !== null && server.firstChild !== null && !hydrates(host)) server.replaceChildren();
  return create();
}

/**
 * Lit's hydration support, when it ran before Lit's LitElement module, makes every element
 * observe `defer-hydration`: the one sign of it that survives Lit's production build.
 */
function hydrates(host: ReactiveElement): boolean {
  return (host.constructor as typeof ReactiveElement).observedAttributes.includes('defer-hydration');
}
