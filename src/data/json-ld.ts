/**
 * schema.org JSON-LD in, an `Article` out: which node is the story, and its fields (what is
 * what in a graph is in `json-ld-nodes.ts`).
 *
 * Inputs come from other people's servers and CMS templates, so nothing here trusts a type,
 * and the work is bounded by the input's size: the graph is indexed once (at most `MAX_NODES`
 * objects), an `@id` reference is read through to its node without copying it (at most
 * `MAX_REFERENCES` per read), a list yields its nodes one by one so that reading stops at the
 * first usable one, and a key looked up in any case builds that object's lower-case index once.
 */
import { keptModification } from './dates.js';
import { parseDate } from './loose-dates.js';
import {
  LIMITS,
  dimensionOf,
  hasOwn,
  isObject,
  normalizeLang,
  pushAuthor,
  usefulDescription,
  withoutEmpty,
  type JsonObject,
} from './fields.js';
import {
  COPYRIGHT_NOTICE,
  Keys,
  MAX_LIST,
  MAX_NODES,
  firstOf,
  isBooleanWord,
  isPageType,
  kindOf,
  looksLikeImage,
  nestedStories,
  readsAsText,
  safeUrlOf,
  sectionOf,
  storyRank,
  stringOf,
  textOf,
  topLevelNodes,
  urlOf,
} from './json-ld-nodes.js';
import { ArticleDataError } from './types.js';
import type { Article, ArticleImage } from './types.js';

// Bounds for walking untrusted structures (deep nesting, cycles, huge graphs).
const MAX_DEPTH = 32;
/** `@id` references followed while reading one article; past it a reference reads as its own keys. */
export const MAX_REFERENCES = 1000;

/** What a page says about itself outside its JSON-LD, for the fields JSON-LD leaves out. */
export interface PageFacts {
  /** The page's own URL (its canonical link, `og:url`, or where it was read from). */
  url?: string | undefined;
  /**
   * The page's main image (`og:image`), used when the JSON-LD has none or a smaller one; an
   * empty `alt` becomes the article's headline.
   */
  image?: ArticleImage | undefined;
}

/** A node as read: its own keys, then those of the node its `@id` refers to. Never a copy. */
interface Node {
  own: JsonObject;
  target: JsonObject | undefined;
}

/** One read of one JSON-LD input: its graph indexed once, its references counted. */
class Reader {
  readonly keys = new Keys();
  /** Every node with an `@id`, found anywhere in the input; the fullest one when an id repeats. */
  private readonly byId = new Map<string, { node: JsonObject; size: number }>();
  /** WebPage (or ItemPage, CollectionPage…) nodes by the `@id` of their `mainEntity`. */
  private readonly pageOf = new Map<string, JsonObject>();
  private references = 0;

  constructor(
    input: unknown,
    readonly base: string | undefined,
    readonly page: PageFacts,
  ) {
    this.index(input);
  }

