/**
 * Dates and relative times through Intl, with the formatters cached per language and options
 * (constructing an Intl formatter costs far more than using one, and a page of related stories
 * formats dozens of dates).
 *
 * Input comes from article data, so nothing here throws: a value that is not a date in the
 * forms the data layer normalizes to (`parseIsoDate` in data/dates.ts) formats as '' and an
 * unusable language falls back to English. The elements format normalized dates only; the
 * public functions of `i18n/index.ts` read every form the data layer reads first.
 */
import { cached } from '../data/cache.js';
import { readIsoDate } from '../data/dates.js';
import { resolveLang } from './lang.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** Average Gregorian month and year; only used to pick a unit, never to display a date. */
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

/**
 * A date as `readIsoDate` from the data layer reads it (the one parser, so a value the data
 * layer kept is a value shown here): its instant, and whether it is a calendar date, stored as
 * midnight UTC.
 */
interface ParsedDate {
  date: Date;
  dateOnly: boolean;
}

function parseDate(value: unknown): ParsedDate | undefined {
  const read = readIsoDate(value);
  return read === undefined ? undefined : { date: new Date(read.time), dateOnly: read.dateOnly };
}

/**
 * The instant a date value names, or `undefined` when it is not one. A calendar date
 * ('2021-12-03'), and a time without a zone, which only its calendar date is certain of, come
 * back as midnight UTC, which is also how the functions below format them, so they show as the
 * same day in every time zone.
 */
export function toDate(value: string | undefined): Date | undefined {
  return parseDate(value)?.date;
}

type AbsoluteStyle = 'date' | 'dateTime' | 'dateTimeZone';

/**
 * The formatter for a canonical language, a style and a time zone. The key is built from those
 * three strings rather than by serializing an options object: this runs for every date shown.
 */
function dateTimeFormat(lang: string, style: AbsoluteStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  return dateTimeFormats(`${lang}\u0000${style}\u0000${timeZone ?? ''}`);
}

/** Enough distinct languages and option sets for any page; a hostile stream of tags just starts again. */
const dateTimeFormats = cached(100, (key) => {
  const [lang, style, zone] = key.split('\u0000') as [string, AbsoluteStyle, string];
  const timeZone = zone === '' ? undefined : zone;
  const options: Intl.DateTimeFormatOptions =
    style === 'date'
      ? { dateStyle: 'long', timeZone }
      : // `long` is the time style that names its zone ("4:05:00 PM UTC").
        { dateStyle: 'long', timeStyle: style === 'dateTimeZone' ? 'long' : 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(lang, options);
  } catch {
    // An unknown time zone is the likely cause: keep the language, drop the zone.
    const withoutZone = { ...options };
    delete withoutZone.timeZone;
    try {
      return new Intl.DateTimeFormat(lang, withoutZone);
    } catch {
      return new Intl.DateTimeFormat('en', withoutZone);
    }
  }
});

const relativeTimeFormat = cached(100, (lang): Intl.RelativeTimeFormat | undefined => {
  // Missing before Safari 14; callers then show the absolute date instead.
  if (typeof Intl.RelativeTimeFormat !== 'function') return undefined;
  try {
    return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  }
});

/**
 * A date and time the way the language writes it in full ("December 2, 2021 at 4:05 PM",
 * "2. Dezember 2021 um 16:05"). Date-only values, and `dateOnly: true`, never show a time.
 * `timeZone` (an IANA name) defaults to the reader's; date-only values ignore it.
 */
export function formatAbsolute(
  value: string,
  lang: string,
  options: { dateOnly?: boolean; timeZone?: string } = {},
): string {
  const parsed = parseDate(value);
  return parsed === undefined ? '' : absolute(parsed, resolveLang(lang), options);
}

