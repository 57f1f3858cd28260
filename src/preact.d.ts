/**
 * `article-widgets/preact`: the elements in Preact's JSX (Preact sets properties on custom
 * elements, and `onaw-load` listens to `aw-load`). Load it once in a project:
 *
 * ```ts
 * import type {} from 'article-widgets/preact';
 * ```
 */
import type { JSX } from 'preact';
import type { AwElements, AwJsxProps, AwTagName } from './element-props.js';

export type { AwElements, AwEvent, AwEventProps, AwJsxProps, AwProperties, AwTagName } from './element-props.js';

/** What Preact's JSX accepts on one of the elements: Preact's own attributes, then the element's. */
export type AwPreactProps<Tag extends AwTagName> = Omit<
  JSX.HTMLAttributes<AwElements[Tag]['element']>,
  keyof AwJsxProps<Tag>
> &
  AwJsxProps<Tag>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      // typings:start (written by scripts/typings.mjs from custom-elements.json: run `npm run docs`)
      'aw-article-card': AwPreactProps<'aw-article-card'>;
      'aw-photo': AwPreactProps<'aw-photo'>;
      'aw-share-button': AwPreactProps<'aw-share-button'>;
      'aw-copy-button': AwPreactProps<'aw-copy-button'>;
      'aw-related-stories': AwPreactProps<'aw-related-stories'>;
      // typings:end
    }
  }
}
