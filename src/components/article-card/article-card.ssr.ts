/**
 * `<aw-article-card>` rendered on a server (`article-widgets/ssr.js`): the card's own `render()`
 * through @lit-labs/ssr, its layouts and link rules from the element's module.
 */
import { ArticleDataError, normalizeArticle } from '../../data/index.js';
import { resolveLang } from '../../i18n/lang.js';
import { escapeAttribute, escapeText } from '../../internal/html.js';
import { themes, type Theme } from '../../internal/tokens.js';
import { baseOf, dataError, headingLevelOf, oneOf, optionalString, optionsObject } from '../../ssr/inputs.js';
import { inlineJson, renderElement, styleSourceOf, withLightDom, type StyleOptions } from '../../ssr/render.js';
import { cardLayouts, sameTabTargets, type CardLayout } from './article-card.js';

export interface ArticleCardOptions extends StyleOptions {
  /** `stack` (default), `row`, `compact` or `overlay`. */
  layout?: CardLayout;
  /**
   * Language of the card's words and dates. The server cannot see the page's `lang`, so pass
   * it; default: the article's language, else English. Always written as the element's `lang`
   * attribute, so that the browser hydrates with the same words.
   */
  lang?: string;
  /** `auto` (default), `light` or `dark`. */
  theme?: Theme;
  /** Level of the headline's heading, 2–6 (default 3). */
  headingLevel?: number;
  /** Where the link opens, as the `target` of a link (`_blank` adds `rel="noopener noreferrer"`). */
  target?: string;
  /** Absolute URL that relative URLs in the data resolve against. */
  base?: string;
}

/**
 * Renders `<aw-article-card>` for an article: our `Article` shape or anything
 * `normalizeArticle` reads (schema.org JSON-LD, also inside `@graph` or an array of blocks).
 */
export function renderArticleCard(article: unknown, options: ArticleCardOptions = {}): string {
  const opts = optionsObject(options, 'renderArticleCard');
  const layout = oneOf(opts.layout, cardLayouts, 'options.layout');
  const theme = oneOf(opts.theme, themes, 'options.theme');
  const headingLevel = headingLevelOf(opts.headingLevel, 'options.headingLevel');
  const target = optionalString(opts.target, 'options.target');
  const base = baseOf(opts.base, 'options.base');
  const styles = styleSourceOf(opts);

  const normalized = normalizeArticle(article, base === undefined ? {} : { base });
  if (normalized instanceof ArticleDataError) throw dataError('article', normalized);
  const lang = resolveLang(opts.lang, normalized.lang);
  const newTab = target !== undefined && !sameTabTargets.has(target);

  const element = renderElement(
    'aw-article-card',
    {
      property: { name: 'article', value: normalized },
      attributes: { lang, layout, theme, 'heading-level': headingLevel, target },
    },
    styles,
  );
  const link =
    `<a href="${escapeAttribute(normalized.url)}"` +
    (target === undefined ? '' : ` target="${escapeAttribute(target)}"`) +
    (newTab ? ' rel="noopener noreferrer"' : '') +
    `>${escapeText(normalized.headline)}</a>`;
  return withLightDom(element, 'aw-article-card', link + inlineJson(normalized));
}
