/**
 * `normalizeArticle` and `normalizeStories`: our `Article` shape or schema.org JSON-LD in, clean
 * `Article`s out. Our shape is read by `own-shape.ts`, JSON-LD by `json-ld.ts`; this module
 * tells them apart and reads lists of stories.
 *
 * Inputs come from other people's servers and CMS templates, so the public functions return
 * an `ArticleDataError` instead of throwing.
 */
import { KINDS, LIMITS, guarded, isJsonLd, isObject, type JsonObject } from './fields.js';
import { readJsonLd } from './json-ld.js';
import { Keys, storyRank, topLevelNodes } from './json-ld-nodes.js';
import { jsonValue, parseJsonText } from './json-text.js';
import { parseDate } from './loose-dates.js';
import { fromOwnShape } from './own-shape.js';
import { ArticleDataError } from './types.js';
import type { Article, ArticleKind } from './types.js';
import { safeUrl } from './url.js';

export interface NormalizeOptions {
  /** Absolute URL that relative URLs in the data resolve against (the `src` URL, or the document). */
  base?: string;
}

export interface NormalizeStoriesOptions extends NormalizeOptions {
  /** Called for each item that is skipped, with its index in the list. */
  onInvalid?: (error: ArticleDataError, index: number) => void;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function normalizeValue(input: unknown, base: string | undefined): Article | ArticleDataError {
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if ('error' in parsed) return parsed.error;
    if (typeof parsed.value === 'string') return new ArticleDataError('input', 'expected an object, got a JSON string');
    return normalizeValue(parsed.value, base);
  }
  if (Array.isArray(input)) return readJsonLd(input, base);
  if (!isObject(input))
    return new ArticleDataError('input', `expected an object or JSON text, got ${describeValue(input)}`);
  return isJsonLd(input) ? readJsonLd(input, base) : fromOwnShape(input, base, parseDate);
}

/**
 * Turns our `Article` shape, schema.org JSON-LD (an object, an array of
 * blocks, a `@graph`) or the JSON text of either into an `Article`. Returns
 * an `ArticleDataError` naming the field when that is not possible; never throws.
 */
export function normalizeArticle(input: unknown, options: NormalizeOptions = {}): Article | ArticleDataError {
  return guarded(() => normalizeValue(input, options.base), 'input');
}

// ---------------------------------------------------------------------------
// Lists

/** An ItemList, or an untyped object with `itemListElement`; a BreadcrumbList is not a list of stories. */
function isItemList(keys: Keys, node: JsonObject): boolean {
  const types = keys.typesOf(node);
  return types.includes('itemlist') || (types.length === 0 && Array.isArray(keys.get(node, 'itemListElement')));
}

function positionOf(keys: Keys, value: unknown): number {
  const position = isObject(value) ? Number(keys.get(value, 'position')) : Number.NaN;
  return Number.isFinite(position) ? position : Number.POSITIVE_INFINITY;
}

/** A ListItem as a JSON-LD node normalizeArticle can read: its `item` (a node or a URL), or the ListItem itself. */
function listItemNode(keys: Keys, element: unknown): unknown {
  if (!isObject(element) || storyRank(keys, element) !== undefined) return element;
  const item = keys.get(element, 'item');
  const name = keys.get(element, 'name');
  if (typeof item === 'string')
    return { '@type': 'Article', url: item, headline: name, image: keys.get(element, 'image') };
  if (isObject(item)) {
    if (storyRank(keys, item) !== undefined) return item;
    return {
      ...item,
      '@type': 'Article',
      url: keys.get(item, 'url') ?? item['@id'] ?? keys.get(element, 'url'),
      headline: keys.get(item, 'headline') ?? keys.get(item, 'name') ?? name,
    };
  }
  return { '@type': 'Article', url: keys.get(element, 'url'), headline: name, image: keys.get(element, 'image') };
}

function listElements(keys: Keys, list: JsonObject): unknown[] {
  const elements = keys.get(list, 'itemListElement');
  const items = Array.isArray(elements) ? elements : elements === undefined ? [] : [elements];
  return items
    .map((element, index) => ({ element, index, position: positionOf(keys, element) }))
    .sort((a, b) => a.position - b.position || a.index - b.index)
    .map(({ element }) => listItemNode(keys, element));
}

function isStory(keys: Keys, value: unknown): boolean {
  return isObject(value) && (!isJsonLd(value) || storyRank(keys, value) !== undefined);
}

function storyItems(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input) && !isObject(input)) return undefined;
  const keys = new Keys();
  if (isObject(input)) {
    const stories = keys.get(input, 'stories');
    if (Array.isArray(stories)) return stories;
    if (!isJsonLd(input) && !isItemList(keys, input)) return undefined;
  }
  // An array is a list of stories, unless it is a page's JSON-LD blocks that hold an ItemList.
  if (Array.isArray(input) && input.some((item) => isStory(keys, item))) return input;
  const list = topLevelNodes(keys, input).find((node) => isItemList(keys, node));
  if (list) return listElements(keys, list);
  return Array.isArray(input) ? input : undefined;
}

/**
 * Turns a list of stories into `Article`s: an array (of our shape or JSON-LD),
 * `{ "stories": [...] }`, a schema.org `ItemList`, or the JSON text of any of
 * those. Items that cannot be read are skipped and reported to `onInvalid`.
 */
export function normalizeStories(input: unknown, options: NormalizeStoriesOptions = {}): Article[] | ArticleDataError {
  const parsed = jsonValue(input);
  if ('error' in parsed) return parsed.error;
  const value = parsed.value;
  const items = guarded(
    () =>
      storyItems(value) ??
      new ArticleDataError(
        'stories',
        `expected an array, { "stories": [...] } or an ItemList, got ${describeValue(value)}`,
      ),
    'stories',
  );
  if (items instanceof ArticleDataError) return items;
  const stories: Article[] = [];
  items.slice(0, LIMITS.stories).forEach((item, index) => {
    const story = normalizeArticle(item, { base: options.base });
    if (story instanceof ArticleDataError) options.onInvalid?.(story, index);
    else stories.push(story);
  });
  return stories;
}

// ---------------------------------------------------------------------------
// Guard

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isOptionalNumber(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value));
}

/** Whether `value` has the `Article` shape (types and required fields; it need not be normalized). */
export function isArticle(value: unknown): value is Article {
  if (!isObject(value)) return false;
  if (typeof value.headline !== 'string' || value.headline.trim() === '') return false;
  if (safeUrl(value.url) === undefined) return false;
  const textFields = ['description', 'section', 'byline', 'datePublished', 'dateModified', 'lang'];
  if (!textFields.every((key) => isOptionalString(value[key]))) return false;
  if (value.kind !== undefined && !KINDS.includes(value.kind as ArticleKind)) return false;
  const authors = value.authors;
  if (authors !== undefined) {
    if (!Array.isArray(authors)) return false;
    if (!authors.every((author) => isObject(author) && typeof author.name === 'string' && isOptionalString(author.url)))
      return false;
  }
  const publisher = value.publisher;
  if (publisher !== undefined) {
    if (!isObject(publisher) || typeof publisher.name !== 'string') return false;
    if (!isOptionalString(publisher.url) || !isOptionalString(publisher.logo)) return false;
  }
  const image = value.image;
  if (image !== undefined) {
    if (!isObject(image) || typeof image.src !== 'string' || typeof image.alt !== 'string') return false;
    if (!isOptionalNumber(image.width) || !isOptionalNumber(image.height)) return false;
    if (!['srcset', 'sizes', 'caption', 'credit'].every((key) => isOptionalString(image[key]))) return false;
  }
  return true;
}
