/**
 * `article-widgets/jsx`: the elements in React's JSX (React 19, which sets properties and
 * listens to custom events on custom elements by itself). Load it once in a project:
 *
 * ```ts
 * // src/vite-env.d.ts, or any module of the app
 * import type {} from 'article-widgets/jsx';
 * ```
 *
 * ```tsx
 * <aw-article-card article={article} layout="row" onaw-load={(event) => console.log(event.detail.article)} />
 * ```
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AwElements, AwJsxProps, AwTagName } from './element-props.js';

export type { AwElements, AwEvent, AwEventProps, AwJsxProps, AwProperties, AwTagName } from './element-props.js';

/** What React's JSX accepts on one of the elements: React's own attributes, then the element's. */
export type AwReactProps<Tag extends AwTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<AwElements[Tag]['element']>, AwElements[Tag]['element']>,
  keyof AwJsxProps<Tag>
> &
  AwJsxProps<Tag>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // typings:start (written by scripts/typings.mjs from custom-elements.json: run `npm run docs`)
      'aw-article-card': AwReactProps<'aw-article-card'>;
      'aw-photo': AwReactProps<'aw-photo'>;
      'aw-share-button': AwReactProps<'aw-share-button'>;
      'aw-copy-button': AwReactProps<'aw-copy-button'>;
      'aw-related-stories': AwReactProps<'aw-related-stories'>;
      // typings:end
    }
  }
}
