/**
 * What is what in schema.org JSON-LD: keys in any case, node types, which nodes are stories and
 * how good, the nodes a page lists at top level or nests a level or two below, and the plain
 * values (text, URLs, sections) a field holds. Shared by the article reader (`json-ld.ts`) and
 * the list reader (`normalize.ts`); nothing here trusts a type, and every walk is bounded.
 */
import { LIMITS, hasOwn, isObject, type JsonObject } from './fields.js';
import { decodeEntities, htmlToText } from './html-text.js';
import { plainText } from './text.js';
import type { ArticleKind } from './types.js';
import { checkUrl } from './url.js';
import type { UrlKind } from './url.js';

/** Nodes a page may list at top level (blocks and `@graph` members) that are looked at. */
const MAX_BLOCKS = 1000;
/** Members of one list (authors, images, types…) looked at. */
export const MAX_LIST = 50;
/** Objects visited when looking below the top level, and indexed in a graph. */
export const MAX_NODES = 20_000;

/** Objects with more keys than this are read by exact key only: no schema.org node has that many. */
const MAX_KEYS_IN_ANY_CASE = 256;

/**
 * Keys looked up whatever their case (publishers write `thumbnailURL` and `InLanguage`): each
 * object's lower-case index is built once, the first time an exact lookup misses.
 */
export class Keys {
  private readonly lower = new WeakMap<JsonObject, Map<string, string>>();

  /**
   * Notes an object's keys when the caller has them anyway: an object with too many for a
   * lower-case index is then never enumerated again (enumerating 100,000 keys takes 20 ms).
   */
  know(object: JsonObject, names: string[]): void {
    if (names.length > MAX_KEYS_IN_ANY_CASE && !this.lower.has(object)) this.lower.set(object, new Map());
  }

  get(object: JsonObject, key: string): unknown {
    if (hasOwn(object, key)) return object[key];
    let index = this.lower.get(object);
    if (index === undefined) {
      index = new Map();
      const names = Object.keys(object);
      if (names.length <= MAX_KEYS_IN_ANY_CASE) {
        for (const name of names) {
          const lower = name.toLowerCase();
          if (!index.has(lower)) index.set(lower, name);
        }
      }
      this.lower.set(object, index);
    }
    const name = index.get(key.toLowerCase());
    return name === undefined ? undefined : object[name];
  }

  /** Lower-case local names of a node's types: "https://schema.org/NewsArticle" → "newsarticle". */
  typesOf(node: JsonObject): string[] {
    const raw = hasOwn(node, '@type') ? node['@type'] : this.get(node, 'type');
    const list = Array.isArray(raw) ? raw.slice(0, MAX_LIST) : [raw];
    return list
      .filter((type): type is string => typeof type === 'string')
      .map((type) =>
        type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'), type.lastIndexOf('#')) + 1).toLowerCase(),
      );
  }
}

export function firstOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const end = Math.min(value.length, MAX_LIST);
  for (let index = 0; index < end; index++) {
    const item: unknown = value[index];
    if (item !== null && item !== undefined && item !== '') return item;
  }
  return undefined;
}

/** A string from a string, an `{"@value"}` object or the first usable member of an array. */
export function stringOf(value: unknown): string | undefined {
  const first = firstOf(value);
  if (typeof first === 'string') return first;
  if (isObject(first) && typeof first['@value'] === 'string') return first['@value'];
  return undefined;
}

export function isPageType(type: string): boolean {
  return type.endsWith('page');
}

function isArticleType(type: string): boolean {
  // NewsArticle and its subtypes (ReportageNewsArticle, OpinionNewsArticle…),
  // Article, ScholarlyArticle, TechArticle; BlogPosting, LiveBlogPosting…
  return type.endsWith('article') || type.endsWith('posting') || type === 'report';
}

// Types that may carry a headline and a date but are never the story a card shows.
const NOT_STORIES = new Set(['person', 'organization', 'newsmediaorganization', 'website', 'imageobject']);

/**
 * How good a story a node is, lower is better: 0 articles, 1 videos and galleries; and, for
 * the article of a page only (`wide`), 2 another CreativeWork with a headline and a date (a
 * Review), 3 a WebPage with a name and a date (Yoast's graph when it has no Article).
 * `undefined` for anything that is not a story.
 */
export function storyRank(keys: Keys, node: JsonObject, wide = false): number | undefined {
  const types = keys.typesOf(node);
  if (types.some(isArticleType)) return 0;
  if (types.includes('videoobject') || types.includes('imagegallery')) return 1;
  if (!wide || types.length === 0) return undefined;
  const dated = keys.get(node, 'datePublished') !== undefined || keys.get(node, 'dateCreated') !== undefined;
  if (!dated) return undefined;
  const headline = keys.get(node, 'headline');
  if (types.some(isPageType)) return headline !== undefined || keys.get(node, 'name') !== undefined ? 3 : undefined;
  if (headline !== undefined && !types.some((type) => NOT_STORIES.has(type))) return 2;
  return undefined;
}

