/**
 * Dates in the forms every normalized date has: strict RFC 3339 with `Z` or an offset, and
 * calendar dates (`YYYY-MM-DD`). The elements and our own data shape (whose dates are ISO
 * 8601, see DESIGN.md) need no more, so they load no more; `loose-dates.ts` reads the forms
 * publishers write besides (names of months and zones, times without a zone…) for the
 * schema.org reader and the public `parseDate`. Read without `Date.parse` where engines
 * disagree.
 */

/**
 * How much later than publication a modification must be to count as an update, in ms: a
 * publishing system stamps `dateModified` seconds or minutes after `datePublished` while the
 * story is first saved and fixed up. Below it the data layer drops `dateModified` and the card
 * shows no "Updated …".
 */
export const UPDATE_THRESHOLD_MS = 5 * 60_000;

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Also ISO 8601: a space for the "T", no seconds, an offset without its colon or minutes, no
// zone at all (then only the calendar date is certain). HTML's `datetime` values are these.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?$/;
const EXACT_INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/;

export interface Fields {
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

export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isValid(fields: Fields): boolean {
  return (
    isValidDate(fields.year, fields.month, fields.day) &&
    fields.hour <= 23 &&
    fields.minute <= 59 &&
    fields.second <= 59
  );
}

export function milliseconds(fraction: string | undefined): number {
  return fraction ? Number((fraction + '00').slice(0, 3)) : 0;
}

export function toInstant(fields: Fields, offsetMinutes: number): string | undefined {
  if (!isValid(fields)) return undefined;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move years 0–99 into the 1900s.
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second, fields.millisecond);
  const time = date.getTime() - offsetMinutes * 60_000;
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) return undefined;
  return new Date(time).toISOString();
}

export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!isValidDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether the text has one of the ISO forms `parseIsoDate` reads, valid or not. */
export function isIsoForm(text: string): boolean {
  return DATE_TIME.test(text) || CALENDAR_DATE.test(text);
}

/**
 * A `Date`, or a date in an ISO form: strict RFC 3339 with `Z` or an offset, kept unchanged; a
 * calendar date, as `YYYY-MM-DD`; the other date-times of `DATE_TIME`, as the instant
 * (`toISOString`), or as their calendar date when they name no zone. `undefined` for impossible
 * values and any other form.
 */
export function parseIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const text = value.trim();
  const strict = RFC_3339.exec(text);
  if (strict) {
    const fields = instantFields(strict);
    return isValid(fields) && Number(strict[10] ?? 0) <= 23 && Number(strict[11] ?? 0) <= 59 ? text : undefined;
  }
  const date = CALENDAR_DATE.exec(text);
  if (date) return calendarDate(Number(date[1]), Number(date[2]), Number(date[3]));
  const other = DATE_TIME.exec(text);
  if (!other) return undefined;
  const fields = instantFields(other);
  if (other[8] === undefined) return isValid(fields) ? calendarDate(fields.year, fields.month, fields.day) : undefined;
  const hours = Number(other[10] ?? 0);
  const minutes = Number(other[11] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return toInstant(fields, (other[9] === '-' ? -1 : 1) * (hours * 60 + minutes));
}

function instantFields(match: RegExpExecArray): Fields {
  return fieldsOf(match.slice(1, 8));
}

/** The fields of a date-time from its parts as matched: year, month, day, hour, minute, second, fraction. */
export function fieldsOf([year, month, day, hour, minute, second, fraction]: (string | undefined)[]): Fields {
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: milliseconds(fraction),
  };
}

/** A date read for showing: its instant, and whether it is a calendar date without a time. */
export interface ReadDate {
  /** Milliseconds since the epoch; a calendar date counts from its UTC midnight. */
  time: number;
  dateOnly: boolean;
}

/** Milliseconds since the epoch of a value `parseIsoDate` (or `parseDate`) returned. */
function timeOf(canonical: string): number | undefined {
  // The form nearly every normalized date has: ECMAScript's own date-time format, which
  // Date.parse reads the same in every engine. Years before 1000 and other fractions are
  // counted here; `toISOString`'s six-digit years, Date.parse reads.
  if (EXACT_INSTANT.test(canonical)) return Date.parse(canonical);
  const instant = canonical.length === 10 ? `${canonical}T00:00:00Z` : canonical;
  const match = RFC_3339.exec(instant);
  const offset =
    match?.[9] === undefined ? 0 : (match[9] === '-' ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11]));
  const time = Date.parse((match && toInstant(instantFields(match), offset)) ?? instant);
  return Number.isNaN(time) ? undefined : time;
}

/** `parseIsoDate`, as an instant to format: `undefined` for what `parseIsoDate` refuses. */
export function readIsoDate(value: unknown): ReadDate | undefined {
  return readCanonical(parseIsoDate(value));
}

/** The instant of a value `parseIsoDate` or `parseDate` returned. */
export function readCanonical(canonical: string | undefined): ReadDate | undefined {
  if (canonical === undefined) return undefined;
  const time = timeOf(canonical);
  return time === undefined ? undefined : { time, dateOnly: canonical.length === 10 };
}

/**
 * Whether `modified` is at least `thresholdMs` (default `UPDATE_THRESHOLD_MS`, 5 minutes)
 * after `published`, both in ISO forms, i.e. worth an "Updated …" line. False when either is
 * missing or not an ISO date.
 */
export function isLaterUpdate(
  modified: string | undefined,
  published: string | undefined,
  thresholdMs: number = UPDATE_THRESHOLD_MS,
): boolean {
  const modifiedTime = readIsoDate(modified)?.time;
  const publishedTime = readIsoDate(published)?.time;
  if (modifiedTime === undefined || publishedTime === undefined) return false;
  return modifiedTime - publishedTime >= thresholdMs;
}

/**
 * The `dateModified` an `Article` keeps (both values as the data layer normalized them): a
 * modification without a publication date, or one meaningfully later than it; `undefined`
 * otherwise.
 */
export function keptModification(published: string | undefined, modified: string | undefined): string | undefined {
  if (modified === undefined) return undefined;
  if (published === undefined) return modified;
  return isLaterUpdate(modified, published) ? modified : undefined;
}
