import { isServer } from 'lit';
import { oneCopy } from '../data/cache.js';
import { formatTime, nextRelativeUpdate } from '../i18n/format.js';

/**
 * What a `<time>` shows, shared by the elements that show when a story was published or
 * updated: each lays the `<time>` element out in its own template.
 *
 * ```ts
 * const published = timeParts(article.datePublished, lang);
 * const updated = timeParts(article.dateModified, lang, { prefix: messages.updated });
 * // for RelativeTimeController(this, () => this.nextChange):
 * this.nextChange = earliestChange(published?.nextChange, updated?.nextChange);
 * ```
 *
 * Pure (no DOM), so it runs in `render()` and on the server.
 */

export interface TimeOptions {
  /**
   * A message that puts the time in a sentence, such as `messages.updated` ("Updated 2 hours
   * ago", "Güncelleme: 2 saat önce"). The words stay outside the `<time>` element, which holds
   * only the time, wherever the language places them.
   */
  prefix?: (time: string) => string;
  /** The moment to count relative times from; `Date.now()` by default. */
  now?: number;
  /**
   * Server mode: an absolute time in UTC with its zone named, never relative (a server knows
   * neither the reader's clock nor zone). On by default when rendering on a server; elements
   * also use it for their first, hydrating render, so it matches the server's markup.
   */
  server?: boolean;
}

/** What a `<time>` shows, for templates that lay the element out themselves. */
export interface TimeParts {
  /** Words of the prefix message before the time, '' without a prefix. */
  before: string;
  /** Words of the prefix message after the time. */
  after: string;
  /** The shown time: "2 hours ago", or the localized date. */
  text: string;
  /** The `datetime` attribute: 'YYYY-MM-DD' for a calendar date, else UTC ISO 8601. */
  datetime: string;
  /** The full localized date and time for the `title` attribute; undefined when that is the shown text. */
  title: string | undefined;
  /** Milliseconds until `text` changes; `undefined` when it never does. */
  nextChange: number | undefined;
}

const marker = '\u0000';

/** The pieces of a `<time>` for an ISO 8601 value; `undefined` for a missing or invalid date. */
export function timeParts(value: string | undefined, lang: string, options: TimeOptions = {}): TimeParts | undefined {
  if (value === undefined) return undefined;
  const now = options.now ?? Date.now();
  const time = formatTime(value, lang, { now, server: options.server ?? isServer });
  if (time.text === '') return undefined;
  let before = '';
  let after = '';
  if (options.prefix !== undefined) {
    const sentence = options.prefix(marker);
    const at = sentence.indexOf(marker);
    // A message that ignores its argument still shows its words, then the time.
    before = at === -1 ? `${sentence} ` : sentence.slice(0, at);
    after = at === -1 ? '' : sentence.slice(at + marker.length);
  }
  // The words and the shown time repeat from element to element (the title and datetime, to
  // the minute, rarely do).
  return {
    before: oneCopy(before),
    after: oneCopy(after),
    text: oneCopy(time.text),
    datetime: time.datetime,
    title: time.title === time.text ? undefined : time.title,
    nextChange: time.relative ? nextRelativeUpdate(value, now) : undefined,
  };
}

/** The soonest of several `nextChange` values, `undefined` when none will change. */
export function earliestChange(...values: (number | undefined)[]): number | undefined {
  let soonest: number | undefined;
  for (const value of values) {
    if (value !== undefined && (soonest === undefined || value < soonest)) soonest = value;
  }
  return soonest;
}