function absolute(
  parsed: ParsedDate,
  locale: string,
  options: { dateOnly?: boolean; timeZone?: string; zoneName?: boolean },
): string {
  const style = options.dateOnly === true ? 'date' : options.zoneName === true ? 'dateTimeZone' : 'dateTime';
  if (english.has(locale) && (parsed.dateOnly || (options.timeZone === undefined && style !== 'dateTimeZone'))) {
    const text = englishAbsolute(parsed.date, !parsed.dateOnly && style === 'dateTime', parsed.dateOnly);
    if (text !== undefined) return text;
  }
  const format = parsed.dateOnly
    ? dateTimeFormat(locale, 'date', 'UTC')
    : dateTimeFormat(locale, style, options.timeZone);
  return format.format(parsed.date);
}

/**
 * English, the language whose strings are inline, is written here without Intl for what a
 * card or list shows in the reader's zone: the first Intl date format on a page loads its
 * locale data, 35-40 ms of main thread on a desktop and several times that on a phone, in the
 * middle of the first element's render. The texts are those of Intl in `en` (CLDR's US
 * English), which the browser tests compare them with in every engine; anything else (other
 * languages, a named time zone, the server's zone-named title, years before 1000 or after
 * 9999) goes through Intl.
 */
const english = new Set(['en', 'en-US']);

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "December 2, 2021" or "December 2, 2021 at 4:05 PM", in the reader's zone, or in UTC for a calendar date. */
function englishAbsolute(date: Date, timeOfDay: boolean, utc: boolean): string | undefined {
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  if (year < 1000 || year > 9999) return undefined;
  // Joined rather than concatenated: one flat string, where `+` would keep a chain of string
  // pieces alive for as long as the card shows the text.
  const day = [
    months[utc ? date.getUTCMonth() : date.getMonth()],
    ' ',
    utc ? date.getUTCDate() : date.getDate(),
    ', ',
    year,
  ];
  if (!timeOfDay) return day.join('');
  const hours = date.getHours();
  const minutes = date.getMinutes();
  // Intl puts a narrow no-break space before AM and PM.
  day.push(' at ', hours % 12 || 12, minutes < 10 ? ':0' : ':', minutes, hours < 12 ? '\u202fAM' : '\u202fPM');
  return day.join('');
}

interface RelativeUnit {
  count: number;
  unit: Intl.RelativeTimeFormatUnit;
  /** Length of one unit in ms, for working out when the text changes. */
  size: number;
}

/** The unit a distance in ms is shown in, and how many whole units it spans. */
function relativeUnit(distance: number): RelativeUnit {
  if (distance < MINUTE) return { count: 0, unit: 'second', size: MINUTE };
  if (distance < HOUR) return { count: Math.floor(distance / MINUTE), unit: 'minute', size: MINUTE };
  if (distance < DAY) return { count: Math.floor(distance / HOUR), unit: 'hour', size: HOUR };
  if (distance < WEEK) return { count: Math.floor(distance / DAY), unit: 'day', size: DAY };
  if (distance < 30 * DAY) return { count: Math.floor(distance / WEEK), unit: 'week', size: WEEK };
  if (distance < 365 * DAY) {
    return { count: Math.min(11, Math.max(1, Math.floor(distance / MONTH))), unit: 'month', size: MONTH };
  }
  return { count: Math.max(1, Math.floor(distance / YEAR)), unit: 'year', size: YEAR };
}

/**
 * "2 hours ago", "in 5 minutes", and "now" within a minute either way. Counts are whole units
 * elapsed (2 h 59 min is "2 hours ago"). A date-only value counts calendar days from the
 * reader's today ("yesterday", "3 days ago").
 */
export function formatRelative(value: string, lang: string, now: number = Date.now()): string {
  const parsed = parseDate(value);
  if (parsed === undefined || !Number.isFinite(now)) return '';
  return relative(parsed, resolveLang(lang), now);
}

function relative(parsed: ParsedDate, locale: string, now: number): string {
  let diff = parsed.date.getTime() - now;
  let days: number | undefined;
  if (parsed.dateOnly) {
    const today = new Date(now);
    const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
    days = Math.round((parsed.date.getTime() - todayUtc) / DAY);
    diff = days * DAY;
  }
  const { count, unit } = relativeUnit(Math.abs(diff));
  const signed = count === 0 ? 0 : Math.sign(diff) * count;
  const written = english.has(locale) && days === undefined ? englishRelative(signed, unit) : undefined;
  if (written !== undefined) return written;
  const format = relativeTimeFormat(locale);
  if (format === undefined) return absolute(parsed, locale, {});
  return days === 0 ? format.format(0, 'day') : format.format(signed, unit);
}

