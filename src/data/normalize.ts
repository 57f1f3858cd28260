/**
 * Our `Article` shape or schema.org JSON-LD in, a clean `Article` out.
 *
 * Inputs come from other people's servers and CMS templates, so nothing here
 * trusts a type: every reader accepts `unknown`, walks with depth and size
 * limits, and the public functions return an `ArticleDataError` instead of
 * throwing.
 */
import { parseDate } from './dates.js';
import { decodeEntities, htmlToText } from './html-text.js';
import {
  KINDS,
  LIMITS,
  dimensionOf,
  fromOwnShape,
  guarded,
  hasOwn,
  isJsonLd,
  isLaterUpdate,
  isObject,
  normalizeLang,
  parseJsonText,
  plainTextOf,
  pushAuthor,
  usefulDescription,
  withoutEmpty,
  type JsonObject,
} from './own-shape.js';
import { plainText } from './text.js';
import { ArticleDataError } from './types.js';
import type { Article, ArticleImage, ArticleKind } from './types.js';
import { checkUrl, safeUrl } from './url.js';
import type { UrlKind } from './url.js';

export interface NormalizeOptions {
  /** Absolute URL that relative URLs in the data resolve against (the `src` URL, or the document). */
  base?: string;
}

export interface NormalizeStoriesOptions extends NormalizeOptions {
  /** Called for each item that is skipped, with its index in the list. */
  onInvalid?: (error: ArticleDataError, index: number) => void;
}

// Bounds for walking untrusted structures (deep nesting, cycles, huge graphs).
const MAX_DEPTH = 32;
const MAX_NODES = 20_000;
const MAX_BLOCKS = 1000;
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A property by name; publishers also write `thumbnailURL` or `InLanguage`, so case is ignored as a fallback. */
function get(object: JsonObject, key: string): unknown {
  if (hasOwn(object, key)) return object[key];
  const lower = key.toLowerCase();
  for (const name of Object.keys(object)) {
    if (name.toLowerCase() === lower) return object[name];
  }
  return undefined;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value.find((item) => item !== null && item !== undefined && item !== '') : value;
}

/** A string from a string, an `{"@value"}` object or the first usable member of an array. */
function stringOf(value: unknown): string | undefined {
  const first = firstOf(value);
  if (typeof first === 'string') return first;
  if (isObject(first) && typeof first['@value'] === 'string') return first['@value'];
  return undefined;
}

// ---------------------------------------------------------------------------
// JSON-LD graph

interface Graph {
  /** Every node with an `@id`, found anywhere in the input. */
  byId: Map<string, JsonObject>;
  /** Every WebPage (or ItemPage, CollectionPage…) node, found anywhere in the input. */
  pages: JsonObject[];
}

/** Lower-case local names of a node's types: "https://schema.org/NewsArticle" → "newsarticle". */
function typesOf(node: JsonObject): string[] {
  const raw = hasOwn(node, '@type') ? node['@type'] : get(node, 'type');
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) =>
      type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'), type.lastIndexOf('#')) + 1).toLowerCase(),
    );
}

function isPageType(type: string): boolean {
  return type.endsWith('page');
}

function isArticleType(type: string): boolean {
  // NewsArticle and its subtypes (ReportageNewsArticle, OpinionNewsArticle…),
  // Article, ScholarlyArticle, TechArticle; BlogPosting, LiveBlogPosting…
  return type.endsWith('article') || type.endsWith('posting') || type === 'report';
}

/** 0 for articles, 1 for videos and galleries, undefined for anything that is not a story. */
function storyRank(node: JsonObject): number | undefined {
  const types = typesOf(node);
  if (types.some(isArticleType)) return 0;
  if (types.includes('videoobject') || types.includes('imagegallery')) return 1;
  return undefined;
}

function kindOf(node: JsonObject): ArticleKind {
  const types = typesOf(node);
  if (types.includes('liveblogposting')) return 'live';
  if (types.includes('videoobject')) return 'video';
  if (types.includes('imagegallery')) return 'gallery';
  return 'article';
}

