/**
 * The one date module: dates as publishers write them, read without `Date.parse` (engines
 * disagree on anything but ISO 8601) and without guessing a time zone. A time that does not
 * say its zone could be off by a day either way, so only its calendar date is kept, which the
 * publisher wrote and which is certain. The data layer normalizes dates with it and
 * `i18n/format.ts` formats what it reads, so the two never disagree on a value.
 */

/**
 * How much later than publication a modification must be to count as an update, in ms: a
 * publishing system stamps `dateModified` seconds or minutes after `datePublished` while the
 * story is first saved and fixed up. Below it the data layer drops `dateModified` and the card
 * shows no "Updated …".
 */
export const UPDATE_THRESHOLD_MS = 5 * 60_000;

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-](\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXACT_INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/;
const LOOSE_DATE = /^(\d{4})([-/]?)(\d{2})\2(\d{2})$/;
// Extended or basic ISO 8601, a space or "T" between date and time, optional
// seconds, then whatever names the zone: "Z", "+0100", " UTC", " GMT+01:00"…
const ISO_DATE_TIME = /^(\d{4})([-/]?)(\d{2})\2(\d{2})[Tt ]\s*(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?(.*)$/;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;
const OFFSET = /^(?:(?:utc|gmt|ut)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

// Offsets in minutes. US abbreviations mean the US zones (CST is Central,
// not China); ambiguous ones such as IST are left out on purpose.
const ZONES: Record<string, number> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const WEEKDAYS = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
]);

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** Days in a month of the proleptic Gregorian calendar (`month` from 1). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isValid(fields: Fields): boolean {
  return (
    isValidDate(fields.year, fields.month, fields.day) &&
    fields.hour <= 23 &&
    fields.minute <= 59 &&
    fields.second <= 59
  );
}

function milliseconds(fraction: string | undefined): number {
  return fraction ? Number((fraction + '00').slice(0, 3)) : 0;
}

/** Minutes east of UTC; `undefined` when the text names no zone, `NaN` when it is not a zone. */
function zoneOffset(text: string): number | undefined {
  const zone = text.replace(/\([^)]*\)/g, ' ').trim();
  if (zone === '') return undefined;
  const known = ZONES[zone.toUpperCase()];
  if (known !== undefined) return known;
  const offset = OFFSET.exec(zone);
  if (!offset) return Number.NaN;
  const hours = Number(offset[2]);
  const minutes = Number(offset[3] ?? 0);
  if (hours > 23 || minutes > 59) return Number.NaN;
  return (offset[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function toInstant(fields: Fields, offsetMinutes: number): string | undefined {
  if (!isValid(fields)) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move years 0–99 into the 1900s.
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second, fields.millisecond);
  const time = date.getTime() - offsetMinutes * 60_000;
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) return undefined;
  return new Date(time).toISOString();
}

function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!isValidDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIsoLike(text: string): string | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const offset = zoneOffset(match[9] ?? '');
  if (Number.isNaN(offset)) return undefined;
  if (offset === undefined) {
    // "2017-11-03 03:01:00.000000": the publisher's calendar date, when the time is a real one.
    const time = { hour: Number(match[5]), minute: Number(match[6]), second: Number(match[7] ?? 0) };
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return undefined;
    return calendarDate(Number(match[1]), Number(match[3]), Number(match[4]));
  }
  return toInstant(
    {
      year: Number(match[1]),
      month: Number(match[3]),
      day: Number(match[4]),
      hour: Number(match[5]),
      minute: Number(match[6]),
      second: Number(match[7] ?? 0),
      millisecond: milliseconds(match[8]),
    },
    offset,
  );
}

/**
 * Dates with a month name, in any order: RFC 1123 ("Wed, 28 Oct 2020 22:22:49 GMT"),
 * US style ("Mon, Jan 7 2019 15:37:00 EST"), Java's Date.toString ("Tue Jan 28
 * 15:28:56 CET 2020") and JavaScript's ("Tue Jan 05 2021 21:36:30 GMT+0000 (UTC)").
 */
function parseWithMonthName(text: string): string | undefined {
  const tokens = text
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let clock: RegExpExecArray | undefined;
  let meridiem: string | undefined;
  let offset: number | undefined;
  for (const token of tokens) {
    const word = token.toLowerCase().replace(/\.$/, '');
    if (WEEKDAYS.has(word)) continue;
    const monthNumber = MONTHS[word];
    const time = CLOCK.exec(token);
    if (monthNumber !== undefined && month === undefined) month = monthNumber;
    else if (time && !clock) clock = time;
    else if ((word === 'am' || word === 'pm') && !meridiem) meridiem = word;
    else if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(word) && day === undefined) day = Number.parseInt(word, 10);
    else {
      const zone = zoneOffset(token);
      if (zone === undefined || Number.isNaN(zone) || offset !== undefined) return undefined;
      offset = zone;
    }
  }
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (!clock) return meridiem || offset !== undefined ? undefined : calendarDate(year, month, day);
  let hour = Number(clock[1]);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (offset === undefined) {
    // No zone: the calendar date is what the publisher wrote; the time of day is not certain.
    if (hour > 23 || Number(clock[2]) > 59 || Number(clock[3] ?? 0) > 59) return undefined;
    return calendarDate(year, month, day);
  }
  return toInstant(
    {
      year,
      month,
      day,
      hour,
      minute: Number(clock[2]),
      second: Number(clock[3] ?? 0),
      millisecond: milliseconds(clock[4]),
    },
    offset,
  );
}

