/**
 * `article-widgets/vue`: the elements in Vue templates, typed through `GlobalComponents` (for
 * vue-tsc and Volar). Vue must be told the `aw-` tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('aw-')`); then `:article="article"`
 * sets the property and `@aw-load="onLoad"` listens to the event. Load the typing once:
 *
 * ```ts
 * // src/env.d.ts, or any module of the app
 * import type {} from 'article-widgets/vue';
 * ```
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { AwElements, AwEvent, AwProperties, AwTagName } from './element-props.js';

export type { AwElements, AwEvent, AwProperties, AwTagName } from './element-props.js';

/**
 * A custom element as Vue's template type checking reads a component: its props from `$props`,
 * its events from `$emit` (the shape the Vue documentation gives for custom elements).
 */
export type AwVueElement<Tag extends AwTagName> = new () => AwElements[Tag]['element'] & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & AwProperties<Tag> & PublicProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in AwElements[Tag]['events']]: (event: AwEvent<Name>) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    // typings:start (written by scripts/typings.mjs from custom-elements.json: run `npm run docs`)
    'aw-article-card': AwVueElement<'aw-article-card'>;
    'aw-photo': AwVueElement<'aw-photo'>;
    'aw-share-button': AwVueElement<'aw-share-button'>;
    'aw-copy-button': AwVueElement<'aw-copy-button'>;
    'aw-related-stories': AwVueElement<'aw-related-stories'>;
    // typings:end
  }
}