/** The nodes a page lists at top level: array members, `@graph` members, nested the way real pages nest them. */
function topLevelNodes(input: unknown, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 8 || out.length >= MAX_BLOCKS) return out;
  if (Array.isArray(input)) {
    for (const item of input.slice(0, MAX_BLOCKS)) topLevelNodes(item, out, depth + 1);
  } else if (isObject(input)) {
    const graph = get(input, '@graph');
    if (graph !== undefined) {
      if (typesOf(input).length > 0) out.push(input);
      topLevelNodes(graph, out, depth + 1);
    } else {
      out.push(input);
    }
  }
  return out;
}

function indexGraph(input: unknown): Graph {
  const byId = new Map<string, JsonObject>();
  const pages: JsonObject[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0 && seen.size < MAX_NODES) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > MAX_DEPTH) continue;
    seen.add(value);
    const children = Array.isArray(value) ? value : Object.values(value);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ value: children[i], depth: depth + 1 });
    if (!isObject(value)) continue;
    if (typesOf(value).some(isPageType)) pages.push(value);
    const id = value['@id'];
    if (typeof id !== 'string' || id === '') continue;
    // A reference ({"@id"} alone) must not shadow the full node it points to.
    const known = byId.get(id);
    if (!known || Object.keys(value).length > Object.keys(known).length) byId.set(id, value);
  }
  return { byId, pages };
}

/** A node with its `@id` reference filled in from the graph (local keys win). */
function resolve(value: unknown, graph: Graph): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const id = value['@id'];
  if (typeof id !== 'string') return value;
  const target = graph.byId.get(id);
  return target && target !== value ? { ...target, ...value } : value;
}

/** Objects from a value that may be an object, a reference, a JSON-LD `@list` or an array of those. */
function nodesOf(value: unknown, graph: Graph, depth = 0): JsonObject[] {
  if (depth > 4) return [];
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((item) => nodesOf(item, graph, depth + 1));
  if (isObject(value) && hasOwn(value, '@list')) return nodesOf(value['@list'], graph, depth + 1);
  const node = resolve(value, graph);
  return node ? [node] : [];
}

// ---------------------------------------------------------------------------
// Fields

/** How text is read: schema.org values are HTML-ish (tags, entities), our shape is plain text. */
type TextMode = 'html' | 'plain';

function textOf(value: unknown, max: number, mode: TextMode): string | undefined {
  if (mode === 'plain') return plainTextOf(value, max);
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  const text = htmlToText(raw, max);
  return text === '' ? undefined : text;
}

function urlOf(value: unknown, kind: UrlKind, base: string | undefined, mode: TextMode) {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  // WordPress and others HTML-escape URLs in JSON-LD ("?a=1&amp;b=2").
  return checkUrl(mode === 'html' ? decodeEntities(raw) : raw, { base, kind });
}

function safeUrlOf(value: unknown, kind: UrlKind, base: string | undefined, mode: TextMode): string | undefined {
  const result = urlOf(value, kind, base, mode);
  return result && 'url' in result ? result.url : undefined;
}

function langOf(value: unknown): string | undefined {
  const first = firstOf(value);
  const candidates = isObject(first) ? [get(first, 'alternateName'), get(first, 'name')] : [first];
  for (const candidate of candidates) {
    const lang = typeof candidate === 'string' ? normalizeLang(candidate) : undefined;
    if (lang) return lang;
  }
  return undefined;
}

function authorsOf(value: unknown, graph: Graph, base: string | undefined, mode: TextMode) {
  const authors: { name: string; url?: string }[] = [];
  const items = Array.isArray(value) ? value.slice(0, 100) : [value];
  for (const item of items) {
    if (typeof item === 'string') {
      pushAuthor(authors, textOf(item, LIMITS.name, mode));
      continue;
    }
    const node = resolve(item, graph);
    if (!node) continue;
    const url = safeUrlOf(get(node, 'url'), 'link', base, mode);
    const names = get(node, 'name');
    // One Person whose name is a list of people (NPR) is several authors.
    const nameList = Array.isArray(names) ? names.slice(0, LIMITS.authors) : [names];
    for (const name of nameList)
      pushAuthor(authors, textOf(name, LIMITS.name, mode), nameList.length === 1 ? url : undefined);
  }
  return authors.length > 0 ? authors : undefined;
}

/** Logos and images whose "URL" is the site's home page are not images. */
function looksLikeImage(url: string): boolean {
  if (!url.startsWith('http')) return true;
  const parsed = new URL(url);
  return !(parsed.pathname === '/' && parsed.search === '');
}