/** "now", "5 minutes ago", "in 1 hour" as `Intl` writes them in English; other units go to `Intl`. */
function englishRelative(count: number, unit: Intl.RelativeTimeFormatUnit): string | undefined {
  if (unit === 'second') return 'now';
  if (unit !== 'minute' && unit !== 'hour') return undefined;
  const units = [Math.abs(count), ' ', unit, Math.abs(count) === 1 ? '' : 's'];
  return (count < 0 ? [...units, ' ago'] : ['in ', ...units]).join('');
}

/** Whether the value is less than `withinMs` (default 24 hours) from `now`, before or after. */
export function isRecent(value: string, now: number = Date.now(), withinMs: number = DAY): boolean {
  const date = parseDate(value)?.date;
  return date !== undefined && Math.abs(date.getTime() - now) < withinMs;
}

export interface FormattedTime {
  /** What to show: relative when recent, else the absolute date. */
  text: string;
  /** Machine value for `<time datetime>`: 'YYYY-MM-DD' for a calendar date, else UTC ISO. */
  datetime: string;
  relative: boolean;
  /** The full absolute date and time, for a tooltip. */
  title: string;
}

/**
 * Everything a `<time>` element needs. Relative when within `relativeWithin` (default 24 hours)
 * of `now` and the value has a time of day; absolute otherwise. An invalid value gives empty
 * strings, so the caller can leave the element out.
 */
export function formatTime(
  value: string,
  lang: string,
  options: { now?: number; relativeWithin?: number; timeZone?: string; server?: boolean } = {},
): FormattedTime {
  const parsed = parseDate(value);
  if (parsed === undefined) return { text: '', datetime: '', relative: false, title: '' };
  const now = options.now ?? Date.now();
  const locale = resolveLang(lang);
  // A server knows neither the reader's clock nor zone: an absolute time in UTC, zone named.
  const zone = options.server ? 'UTC' : options.timeZone;
  const title = absolute(parsed, locale, { timeZone: zone, zoneName: options.server });
  const recent =
    !options.server && !parsed.dateOnly && Math.abs(parsed.date.getTime() - now) < (options.relativeWithin ?? DAY);
  const iso = parsed.date.toISOString();
  // An older time shows its date only, the time of day staying in the title: the date reads the
  // same from the server (UTC) and in the reader's zone on almost every day, so a
  // server-rendered card keeps its text, and its line breaks, when its script arrives.
  let text = title;
  if (recent && Number.isFinite(now)) text = relative(parsed, locale, now);
  else if (!parsed.dateOnly) text = absolute(parsed, locale, { dateOnly: true, timeZone: zone });
  return {
    text,
    datetime: parsed.dateOnly ? iso.slice(0, 10) : iso,
    relative: recent,
    title,
  };
}

/**
 * Milliseconds until the text `formatTime` shows for this value would change, so that one
 * shared timer can refresh every relative time on a page; `undefined` when the text is
 * absolute (date-only, invalid, or further than `relativeWithin` from `now`) and never changes.
 * A past time reaching `relativeWithin` changes too: it turns absolute.
 */
export function nextRelativeUpdate(
  value: string,
  now: number = Date.now(),
  relativeWithin: number = DAY,
): number | undefined {
  const parsed = parseDate(value);
  if (parsed === undefined || parsed.dateOnly || !Number.isFinite(now)) return undefined;
  const diff = parsed.date.getTime() - now;
  const distance = Math.abs(diff);
  if (distance >= relativeWithin) return undefined;
  if (diff > 0) {
    // Counting down: "in 5 minutes" becomes "in 4 minutes" just after the distance drops
    // below 5 minutes, and "now" lasts until a minute after the moment itself.
    if (distance < MINUTE) return distance + MINUTE;
    return (distance % relativeUnit(distance).size) + 1;
  }
  const { size } = relativeUnit(distance);
  return Math.min(size - (distance % size), relativeWithin - distance);
}