  private index(input: unknown): void {
    const seen = new Set<object>();
    const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
    while (stack.length > 0 && seen.size < MAX_NODES) {
      const { value, depth } = stack.pop()!;
      if (typeof value !== 'object' || value === null || seen.has(value) || depth > MAX_DEPTH) continue;
      seen.add(value);
      // Keys and a lookup each, not Object.values: on an object of many keys that is twice as slow.
      const names = Array.isArray(value) ? undefined : Object.keys(value);
      const count = names === undefined ? (value as unknown[]).length : names.length;
      for (let i = count - 1; i >= 0; i--) {
        const child: unknown = names === undefined ? (value as unknown[])[i] : (value as JsonObject)[names[i]!];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1 });
      }
      if (!isObject(value)) continue;
      this.keys.know(value, names!);
      if (this.keys.typesOf(value).some(isPageType)) this.indexPage(value);
      const id = value['@id'];
      if (typeof id !== 'string' || id === '') continue;
      // A reference ({"@id"} alone) must not shadow the full node it points to.
      const size = count;
      const known = this.byId.get(id);
      if (!known || size > known.size) this.byId.set(id, { node: value, size });
    }
  }

  private indexPage(page: JsonObject): void {
    const main = this.keys.get(page, 'mainEntity');
    for (const entity of Array.isArray(main) ? main.slice(0, MAX_LIST) : [main]) {
      const id = isObject(entity) ? entity['@id'] : undefined;
      if (typeof id === 'string' && !this.pageOf.has(id)) this.pageOf.set(id, page);
    }
  }

  /** A key of a node: its own, else its reference target's. */
  field(node: Node, key: string): unknown {
    const own = this.keys.get(node.own, key);
    if (own !== undefined || node.target === undefined) return own;
    return this.keys.get(node.target, key);
  }

  typesOf(node: Node): string[] {
    const own = this.keys.typesOf(node.own);
    return own.length > 0 || node.target === undefined ? own : this.keys.typesOf(node.target);
  }

  /** A node with its `@id` reference followed (local keys win), while the budget lasts. */
  resolve(value: unknown): Node | undefined {
    if (!isObject(value)) return undefined;
    const id = value['@id'];
    if (typeof id !== 'string' || this.references >= MAX_REFERENCES) return { own: value, target: undefined };
    const target = this.byId.get(id)?.node;
    if (target === undefined || target === value) return { own: value, target: undefined };
    this.references++;
    return { own: value, target };
  }

  /**
   * The members of a value that may be an object, a reference, a JSON-LD `@list` or an array of
   * those, in order and one at a time (reading stops at the first usable one): nodes, and with
   * `strings`, the non-blank strings among them too (image URLs).
   */
  *members(value: unknown, strings: boolean, depth = 0): Generator<string | Node> {
    if (depth > 4) return;
    if (typeof value === 'string') {
      if (strings && value.trim() !== '') yield value;
    } else if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_LIST)) yield* this.members(item, strings, depth + 1);
    } else if (isObject(value) && hasOwn(value, '@list')) {
      yield* this.members(value['@list'], strings, depth + 1);
    } else {
      const node = this.resolve(value);
      if (node) yield node;
    }
  }

  /** `members` without the strings. */
  nodes(value: unknown): Generator<Node> {
    return this.members(value, false) as Generator<Node>;
  }

  /** The `url` of a node, else its `@id` (or `id`, as some write it). */
  private locationOf(node: Node): unknown {
    return this.field(node, 'url') ?? node.own['@id'] ?? node.target?.['@id'] ?? this.keys.get(node.own, 'id');
  }

  langOf(value: unknown): string | undefined {
    const first = firstOf(value);
    const node = isObject(first) ? this.resolve(first) : undefined;
    const candidates = node ? [this.field(node, 'alternateName'), this.field(node, 'name')] : [first];
    for (const candidate of candidates) {
      const lang = typeof candidate === 'string' ? normalizeLang(candidate) : undefined;
      if (lang) return lang;
    }
    return undefined;
  }

  authorsOf(value: unknown): Article['authors'] {
    const authors: { name: string; url?: string }[] = [];
    const items = Array.isArray(value) ? value.slice(0, 100) : [value];
    for (const item of items) {
      if (authors.length >= LIMITS.authors) break;
      if (typeof item === 'string') {
        pushAuthor(authors, textOf(item, LIMITS.name));
        continue;
      }
      const node = this.resolve(item);
      if (!node) continue;
      const url = safeUrlOf(this.field(node, 'url'), 'link', this.base);
      const names = this.field(node, 'name');
      // One Person whose name is a list of people (NPR) is several authors.
      const nameList = Array.isArray(names) ? names.slice(0, LIMITS.authors) : [names];
      for (const name of nameList)
        pushAuthor(authors, textOf(name, LIMITS.name), nameList.length === 1 ? url : undefined);
    }
    return authors.length > 0 ? authors : undefined;
  }

  /** The image URL of a string, an ImageObject (`contentUrl` before `url`), a reference or an array: the first that passes. */
  imageUrlOf(value: unknown, depth = 0): string | undefined {
    if (depth > 4) return undefined;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_LIST)) {
        const url = this.imageUrlOf(item, depth + 1);
        if (url) return url;
      }
      return undefined;
    }
    if (typeof value === 'string') {
      const url = safeUrlOf(value, 'image', this.base);
      return url && looksLikeImage(url) ? url : undefined;
    }
    const node = this.resolve(value);
    if (!node) return undefined;
    const list = this.field(node, '@list');
    if (list !== undefined) return this.imageUrlOf(list, depth + 1);
    return (
      this.imageUrlOf(this.field(node, 'contentUrl'), depth + 1) ?? this.imageUrlOf(this.field(node, 'url'), depth + 1)
    );
  }

  publisherOf(value: unknown): Article['publisher'] {
    for (const node of this.nodes(value)) {
      const name = textOf(this.field(node, 'name'), LIMITS.name);
      if (!name) continue;
      const url = safeUrlOf(this.field(node, 'url'), 'link', this.base);
      const logo = this.imageUrlOf(this.field(node, 'logo'));
      return withoutEmpty({ name, url, logo });
    }
    return undefined;
  }

  /** A credit from a string, a Person/Organization (its name), a reference or an array. */
  creditOf(value: unknown): string | undefined {
    if (typeof value === 'string' || (Array.isArray(value) && typeof firstOf(value) === 'string')) {
      return textOf(value, LIMITS.credit);
    }
    for (const node of this.nodes(value)) {
      const name = textOf(this.field(node, 'name'), LIMITS.credit);
      if (name) return name;
    }
    return undefined;
  }

  /** The story's image, and whether it was only the `thumbnailUrl` (often a small crop). */
  imageOf(article: Node, headline: string): { image: ArticleImage; thumbnail: boolean } | undefined {
    const sources: [value: unknown, thumbnail: boolean][] = [
      [this.field(article, 'image'), false],
      [this.field(article, 'primaryImageOfPage'), false],
      [this.field(article, 'thumbnailUrl'), true],
    ];
    for (const [value, thumbnail] of sources) {
      for (const candidate of this.members(value, true)) {
        const image = this.imageFrom(candidate, headline);
        if (image) return { image, thumbnail };
      }
    }
    return undefined;
  }

  private imageFrom(candidate: string | Node, headline: string): ArticleImage | undefined {
    const src = this.imageUrlOf(typeof candidate === 'string' ? candidate : candidate.own);
    if (!src) return undefined;
    if (typeof candidate === 'string') return { src, alt: headline };

    let caption = textOf(this.field(candidate, 'caption'), LIMITS.caption);
    let credit =
      textOf(this.field(candidate, 'creditText'), LIMITS.credit) ??
      this.creditOf(this.field(candidate, 'copyrightHolder')) ??
      this.creditOf(this.field(candidate, 'author')) ??
      this.creditOf(this.field(candidate, 'contributor'));
    if (caption && COPYRIGHT_NOTICE.test(caption)) {
      credit ??= caption.replace(COPYRIGHT_NOTICE, '') || undefined;
      caption = undefined;
    }
    const named = [this.field(candidate, 'name'), this.field(candidate, 'description')]
      .map((value) => textOf(value, LIMITS.alt))
      .find((text): text is string => text !== undefined && readsAsText(text));
    const alt = named ?? caption ?? headline;
    const width = dimensionOf(this.field(candidate, 'width'));
    const height = dimensionOf(this.field(candidate, 'height'));
    return withoutEmpty({ src, alt, width, height, caption, credit });
  }

  /**
   * Where the article lives: `url`, else `mainEntityOfPage` (a URL, or a WebPage node whose
   * `url` or `@id` it is), else a WebPage the article is part of or is the main entity of, else
   * the page's own URL. A candidate that is relative without a base is skipped; one with a
   * forbidden scheme fails the article.
   */
  articleUrl(article: Node): { url: string } | ArticleDataError {
    let firstError: string | undefined;
    for (const candidate of this.urlCandidates(article)) {
      const result = urlOf(candidate, 'link', this.base);
      if (!result) continue;
      if ('url' in result) return result;
      if (result.error.endsWith('URLs are not allowed')) return new ArticleDataError('url', result.error);
      firstError ??= result.error;
    }
    if (this.page.url !== undefined) return { url: this.page.url };
    return new ArticleDataError('url', firstError ?? 'missing');
  }

  private *urlCandidates(article: Node): Generator<unknown> {
    yield this.field(article, 'url');
    const page = this.field(article, 'mainEntityOfPage');
    if (typeof page === 'string') {
      // `"mainEntityOfPage": "True"` is an old Google example copied verbatim.
      if (!isBooleanWord(page)) yield page;
    } else {
      for (const node of this.nodes(page)) yield this.locationOf(node);
    }
    for (const node of this.nodes(this.field(article, 'isPartOf'))) {
      if (this.typesOf(node).some(isPageType)) yield this.locationOf(node);
    }
    const id = article.own['@id'];
    const container = typeof id === 'string' ? this.pageOf.get(id) : undefined;
    if (container) yield this.locationOf({ own: container, target: undefined });
  }

  /** The article a node makes, or why it makes none (no headline, no usable URL). */
  article(node: Node): Article | ArticleDataError {
    const types = this.typesOf(node);
    const headline =
      textOf(this.field(node, 'headline'), LIMITS.headline) ?? textOf(this.field(node, 'name'), LIMITS.headline);
    if (!headline) return new ArticleDataError('headline', 'missing or empty');
    const location = this.articleUrl(node);
    if (location instanceof ArticleDataError) return location;

    const description = usefulDescription(textOf(this.field(node, 'description'), LIMITS.description), headline);
    const section = sectionOf(this.field(node, 'articleSection'));
    const authors = this.authorsOf(this.field(node, 'author') ?? this.field(node, 'creator'));
    const publisher = this.publisherOf(this.field(node, 'publisher'));
    const datePublished = ['datePublished', 'dateCreated', 'uploadDate']
      .map((key) => parseDate(stringOf(this.field(node, key))))
      .find((date) => date !== undefined);
    const dateModified = keptModification(datePublished, parseDate(stringOf(this.field(node, 'dateModified'))));
    const lang = this.langOf(this.field(node, 'inLanguage'));

    return withoutEmpty({
      url: location.url,
      headline,
      description,
      section,
      authors,
      publisher,
      datePublished,
      dateModified,
      image: this.pageImage(this.imageOf(node, headline), headline),
      lang,
      kind: kindOf(types),
    });
  }

  /** The larger of the story's image and the page's: a `thumbnailUrl` alone is a small crop. */
  private pageImage(
    found: { image: ArticleImage; thumbnail: boolean } | undefined,
    headline: string,
  ): ArticleImage | undefined {
    const page =
      this.page.image && (this.page.image.alt === '' ? { ...this.page.image, alt: headline } : this.page.image);
    if (found === undefined || page === undefined) return found?.image ?? page;
    const { image } = found;
    if (found.thumbnail || (image.width !== undefined && page.width !== undefined && page.width > image.width)) {
      return page;
    }
    return image;
  }
}