/** The image URL of a string, an ImageObject (`contentUrl` before `url`), a reference or an array: the first that passes. */
function imageUrlOf(
  value: unknown,
  graph: Graph,
  base: string | undefined,
  mode: TextMode,
  depth = 0,
): string | undefined {
  if (depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) {
      const url = imageUrlOf(item, graph, base, mode, depth + 1);
      if (url) return url;
    }
    return undefined;
  }
  if (typeof value === 'string') {
    const url = safeUrlOf(value, 'image', base, mode);
    return url && looksLikeImage(url) ? url : undefined;
  }
  const node = resolve(value, graph);
  if (!node) return undefined;
  if (hasOwn(node, '@list')) return imageUrlOf(node['@list'], graph, base, mode, depth + 1);
  return (
    imageUrlOf(get(node, 'contentUrl'), graph, base, mode, depth + 1) ??
    imageUrlOf(get(node, 'url'), graph, base, mode, depth + 1)
  );
}

function publisherOf(value: unknown, graph: Graph, base: string | undefined, mode: TextMode): Article['publisher'] {
  for (const node of nodesOf(value, graph)) {
    const name = textOf(get(node, 'name'), LIMITS.name, mode);
    if (!name) continue;
    const url = safeUrlOf(get(node, 'url'), 'link', base, mode);
    const logo = imageUrlOf(get(node, 'logo'), graph, base, mode);
    return withoutEmpty({ name, url, logo });
  }
  return undefined;
}

/** A credit from a string, a Person/Organization (its name), a reference or an array. */
function creditOf(value: unknown, graph: Graph, mode: TextMode): string | undefined {
  if (typeof value === 'string' || (Array.isArray(value) && typeof firstOf(value) === 'string')) {
    return textOf(value, LIMITS.credit, mode);
  }
  for (const node of nodesOf(value, graph)) {
    const name = textOf(get(node, 'name'), LIMITS.credit, mode);
    if (name) return name;
  }
  return undefined;
}

const FILE_NAME = /^[^\s/]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$/i;

/** An image's name or description is only alt text if it reads as words, not as a file name or an id. */
function readsAsText(text: string): boolean {
  return /\s/.test(text) && !FILE_NAME.test(text) && !/^[a-z][a-z\d+.-]*:\/\//i.test(text);
}

// A caption that is nothing but a copyright line ("(c) TV Thermen- & Vulkanland | Michael Königshofer").
const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright\b|photo:|foto:|credit:)\s*/i;

function imageOf(
  article: JsonObject,
  graph: Graph,
  headline: string,
  base: string | undefined,
): ArticleImage | undefined {
  const candidates = [
    ...nodesOrStrings(get(article, 'image'), graph),
    ...nodesOrStrings(get(article, 'thumbnailUrl'), graph),
  ];
  for (const candidate of candidates) {
    const src = imageUrlOf(candidate, graph, base, 'html');
    if (!src) continue;
    if (typeof candidate === 'string') return { src, alt: headline };

    let caption = textOf(get(candidate, 'caption'), LIMITS.caption, 'html');
    let credit =
      textOf(get(candidate, 'creditText'), LIMITS.credit, 'html') ??
      creditOf(get(candidate, 'copyrightHolder'), graph, 'html') ??
      creditOf(get(candidate, 'author'), graph, 'html') ??
      creditOf(get(candidate, 'contributor'), graph, 'html');
    if (caption && COPYRIGHT_NOTICE.test(caption)) {
      credit ??= caption.replace(COPYRIGHT_NOTICE, '') || undefined;
      caption = undefined;
    }
    const named = [get(candidate, 'name'), get(candidate, 'description')]
      .map((value) => textOf(value, LIMITS.alt, 'html'))
      .find((text): text is string => text !== undefined && readsAsText(text));
    const alt = named ?? caption ?? headline;
    const width = dimensionOf(get(candidate, 'width'));
    const height = dimensionOf(get(candidate, 'height'));
    return withoutEmpty({ src, alt, width, height, caption, credit });
  }
  return undefined;
}

