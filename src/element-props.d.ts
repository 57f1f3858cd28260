/**
 * What a framework can pass to each element: its properties (set as properties by React 19,
 * Preact and Vue, so objects such as `article` go in as they are) and its `aw-*` events.
 * Shared by the JSX (`article-widgets/jsx`, `article-widgets/preact`) and Vue
 * (`article-widgets/vue`) typings; a hand-written declaration file, copied to lib/ by the build,
 * because no framework's types are a dependency of this package.
 */
import type { AwEventDetailMap } from './internal/events.js';

// typings:start (written by scripts/typings.mjs from custom-elements.json: run `npm run docs`)
import type { AwArticleCard } from './components/article-card/article-card.js';
import type { AwCopyButton } from './components/copy-button/copy-button.js';
import type { AwPhoto } from './components/photo/photo.js';
import type { AwRelatedStories } from './components/related-stories/related-stories.js';
import type { AwShareButton } from './components/share-button/share-button.js';

/** Each element's class, the properties a framework may set, and the events it fires. */
export interface AwElements {
  'aw-article-card': {
    element: AwArticleCard;
    properties: 'article' | 'src' | 'layout' | 'headingLevel' | 'lang' | 'theme' | 'target' | 'timeout';
    events: 'aw-load' | 'aw-error';
  };
  'aw-photo': {
    element: AwPhoto;
    properties:
      | 'src'
      | 'alt'
      | 'width'
      | 'height'
      | 'timeout'
      | 'srcset'
      | 'sizes'
      | 'caption'
      | 'credit'
      | 'ratio'
      | 'loading'
      | 'fetchPriority'
      | 'creditPosition'
      | 'placeholder'
      | 'theme'
      | 'lang';
    events: 'aw-error';
  };
  'aw-share-button': {
    element: AwShareButton;
    properties:
      'url' | 'headline' | 'networks' | 'native' | 'embed' | 'embedSrc' | 'scriptUrl' | 'label' | 'theme' | 'lang';
    events: 'aw-share' | 'aw-copy' | 'aw-copy-error' | 'aw-error';
  };
  'aw-copy-button': {
    element: AwCopyButton;
    properties: 'value' | 'htmlFor' | 'label' | 'copiedLabel' | 'feedbackDuration' | 'theme' | 'lang';
    events: 'aw-copy' | 'aw-copy-error';
  };
  'aw-related-stories': {
    element: AwRelatedStories;
    properties:
      | 'stories'
      | 'src'
      | 'heading'
      | 'headingLevel'
      | 'limit'
      | 'layout'
      | 'hidePresent'
      | 'lang'
      | 'theme'
      | 'timeout'
      | 'enrich';
    events: 'aw-load' | 'aw-error' | 'aw-impression' | 'aw-select';
  };
}
// typings:end

export type AwTagName = keyof AwElements;

/** The event object of an `aw-*` event. */
export type AwEvent<Name extends keyof AwEventDetailMap> = CustomEvent<AwEventDetailMap[Name]>;

/** The properties of an element, all optional. */
export type AwProperties<Tag extends AwTagName> = Partial<
  Pick<AwElements[Tag]['element'], AwElements[Tag]['properties'] & keyof AwElements[Tag]['element']>
>;

/**
 * Listeners as React 19 and Preact take them on custom elements: `on` + the event's name as
 * it is, `onaw-load={(event) => …}`.
 */
export type AwEventProps<Tag extends AwTagName> = {
  [Name in AwElements[Tag]['events'] as `on${Name}`]?: (event: AwEvent<Name>) => void;
};

/** Properties and listeners together: what JSX accepts on the element besides the framework's own. */
export type AwJsxProps<Tag extends AwTagName> = AwProperties<Tag> & AwEventProps<Tag>;