/**
 * Reads a date from data. Returns:
 * - strict RFC 3339 with `Z` or an offset (`2021-12-02T17:05:00+01:00`): unchanged;
 * - a calendar date (`2023-10-26`): as `YYYY-MM-DD`, a day without a time;
 * - any other form that names its zone: the instant, as `Date#toISOString()`;
 * - a time without a zone (`2023-11-08 18:09:55`): its calendar date (`2023-11-08`), since
 *   the instant could be a day off either way;
 * - `undefined` for impossible values (month 13, 31 April), dates whose order of day and
 *   month is not certain (`10/05/2022`) and anything else.
 */
export function parseDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const text = value.trim();

  const strict = RFC_3339.exec(text);
  if (strict) {
    const offsetHours = Number(strict[9] ?? 0);
    const offsetMinutes = Number(strict[10] ?? 0);
    const fields: Fields = {
      year: Number(strict[1]),
      month: Number(strict[2]),
      day: Number(strict[3]),
      hour: Number(strict[4]),
      minute: Number(strict[5]),
      second: Number(strict[6]),
      millisecond: 0,
    };
    return isValid(fields) && offsetHours <= 23 && offsetMinutes <= 59 ? text : undefined;
  }

  const date = CALENDAR_DATE.exec(text) ?? LOOSE_DATE.exec(text);
  if (date) {
    const [year, month, day] = date.length === 4 ? [date[1], date[2], date[3]] : [date[1], date[3], date[4]];
    return calendarDate(Number(year), Number(month), Number(day));
  }

  if (/^\d{4}[-/]?\d{2}/.test(text)) return parseIsoLike(text);
  return parseWithMonthName(text);
}

/** A date read for showing: its instant, and whether it is a calendar date without a time. */
export interface ReadDate {
  /** Milliseconds since the epoch; a calendar date counts from its UTC midnight. */
  time: number;
  dateOnly: boolean;
}

/** Milliseconds since the epoch of a value `parseDate` returned. */
function timeOf(canonical: string): number | undefined {
  // The form every normalized date has: ECMAScript's own date-time format, which Date.parse
  // reads the same in every engine (years before 1000 and other fractions go the long way).
  if (EXACT_INSTANT.test(canonical)) return Date.parse(canonical);
  const instant = canonical.length === 10 ? `${canonical}T00:00:00Z` : canonical;
  const time = Date.parse(parseIsoLike(instant) ?? instant);
  return Number.isNaN(time) ? undefined : time;
}

/** `parseDate`, as an instant to format: `undefined` for what `parseDate` refuses. */
export function readDate(value: unknown): ReadDate | undefined {
  const canonical = parseDate(value);
  if (canonical === undefined) return undefined;
  const time = timeOf(canonical);
  return time === undefined ? undefined : { time, dateOnly: canonical.length === 10 };
}

/**
 * Milliseconds since the epoch for a string that `parseDate` returned (a
 * calendar date counts from its UTC midnight); `undefined` for anything else.
 */
export function toTimestamp(value: string): number | undefined {
  return readDate(value)?.time;
}

/**
 * Whether `modified` is at least `thresholdMs` (default `UPDATE_THRESHOLD_MS`, 5 minutes)
 * after `published`, i.e. worth an "Updated …" line. False when either is missing or invalid.
 */
export function isMeaningfullyLater(
  modified: string | undefined,
  published: string | undefined,
  thresholdMs: number = UPDATE_THRESHOLD_MS,
): boolean {
  const modifiedTime = readDate(modified)?.time;
  const publishedTime = readDate(published)?.time;
  if (modifiedTime === undefined || publishedTime === undefined) return false;
  return modifiedTime - publishedTime >= thresholdMs;
}

/**
 * The `dateModified` an `Article` keeps: a modification without a publication date, or one
 * meaningfully later than it; `undefined` otherwise.
 */
export function keptModification(published: string | undefined, modified: string | undefined): string | undefined {
  if (modified === undefined) return undefined;
  if (published === undefined) return modified;
  return isMeaningfullyLater(modified, published) ? modified : undefined;
}
