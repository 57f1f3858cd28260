/**
 * The library's elements, listed once. Everything that needs "every element" reads this list
 * instead of naming them again: the autoloader, the server renderer's stylesheets, the docs and
 * size scripts, the framework typings, the package's entry points and the cross-cutting tests.
 *
 * Adding an element: its folder `src/components/<name>/` (the element, its styles, and
 * `<name>.ssr.ts` if it renders on servers), one line here, its tests. `npm run build` then
 * writes its export lines into `src/components/index.ts` and `src/ssr/index.ts`
 * (scripts/entries.mjs; `npm test` checks them).
 *
 * Loading the list loads no element: each is a dynamic import, so the autoloader can hold it.
 */
export const elements = {
  'aw-article-card': { name: 'article-card', load: () => import('./components/article-card/article-card.js') },
  'aw-photo': { name: 'photo', load: () => import('./components/photo/photo.js') },
  'aw-share-button': { name: 'share-button', load: () => import('./components/share-button/share-button.js') },
  'aw-copy-button': { name: 'copy-button', load: () => import('./components/copy-button/copy-button.js') },
  'aw-related-stories': {
    name: 'related-stories',
    load: () => import('./components/related-stories/related-stories.js'),
  },
} as const;

export type ElementTag = keyof typeof elements;

/** The tags of every element, in the order above. */
export const elementTags = Object.keys(elements) as ElementTag[];