/** Image candidates in order: strings stay strings, objects are resolved, arrays and `@list`s flattened. */
function nodesOrStrings(value: unknown, graph: Graph, depth = 0): (string | JsonObject)[] {
  if (depth > 4) return [];
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((item) => nodesOrStrings(item, graph, depth + 1));
  if (isObject(value) && hasOwn(value, '@list')) return nodesOrStrings(value['@list'], graph, depth + 1);
  const node = resolve(value, graph);
  return node ? [node] : [];
}

/**
 * The section shown as the kicker. Publishers list the primary section first
 * (["Europe", "World"]) and WordPress joins categories with commas
 * ("Wirtschaft, Tipps"), so the kicker is the first entry in either case:
 * one short label reads as a kicker, a list does not.
 */
function sectionOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value.slice(0, 50) : [value];
  for (const item of list) {
    const first = textOf(item, LIMITS.section * 4, 'html')
      ?.split(',')[0]
      ?.trim();
    if (first) return plainText(first, LIMITS.section);
  }
  return undefined;
}

function isBooleanWord(value: string): boolean {
  return /^(?:true|false)$/i.test(value.trim());
}

// ---------------------------------------------------------------------------
// URL of the article

/**
 * Where the article lives: `url`, else `mainEntityOfPage` (a URL, or a WebPage
 * node whose `url` or `@id` it is), else a WebPage the article is part of or
 * is the main entity of. A candidate that is relative without a base is
 * skipped; one with a forbidden scheme fails the article.
 */
function articleUrl(article: JsonObject, graph: Graph, base: string | undefined): { url: string } | ArticleDataError {
  const candidates: unknown[] = [get(article, 'url')];
  const page = get(article, 'mainEntityOfPage');
  if (typeof page === 'string') {
    // `"mainEntityOfPage": "True"` is an old Google example copied verbatim.
    if (!isBooleanWord(page)) candidates.push(page);
  } else {
    for (const node of nodesOf(page, graph)) candidates.push(get(node, 'url') ?? node['@id']);
  }
  for (const node of nodesOf(get(article, 'isPartOf'), graph)) {
    if (typesOf(node).some(isPageType)) candidates.push(get(node, 'url') ?? node['@id']);
  }
  const id = article['@id'];
  if (typeof id === 'string') {
    for (const page of graph.pages) {
      const main = get(page, 'mainEntity');
      if (isObject(main) && main['@id'] === id) candidates.push(get(page, 'url') ?? page['@id']);
    }
  }

  let firstError: string | undefined;
  for (const candidate of candidates) {
    const result = urlOf(candidate, 'link', base, 'html');
    if (!result) continue;
    if ('url' in result) return result;
    if (result.error.endsWith('URLs are not allowed')) return new ArticleDataError('url', result.error);
    firstError ??= result.error;
  }
  return new ArticleDataError('url', firstError ?? 'missing');
}

// ---------------------------------------------------------------------------
// Builders

function fromSchema(node: JsonObject, graph: Graph, base: string | undefined): Article | ArticleDataError {
  const kind = kindOf(node);
  const headline =
    textOf(get(node, 'headline'), LIMITS.headline, 'html') ?? textOf(get(node, 'name'), LIMITS.headline, 'html');
  if (!headline) return new ArticleDataError('headline', 'missing or empty');
  const location = articleUrl(node, graph, base);
  if (location instanceof ArticleDataError) return location;

  const description = usefulDescription(textOf(get(node, 'description'), LIMITS.description, 'html'), headline);
  const section = sectionOf(get(node, 'articleSection'));
  const authors = authorsOf(get(node, 'author'), graph, base, 'html');
  const publisher = publisherOf(get(node, 'publisher'), graph, base, 'html');
  const datePublished = [get(node, 'datePublished'), get(node, 'dateCreated'), get(node, 'uploadDate')]
    .map((value) => parseDate(stringOf(value)))
    .find((date) => date !== undefined);
  const modified = parseDate(stringOf(get(node, 'dateModified')));
  const dateModified = isLaterUpdate(datePublished, modified) ? modified : undefined;
  const image = imageOf(node, graph, headline, base);
  const lang = langOf(get(node, 'inLanguage'));

  return withoutEmpty({
    url: location.url,
    headline,
    description,
    section,
    authors,
    publisher,
    datePublished,
    dateModified,
    image,
    lang,
    kind,
  });
}

