/**
 * Dates as publishers write them, read without `Date.parse` (engines disagree on anything but
 * ISO 8601) and without guessing a time zone. A time that does not say its zone could be off
 * by a day either way, so only its calendar date is kept, which the publisher wrote and which
 * is certain. The schema.org reader and the public `parseDate` read dates with it; what it
 * returns is in the ISO forms of `dates.ts`, which the elements read and format.
 */
import {
  UPDATE_THRESHOLD_MS,
  calendarDate,
  fieldsOf,
  isIsoForm,
  isLaterUpdate,
  milliseconds,
  parseIsoDate,
  readCanonical,
  toInstant,
  type ReadDate,
} from './dates.js';

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
  // The separator between year and month is group 2.
  return toInstant(fieldsOf([match[1], ...match.slice(3, 9)]), offset);
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
  const iso = parseIsoDate(value);
  if (iso !== undefined || typeof value !== 'string' || value.length > 100) return iso;
  const text = value.trim();
  // An ISO form that `parseIsoDate` refused is an impossible date (31 April), not a loose one.
  if (isIsoForm(text)) return undefined;
  const date = LOOSE_DATE.exec(text);
  if (date) return calendarDate(Number(date[1]), Number(date[3]), Number(date[4]));
  if (/^\d{4}[-/]?\d{2}/.test(text)) return parseIsoLike(text);
  return parseWithMonthName(text);
}

/** `parseDate`, as an instant to format: `undefined` for what `parseDate` refuses. */
export function readDate(value: unknown): ReadDate | undefined {
  return readCanonical(parseDate(value));
}

/**
 * Milliseconds since the epoch for a date in any form `parseDate` reads (a calendar date
 * counts from its UTC midnight); `undefined` for anything else.
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
  return isLaterUpdate(parseDate(modified), parseDate(published), thresholdMs);
}
