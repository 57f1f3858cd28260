/**
 * `article-widgets/svelte`: the elements in Svelte 5 templates (Svelte sets properties on custom
 * elements, and `onaw-load={…}` listens to `aw-load`). Load it once in a project:
 *
 * ```ts
 * // src/app.d.ts, or any module of the app
 * import type {} from 'article-widgets/svelte';
 * ```
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { AwElements, AwJsxProps, AwTagName } from './element-props.js';

export type { AwElements, AwEvent, AwEventProps, AwJsxProps, AwProperties, AwTagName } from './element-props.js';

/** What a Svelte template accepts on one of the elements: Svelte's own attributes, then the element's. */
export type AwSvelteProps<Tag extends AwTagName> = Omit<
  HTMLAttributes<AwElements[Tag]['element']>,
  keyof AwJsxProps<Tag>
> &
  AwJsxProps<Tag>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    // typings:start (written by scripts/typings.mjs from custom-elements.json: run `npm run docs`)
    'aw-article-card': AwSvelteProps<'aw-article-card'>;
    'aw-photo': AwSvelteProps<'aw-photo'>;
    'aw-share-button': AwSvelteProps<'aw-share-button'>;
    'aw-copy-button': AwSvelteProps<'aw-copy-button'>;
    'aw-related-stories': AwSvelteProps<'aw-related-stories'>;
    // typings:end
  }
}
