import { expect } from '@open-wc/testing';
import { formatAbsolute, formatRelative, formatTime } from '../../src/i18n/format.js';

// English dates are written without Intl (the first Intl date format of a page is its slowest
// step on a phone); these tests hold them to what this engine's Intl writes in `en`.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Spaces as Intl writes them (narrow no-break before AM and PM) or as older engines do. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Instants across a year, both halves of the day, midnight and noon, in the reader's zone. */
function instants(): Date[] {
  const dates: Date[] = [];
  for (let month = 0; month < 12; month += 1) {
    for (const [day, hours, minutes] of [
      [1, 0, 0],
      [9, 0, 5],
      [15, 11, 59],
      [20, 12, 0],
      [28, 13, 7],
      [28, 23, 59],
    ] as const) {
      dates.push(new Date(2021, month, day, hours, minutes));
    }
  }
  dates.push(new Date(1999, 11, 31, 23, 59), new Date(2030, 1, 28, 9, 30));
  return dates;
}

describe('English dates without Intl', () => {
  it('write dates and times as Intl does in en and en-US, in the reader’s zone', () => {
    const full = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
    for (const date of instants()) {
      const value = date.toISOString();
      for (const lang of ['en', 'en-US']) {
        expect(spaced(formatAbsolute(value, lang)), value).to.equal(spaced(full.format(date)));
        expect(formatAbsolute(value, lang, { dateOnly: true }), value).to.equal(day.format(date));
      }
    }
  });

  it('write calendar dates in UTC, the same day in every zone', () => {
    const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    for (const value of ['2021-01-01', '2021-02-28', '2024-02-29', '2021-07-04', '2021-12-31']) {
      expect(formatAbsolute(value, 'en')).to.equal(day.format(new Date(value)));
      expect(formatTime(value, 'en').text).to.equal(day.format(new Date(value)));
    }
  });

  it('write recent times as Intl’s relative format does', () => {
    const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const now = Date.UTC(2021, 11, 2, 18, 5);
    const cases: [offset: number, count: number, unit: Intl.RelativeTimeFormatUnit][] = [
      [-10_000, 0, 'second'],
      [30_000, 0, 'second'],
      [-MINUTE, -1, 'minute'],
      [-90_000, -1, 'minute'],
      [-59 * MINUTE, -59, 'minute'],
      [5 * MINUTE, 5, 'minute'],
      [MINUTE, 1, 'minute'],
      [-HOUR, -1, 'hour'],
      [-2 * HOUR - 59 * MINUTE, -2, 'hour'],
      [3 * HOUR, 3, 'hour'],
      [-23 * HOUR, -23, 'hour'],
    ];
    for (const [offset, count, unit] of cases) {
      const value = new Date(now + offset).toISOString();
      expect(formatRelative(value, 'en', now), `${offset} ms`).to.equal(relative.format(count, unit));
      expect(formatTime(value, 'en', { now }).text, `${offset} ms`).to.equal(relative.format(count, unit));
    }
  });

  it('leave other languages, named zones and far years to Intl', () => {
    const value = '2021-12-02T16:05:00Z';
    const date = new Date(value);
    expect(formatAbsolute(value, 'en-GB')).to.equal(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(date),
    );
    expect(formatAbsolute(value, 'en', { timeZone: 'Asia/Tokyo' })).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(date),
    );
    const old = '0850-06-01';
    expect(formatAbsolute(old, 'en')).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(850, 5, 1))),
    );
  });
});