export function kindOf(types: string[]): ArticleKind {
  if (types.includes('liveblogposting')) return 'live';
  if (types.includes('videoobject')) return 'video';
  if (types.includes('imagegallery')) return 'gallery';
  return 'article';
}

/** The nodes a page lists at top level: array members, `@graph` members, nested the way real pages nest them. */
export function topLevelNodes(keys: Keys, input: unknown, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 8 || out.length >= MAX_BLOCKS) return out;
  if (Array.isArray(input)) {
    for (const item of input.slice(0, MAX_BLOCKS)) topLevelNodes(keys, item, out, depth + 1);
  } else if (isObject(input)) {
    const graph = keys.get(input, '@graph');
    if (graph !== undefined) {
      if (keys.typesOf(input).length > 0) out.push(input);
      topLevelNodes(keys, graph, out, depth + 1);
    } else {
      out.push(input);
    }
  }
  return out;
}

const LISTS = new Set(['itemlist', 'breadcrumblist', 'listitem', 'sitenavigationelement']);
const OTHER_STORIES = new Set(['relatedLink', 'significantLink', 'citation', 'mentions', 'isBasedOn', 'hasPart']);

/**
 * Nodes one or two keys below the top level that are stories, breadth first: the article a page
 * nests under an ordinary key (`{"article": {…}}`) or as a WebPage's `mainEntity`.
 */
export function nestedStories(keys: Keys, roots: JsonObject[]): JsonObject[] {
  const found: JsonObject[] = [];
  let level: JsonObject[] = roots;
  const seen = new Set<object>(roots);
  for (let depth = 0; depth < 2 && level.length > 0; depth++) {
    const next: JsonObject[] = [];
    for (const node of level) {
      // The stories a list or a link points to are other pages' stories, not this page's.
      if (keys.typesOf(node).some((type) => LISTS.has(type))) continue;
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('@') || OTHER_STORIES.has(key) || seen.size >= MAX_NODES) continue;
        for (const child of Array.isArray(value) ? value.slice(0, MAX_LIST) : [value]) {
          if (!isObject(child) || seen.has(child)) continue;
          seen.add(child);
          next.push(child);
          if (storyRank(keys, child, true) !== undefined) found.push(child);
        }
      }
    }
    level = next;
  }
  return found;
}

/** How text is read: schema.org values are HTML-ish (tags, entities). */
export function textOf(value: unknown, max: number): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  const text = htmlToText(raw, max);
  return text === '' ? undefined : text;
}

export function urlOf(value: unknown, kind: UrlKind, base: string | undefined) {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  // WordPress and others HTML-escape URLs in JSON-LD ("?a=1&amp;b=2").
  return checkUrl(decodeEntities(raw), { base, kind });
}

export function safeUrlOf(value: unknown, kind: UrlKind, base: string | undefined): string | undefined {
  const result = urlOf(value, kind, base);
  return result && 'url' in result ? result.url : undefined;
}

/** Logos and images whose "URL" is the site's home page are not images. */
export function looksLikeImage(url: string): boolean {
  if (!url.startsWith('http')) return true;
  const parsed = new URL(url);
  return !(parsed.pathname === '/' && parsed.search === '');
}

const FILE_NAME = /^[^\s/]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$/i;

/** An image's name or description is only alt text if it reads as words, not as a file name or an id. */
export function readsAsText(text: string): boolean {
  return /\s/.test(text) && !FILE_NAME.test(text) && !/^[a-z][a-z\d+.-]*:\/\//i.test(text);
}

// A caption that is nothing but a copyright line ("(c) TV Thermen- & Vulkanland | Michael Königshofer").
export const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright\b|photo:|foto:|credit:)\s*/i;

export function isBooleanWord(value: string): boolean {
  return /^(?:true|false)$/i.test(value.trim());
}

/**
 * The section shown as the kicker. Publishers list the primary section first
 * (["Europe", "World"]) and WordPress joins categories with commas
 * ("Wirtschaft, Tipps"), so the kicker is the first entry in either case:
 * one short label reads as a kicker, a list does not.
 */
export function sectionOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value.slice(0, MAX_LIST) : [value];
  for (const item of list) {
    const first = textOf(item, LIMITS.section * 4)
      ?.split(',')[0]
      ?.trim();
    if (first) return plainText(first, LIMITS.section);
  }
  return undefined;
}
