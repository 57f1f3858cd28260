/**
 * `normalizeArticle` and `normalizeStories` for elements, without loading the schema.org
 * JSON-LD reader before JSON-LD arrives. Our own shape (what a publisher's JSON endpoint serves,
 * what server rendering and developers pass) is read at once; anything else loads
 * `normalize.ts` the first time and is read when it is there. A partner page showing one card
 * from our shape never downloads the JSON-LD reader.
 *
 * In the browser bundles the reader is a file of its own with its own copy of the classes, so
 * what it returns is told apart with `instanceof Error`, not `instanceof ArticleDataError`.
 */
import { LIMITS, guarded, isJsonLd, isObject } from './fields.js';
import { jsonValue } from './json-text.js';
import { LazyModule } from './lazy.js';
import type * as Reader from './normalize.js';
import { parseIsoDate } from './dates.js';
import { fromOwnShape, hasLooseDates, normalizeOwnShape } from './own-shape.js';
import { ArticleDataError } from './types.js';
import type { Article } from './types.js';

const reader = new LazyModule<typeof Reader>(() => import('./normalize.js'));

/** Reads `input` with the JSON-LD reader: at once when it is loaded, else once it is. */
function withReader<T>(read: (module: typeof Reader) => T): T | ArticleDataError | Promise<T | ArticleDataError> {
  if (reader.current !== undefined) return read(reader.current);
  return reader.get().then(read, (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    return new ArticleDataError('input', `the schema.org reader could not be loaded (${reason})`, { cause: error });
  });
}

/**
 * Our shape or JSON-LD (or the JSON text of either) as an `Article` or an `ArticleDataError`:
 * synchronously when the input is our shape or the JSON-LD reader is already loaded, else as
 * a promise. Never throws or rejects.
 */
export function readArticle(
  input: unknown,
  base: string | undefined,
): Article | ArticleDataError | Promise<Article | ArticleDataError> {
  return normalizeOwnShape(input, base) ?? withReader((module) => module.normalizeArticle(input, { base }));
}

/** Valid stories, and the errors for those left out as invalid (each reported with `aw-error`). */
export interface StoryList {
  stories: Article[];
  dropped: ArticleDataError[];
}

/** The items of a list in our shape (an array, or `{ "stories": [...] }`), as far as a list is read. */
function ownItems(value: unknown): unknown[] | undefined {
  const list = Array.isArray(value) ? value : isObject(value) && !isJsonLd(value) ? value.stories : undefined;
  if (!Array.isArray(list)) return undefined;
  const items = list.slice(0, LIMITS.stories);
  return items.every((item) => isObject(item) && !isJsonLd(item)) ? items : undefined;
}

/**
 * A list of stories in our shape (or its JSON text) as a `StoryList`; `undefined` when the list
 * is something else (schema.org JSON-LD, an ItemList) or has dates only the loose reader reads
 * (see `hasLooseDates`), which `normalizeStories` reads. `looseDates: 'drop'` reads such a
 * list here, without those dates.
 */
export function readOwnStories(
  input: unknown,
  base: string | undefined,
  { looseDates = 'defer' }: { looseDates?: 'defer' | 'drop' } = {},
): StoryList | ArticleDataError | undefined {
  const parsed = jsonValue(input);
  if ('error' in parsed) return parsed.error;
  const value = parsed.value;
  const items = ownItems(value);
  // Dates in forms only the loose reader reads: `normalizeStories` reads the list.
  if (items === undefined) return undefined;
  if (looseDates === 'defer' && items.some((item) => hasLooseDates(item as Record<string, unknown>))) return undefined;
  const list: StoryList = { stories: [], dropped: [] };
  for (const item of items) {
    const story = guarded(() => fromOwnShape(item as Record<string, unknown>, base, parseIsoDate), 'input');
    if (story instanceof ArticleDataError) list.dropped.push(story);
    else list.stories.push(story);
  }
  return list;
}

/**
 * A list of stories (our shape, JSON-LD, an ItemList, or the JSON text of any) as a
 * `StoryList` or an `ArticleDataError`, synchronously when it can be; never throws or rejects.
 */
export function readStories(
  input: unknown,
  base: string | undefined,
): StoryList | ArticleDataError | Promise<StoryList | ArticleDataError> {
  return (
    readOwnStories(input, base) ??
    withReader((module) => {
      const dropped: ArticleDataError[] = [];
      const stories = module.normalizeStories(input, { base, onInvalid: (error) => dropped.push(error) });
      return stories instanceof Error ? stories : { stories, dropped };
    })
  );
}
