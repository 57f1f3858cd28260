/**
 * `<aw-related-stories>` rendered on a server (`article-widgets/ssr.js`): the list's own
 * `render()` through @lit-labs/ssr, and the stories it shows picked by the element's own rule.
 */
import { ArticleDataError, normalizeStories } from '../../data/index.js';
import { resolveLang } from '../../i18n/lang.js';
import { escapeAttribute, escapeText } from '../../internal/html.js';
import { themes, type Theme } from '../../internal/tokens.js';
import {
  RenderInputError,
  baseOf,
  dataError,
  describe,
  headingLevelOf,
  oneOf,
  optionalString,
  optionsObject,
} from '../../ssr/inputs.js';
import { inlineJson, renderElement, styleSourceOf, withLightDom, type StyleOptions } from '../../ssr/render.js';
import { firstUnique, relatedLayouts } from './related-stories.js';

export interface RelatedStoriesOptions extends StyleOptions {
  /** Heading text (default: "You might also like" in the language); `''` hides it. */
  heading?: string;
  /** Level of the heading, 2–6 (default 2). */
  headingLevel?: number;
  /** Show at most this many stories (a positive integer). */
  limit?: number;
  /** `list` (default) or `grid`. */
  layout?: 'list' | 'grid';
  /** Language of the heading and dates; default English. Written as the element's `lang` attribute. */
  lang?: string;
  /** `auto` (default), `light` or `dark`. */
  theme?: Theme;
  /** Absolute URL that relative URLs in the data resolve against. */
  base?: string;
  /**
   * Called for each story that is left out as invalid, as the element reports it with `aw-error`
   * in the browser. Without it, invalid stories are left out silently; with no valid story left,
   * the function throws.
   */
  onInvalid?: (error: ArticleDataError, index: number) => void;
}

/**
 * Renders `<aw-related-stories>` for a list of stories: an array (of our shape or JSON-LD),
 * `{ "stories": [...] }` or a schema.org `ItemList`.
 */
export function renderRelatedStories(stories: unknown, options: RelatedStoriesOptions = {}): string {
  const opts = optionsObject(options, 'renderRelatedStories');
  const heading = optionalString(opts.heading, 'options.heading');
  const headingLevel = headingLevelOf(opts.headingLevel, 'options.headingLevel');
  const layout = oneOf(opts.layout, relatedLayouts, 'options.layout');
  const theme = oneOf(opts.theme, themes, 'options.theme');
  const base = baseOf(opts.base, 'options.base');
  const styles = styleSourceOf(opts);
  const onInvalid = opts.onInvalid;
  if (onInvalid !== undefined && typeof onInvalid !== 'function') {
    throw new RenderInputError('options.onInvalid', 'must be a function');
  }
  const limit = opts.limit;
  if (limit !== undefined && !(typeof limit === 'number' && Number.isInteger(limit) && limit > 0)) {
    throw new RenderInputError('options.limit', `must be a positive integer, not ${describe(limit)}`);
  }

  const dropped: ArticleDataError[] = [];
  const list = normalizeStories(stories, {
    ...(base === undefined ? {} : { base }),
    onInvalid: (error, index) => {
      dropped.push(error);
      onInvalid?.(error, index);
    },
  });
  if (list instanceof ArticleDataError) throw dataError('stories', list);
  if (list.length === 0) {
    const first = dropped[0];
    throw first === undefined
      ? new RenderInputError('stories', 'is empty')
      : new RenderInputError('stories', `has no valid story (first problem: ${first.message})`, { cause: first });
  }
  // The stories the element will show: the same one-per-URL rule and limit, so that the
  // fallback list, the inline data and the shadow root all hold the same stories.
  const shown = firstUnique(list, limit);
  const lang = resolveLang(opts.lang);

  const element = renderElement(
    'aw-related-stories',
    {
      property: { name: 'stories', value: shown },
      attributes: { lang, heading, 'heading-level': headingLevel, limit, layout, theme },
    },
    styles,
  );
  const items = shown
    .map((story) => `<li><a href="${escapeAttribute(story.url)}">${escapeText(story.headline)}</a></li>`)
    .join('');
  return withLightDom(element, 'aw-related-stories', `<ul>${items}</ul>` + inlineJson({ stories: shown }));
}