/**
 * The article of a JSON-LD input (an object, an array of blocks, a `@graph`): the best story
 * node that makes a whole article. `page` fills what the JSON-LD leaves out of the URL and
 * the image (`readPage` passes what the page's meta tags say).
 */
export function readJsonLd(input: unknown, base: string | undefined, page: PageFacts = {}): Article | ArticleDataError {
  const reader = new Reader(input, base, page);
  const { keys } = reader;
  const top = topLevelNodes(keys, input);
  const ranked = (nodes: JsonObject[]) =>
    nodes
      .map((node) => ({ node, rank: storyRank(keys, node, true) }))
      .filter((candidate): candidate is { node: JsonObject; rank: number } => candidate.rank !== undefined);
  let candidates = ranked(top);
  // A page that nests its article, or names only a WebPage at top level, is searched a level down.
  if (!candidates.some((candidate) => candidate.rank <= 1))
    candidates = [...candidates, ...ranked(nestedStories(keys, top))];
  // A stable sort: document order, top level first, within a rank.
  candidates.sort((a, b) => a.rank - b.rank);
  if (candidates.length === 0) {
    return new ArticleDataError(
      '@type',
      'no article found (expected NewsArticle, Article, BlogPosting, LiveBlogPosting or VideoObject)',
    );
  }
  // Pages repeat an article in several blocks (one with a URL, one without);
  // the first candidate that makes a whole article wins.
  let firstError: ArticleDataError | undefined;
  for (const { node } of candidates) {
    const result = reader.article(reader.resolve(node)!);
    if (!(result instanceof ArticleDataError)) return result;
    firstError ??= result;
  }
  return firstError!;
}