function fromJsonLd(input: unknown, base: string | undefined): Article | ArticleDataError {
  const candidates = topLevelNodes(input)
    .map((node, order) => ({ node, order, rank: storyRank(node) }))
    .filter((candidate): candidate is { node: JsonObject; order: number; rank: number } => candidate.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  if (candidates.length === 0) {
    return new ArticleDataError(
      '@type',
      'no article found (expected NewsArticle, Article, BlogPosting, LiveBlogPosting or VideoObject)',
    );
  }
  const graph = indexGraph(input);
  // Pages repeat an article in several blocks (one with a URL, one without);
  // the first candidate that makes a whole article wins.
  let firstError: ArticleDataError | undefined;
  for (const { node } of candidates) {
    const result = fromSchema(node, graph, base);
    if (!(result instanceof ArticleDataError)) return result;
    firstError ??= result;
  }
  return firstError!;
}

function normalizeValue(input: unknown, base: string | undefined): Article | ArticleDataError {
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if ('error' in parsed) return parsed.error;
    if (typeof parsed.value === 'string') return new ArticleDataError('input', 'expected an object, got a JSON string');
    return normalizeValue(parsed.value, base);
  }
  if (Array.isArray(input)) return fromJsonLd(input, base);
  if (!isObject(input))
    return new ArticleDataError('input', `expected an object or JSON text, got ${describeValue(input)}`);
  return isJsonLd(input) ? fromJsonLd(input, base) : fromOwnShape(input, base);
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
function isItemList(node: JsonObject): boolean {
  const types = typesOf(node);
  return types.includes('itemlist') || (types.length === 0 && Array.isArray(get(node, 'itemListElement')));
}

function positionOf(value: unknown): number {
  const position = isObject(value) ? Number(get(value, 'position')) : Number.NaN;
  return Number.isFinite(position) ? position : Number.POSITIVE_INFINITY;
}

/** A ListItem as a JSON-LD node normalizeArticle can read: its `item` (a node or a URL), or the ListItem itself. */
function listItemNode(element: unknown): unknown {
  if (!isObject(element) || storyRank(element) !== undefined) return element;
  const item = get(element, 'item');
  const name = get(element, 'name');
  if (typeof item === 'string') return { '@type': 'Article', url: item, headline: name, image: get(element, 'image') };
  if (isObject(item)) {
    if (storyRank(item) !== undefined) return item;
    return {
      ...item,
      '@type': 'Article',
      url: get(item, 'url') ?? item['@id'] ?? get(element, 'url'),
      headline: get(item, 'headline') ?? get(item, 'name') ?? name,
    };
  }
  return { '@type': 'Article', url: get(element, 'url'), headline: name, image: get(element, 'image') };
}

function listElements(list: JsonObject): unknown[] {
  const elements = get(list, 'itemListElement');
  const items = Array.isArray(elements) ? elements : elements === undefined ? [] : [elements];
  return items
    .map((element, index) => ({ element, index, position: positionOf(element) }))
    .sort((a, b) => a.position - b.position || a.index - b.index)
    .map(({ element }) => listItemNode(element));
}

function isStory(value: unknown): boolean {
  return isObject(value) && (!isJsonLd(value) || storyRank(value) !== undefined);
}

function storyItems(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input) && !isObject(input)) return undefined;
  if (isObject(input)) {
    const stories = get(input, 'stories');
    if (Array.isArray(stories)) return stories;
    if (!isJsonLd(input) && !isItemList(input)) return undefined;
  }
  // An array is a list of stories, unless it is a page's JSON-LD blocks that hold an ItemList.
  if (Array.isArray(input) && input.some(isStory)) return input;
  const list = topLevelNodes(input).find(isItemList);
  if (list) return listElements(list);
  return Array.isArray(input) ? input : undefined;
}

/**
 * Turns a list of stories into `Article`s: an array (of our shape or JSON-LD),
 * `{ "stories": [...] }`, a schema.org `ItemList`, or the JSON text of any of
 * those. Items that cannot be read are skipped and reported to `onInvalid`.
 */
export function normalizeStories(input: unknown, options: NormalizeStoriesOptions = {}): Article[] | ArticleDataError {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if ('error' in parsed) return parsed.error;
    value = parsed.value;
  }
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
