import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  formatAbsolute,
  formatRelative,
  formatTime,
  isMeaningfullyLater,
  isRecent,
  nextRelativeUpdate,
  toDate,
} from '../../../src/i18n/index.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const published = '2021-12-02T17:05:00+01:00';
const publishedAt = Date.UTC(2021, 11, 2, 16, 5);

/**
 * ICU versions differ in the space they put before "PM" and around some separators
 * (U+0020, U+00A0 or U+202F); the words and order are what these tests are about.
 */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** An ISO value `ms` before the publication instant. */
const ago = (ms: number) => new Date(publishedAt - ms).toISOString();

describe('toDate', () => {
  it('reads ISO 8601 date-times with any offset form', () => {
    assert.equal(toDate(published)?.getTime(), publishedAt);
    assert.equal(toDate('2021-12-02T16:05:00Z')?.getTime(), publishedAt);
    assert.equal(toDate('2021-12-02T16:05Z')?.getTime(), publishedAt);
    assert.equal(toDate('2021-12-02T17:05:00+0100')?.getTime(), publishedAt);
    assert.equal(toDate('2021-12-02T11:05:00-05')?.getTime(), publishedAt);
    assert.equal(toDate('2021-12-02 16:05:00z')?.getTime(), publishedAt);
    assert.equal(toDate(' 2021-12-02T16:05:00.250Z ')?.getTime(), publishedAt + 250);
    assert.equal(toDate('2021-12-02T16:05:00.123456Z')?.getTime(), publishedAt + 123);
  });

  it('reads a date-time without offset as its calendar date, as the data layer keeps it', () => {
    assert.equal(toDate('2021-12-02T16:05:00')?.getTime(), Date.UTC(2021, 11, 2));
    assert.equal(formatTime('2021-12-02T16:05:00', 'en', { now: publishedAt }).datetime, '2021-12-02');
  });

  it('reads every form the data layer reads, with the same parser', () => {
    assert.equal(toDate('Thu, 02 Dec 2021 16:05:00 GMT')?.getTime(), publishedAt);
    assert.equal(toDate('December 2, 2021')?.getTime(), Date.UTC(2021, 11, 2));
  });

  it('reads a date-only value as that calendar date, at midnight UTC', () => {
    assert.equal(toDate('2021-12-03')?.getTime(), Date.UTC(2021, 11, 3));
    assert.equal(toDate('2024-02-29')?.getTime(), Date.UTC(2024, 1, 29));
  });

  it('rejects anything else', () => {
    for (const value of [
      undefined,
      '',
      'yesterday',
      '2021-12-02T',
      '2021-02-29',
      '2021-13-01',
      '2021-12-32',
      '2021-12-02T24:00Z',
      '2021-12-02T16:60Z',
      '2021-12-02T16:05+25:00',
      '21-12-02',
      '2021-12-02T16:05:00Z trailing',
    ]) {
      assert.equal(toDate(value), undefined, String(value));
    }
    assert.equal(toDate(42 as unknown as string), undefined);
  });
});

describe('formatAbsolute', () => {
  it('writes the date and time in full, per language', () => {
    assert.equal(plain(formatAbsolute(published, 'en', { timeZone: 'UTC' })), 'December 2, 2021 at 4:05 PM');
    assert.equal(plain(formatAbsolute(published, 'en-GB', { timeZone: 'UTC' })), '2 December 2021 at 16:05');
    assert.equal(plain(formatAbsolute(published, 'de', { timeZone: 'UTC' })), '2. Dezember 2021 um 16:05');
    assert.equal(plain(formatAbsolute(published, 'de', { timeZone: 'Europe/Berlin' })), '2. Dezember 2021 um 17:05');
  });

  it('never shows a time for a date-only value, in any time zone', () => {
    for (const timeZone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', undefined]) {
      assert.equal(formatAbsolute('2021-12-03', 'en', { timeZone }), 'December 3, 2021');
      assert.equal(formatAbsolute('2021-12-03', 'de', { timeZone }), '3. Dezember 2021');
    }
  });

  it('shows only the date with dateOnly, in the given time zone', () => {
    assert.equal(
      formatAbsolute('2021-12-02T23:30:00-08:00', 'en', { dateOnly: true, timeZone: 'UTC' }),
      'December 3, 2021',
    );
    assert.equal(
      formatAbsolute('2021-12-02T23:30:00-08:00', 'en', { dateOnly: true, timeZone: 'America/Los_Angeles' }),
      'December 2, 2021',
    );
  });

  it('uses the full tag, so regional formats apply', () => {
    assert.notEqual(
      formatAbsolute(published, 'en-GB', { timeZone: 'UTC' }),
      formatAbsolute(published, 'en-US', { timeZone: 'UTC' }),
    );
  });

  it('never throws: bad dates give "", bad languages English, bad zones the local zone', () => {
    assert.equal(formatAbsolute('not a date', 'en'), '');
    assert.equal(formatAbsolute(undefined as unknown as string, 'en'), '');
    assert.equal(formatAbsolute('2021-12-03', 'en_US!!'), 'December 3, 2021');
    assert.equal(formatAbsolute('2021-12-03', 42 as unknown as string), 'December 3, 2021');
    assert.match(formatAbsolute(published, 'en', { timeZone: 'Mars/Olympus_Mons' }), /^December [23], 2021 at /);
  });
});

describe('English without Intl', () => {
  it("writes the reader's date and time as Intl does, in zones either side of UTC", () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Asia/Kolkata', 'America/Los_Angeles', 'Pacific/Chatham']) {
        process.env.TZ = tz;
        const full = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
        const day = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
        for (let hour = 0; hour < 48; hour += 1) {
          const date = new Date(Date.UTC(2021, 11, 31, hour, 7 * hour));
          const value = date.toISOString();
          assert.equal(plain(formatAbsolute(value, 'en')), plain(full.format(date)), `${tz} ${value}`);
          assert.equal(formatAbsolute(value, 'en', { dateOnly: true }), day.format(date), `${tz} ${value}`);
        }
        // A calendar date is the same day in every zone.
        assert.equal(formatAbsolute('2022-01-01', 'en'), 'January 1, 2022');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('formatRelative', () => {
  const now = publishedAt + 2 * HOUR;

  it('says "2 hours ago" in each language', () => {
    assert.equal(formatRelative(published, 'en', now), '2 hours ago');
    assert.equal(formatRelative(published, 'fr', now), 'il y a 2 heures');
    assert.equal(formatRelative(published, 'ar', now), 'قبل ساعتين');
    assert.equal(formatRelative(published, 'de-AT', now), 'vor 2 Stunden');
  });

  it('counts whole units elapsed', () => {
    assert.equal(formatRelative(ago(2 * HOUR + 59 * MINUTE), 'en', publishedAt), '2 hours ago');
    assert.equal(formatRelative(ago(59 * MINUTE + 59 * SECOND), 'en', publishedAt), '59 minutes ago');
    assert.equal(formatRelative(ago(HOUR), 'en', publishedAt), '1 hour ago');
    assert.equal(formatRelative(ago(90 * SECOND), 'en', publishedAt), '1 minute ago');
  });

  it('says "now" within a minute either way', () => {
    assert.equal(formatRelative(published, 'en', publishedAt), 'now');
    assert.equal(formatRelative(published, 'en', publishedAt + 59 * SECOND), 'now');
    assert.equal(formatRelative(published, 'en', publishedAt - 30 * SECOND), 'now');
    assert.equal(formatRelative(published, 'fr', publishedAt + 10 * SECOND), 'maintenant');
  });

  it('speaks of the future', () => {
    assert.equal(formatRelative(published, 'en', publishedAt - 5 * MINUTE), 'in 5 minutes');
    assert.equal(formatRelative(published, 'de', publishedAt - 3 * HOUR), 'in 3 Stunden');
  });

  it('moves on to days, weeks, months and years', () => {
    assert.equal(formatRelative(published, 'en', publishedAt + 30 * HOUR), 'yesterday');
    assert.equal(formatRelative(published, 'en', publishedAt + 3 * DAY), '3 days ago');
    assert.equal(formatRelative(published, 'en', publishedAt + 15 * DAY), '2 weeks ago');
    assert.equal(formatRelative(published, 'en', publishedAt + 100 * DAY), '3 months ago');
    assert.equal(formatRelative(published, 'en', publishedAt + 800 * DAY), '2 years ago');
  });

  it('counts calendar days for a date-only value', () => {
    const morning = new Date(2021, 11, 3, 0, 30).getTime();
    const evening = new Date(2021, 11, 3, 23, 30).getTime();
    for (const now of [morning, evening]) {
      assert.equal(formatRelative('2021-12-03', 'en', now), 'today');
      assert.equal(formatRelative('2021-12-02', 'en', now), 'yesterday');
      assert.equal(formatRelative('2021-11-30', 'en', now), '3 days ago');
      assert.equal(formatRelative('2021-12-04', 'en', now), 'tomorrow');
    }
  });

  it('never throws', () => {
    assert.equal(formatRelative('nope', 'en', now), '');
    assert.equal(formatRelative(published, 'en', Number.NaN), '');
    assert.equal(formatRelative(published, 'en_US!!', now), '2 hours ago');
    assert.equal(formatRelative(published, 'x'.repeat(300), now), '2 hours ago');
  });
});

describe('isRecent', () => {
  it('is true within 24 hours either way, by default', () => {
    assert.equal(isRecent(published, publishedAt + 23 * HOUR), true);
    assert.equal(isRecent(published, publishedAt - 23 * HOUR), true);
    assert.equal(isRecent(published, publishedAt + DAY), false);
    assert.equal(isRecent(published, publishedAt + 2 * DAY), false);
  });

  it('takes another window', () => {
    assert.equal(isRecent(published, publishedAt + 2 * HOUR, HOUR), false);
    assert.equal(isRecent(published, publishedAt + 2 * DAY, 7 * DAY), true);
  });

  it('is false for invalid values', () => {
    assert.equal(isRecent('', publishedAt), false);
    assert.equal(isRecent('soon', publishedAt), false);
  });
});

describe('formatTime', () => {
  it('is relative within 24 hours, with the full date as title', () => {
    assert.deepEqual(
      { ...formatTime(published, 'en', { now: publishedAt + 2 * HOUR, timeZone: 'UTC' }), title: '' },
      { text: '2 hours ago', datetime: '2021-12-02T16:05:00.000Z', relative: true, title: '' },
    );
    const { title } = formatTime(published, 'en', { now: publishedAt + 2 * HOUR, timeZone: 'UTC' });
    assert.equal(plain(title), 'December 2, 2021 at 4:05 PM');
  });

  it('is the date after 24 hours, with the time of day in the title', () => {
    const time = formatTime(published, 'de', { now: publishedAt + 3 * DAY, timeZone: 'UTC' });
    assert.equal(time.relative, false);
    assert.equal(plain(time.text), '2. Dezember 2021');
    assert.equal(plain(time.title), '2. Dezember 2021 um 16:05');
    assert.equal(time.datetime, '2021-12-02T16:05:00.000Z');
  });

  it("shows the date in the reader's zone, and on a server in UTC with the zone named in the title", () => {
    const late = '2021-12-02T23:30:00Z';
    const now = Date.parse(late) + 3 * DAY;
    assert.equal(formatTime(late, 'en', { now, timeZone: 'Asia/Tokyo' }).text, 'December 3, 2021');
    const server = formatTime(late, 'en', { now, server: true });
    assert.equal(server.text, 'December 2, 2021');
    assert.match(plain(server.title), /^December 2, 2021 at 11:30:00 PM UTC$/);
  });

  it('honours relativeWithin', () => {
    assert.equal(formatTime(published, 'en', { now: publishedAt + 2 * HOUR, relativeWithin: HOUR }).relative, false);
    assert.equal(
      formatTime(published, 'en', { now: publishedAt + 3 * DAY, relativeWithin: 7 * DAY }).text,
      '3 days ago',
    );
  });

  it('keeps a date-only value absolute, even on that very day', () => {
    assert.deepEqual(formatTime('2021-12-03', 'en', { now: Date.UTC(2021, 11, 3, 12) }), {
      text: 'December 3, 2021',
      datetime: '2021-12-03',
      relative: false,
      title: 'December 3, 2021',
    });
  });

  it('gives empty strings for an invalid value', () => {
    assert.deepEqual(formatTime('2021-02-30', 'en'), { text: '', datetime: '', relative: false, title: '' });
  });
});

describe('isMeaningfullyLater', () => {
  it('is true from five minutes later, by default', () => {
    assert.equal(isMeaningfullyLater('2021-12-02T16:15:00Z', published), true);
    assert.equal(isMeaningfullyLater('2021-12-02T16:10:00Z', published), true);
    assert.equal(isMeaningfullyLater('2021-12-02T16:09:59Z', published), false);
    assert.equal(isMeaningfullyLater('2021-12-02T16:05:03Z', published), false);
  });

  it('compares instants, not the written offsets', () => {
    assert.equal(isMeaningfullyLater('2021-12-02T11:05:00-05:00', published), false);
    assert.equal(isMeaningfullyLater('2021-12-02T18:05:00+01:00', published), true);
  });

  it('is false when modified is earlier, missing or invalid', () => {
    assert.equal(isMeaningfullyLater('2021-12-01T16:05:00Z', published), false);
    assert.equal(isMeaningfullyLater(undefined, published), false);
    assert.equal(isMeaningfullyLater('2021-12-03T10:00:00Z', undefined), false);
    assert.equal(isMeaningfullyLater('later', published), false);
  });

  it('takes another threshold', () => {
    assert.equal(isMeaningfullyLater('2021-12-02T16:06:00Z', published, 30 * SECOND), true);
    assert.equal(isMeaningfullyLater('2021-12-02T16:35:00Z', published, HOUR), false);
  });
});

describe('nextRelativeUpdate', () => {
  const at = (elapsed: number) => nextRelativeUpdate(published, publishedAt + elapsed);

  it('gives the time until the shown text changes', () => {
    assert.equal(at(0), MINUTE);
    assert.equal(at(30 * SECOND), 30 * SECOND);
    assert.equal(at(5 * MINUTE + 20 * SECOND), 40 * SECOND);
    assert.equal(at(59 * MINUTE), MINUTE);
    assert.equal(at(2 * HOUR + 15 * MINUTE), 45 * MINUTE);
    assert.equal(at(23 * HOUR + 30 * MINUTE), 30 * MINUTE);
  });

  it('counts down to a future time', () => {
    assert.equal(at(-30 * SECOND), 90 * SECOND);
    assert.equal(at(-(MINUTE + 5 * SECOND)), 5 * SECOND + 1);
    assert.equal(at(-3 * HOUR), 1);
  });

  it('is undefined once the text is absolute', () => {
    assert.equal(at(DAY), undefined);
    assert.equal(at(3 * DAY), undefined);
    assert.equal(at(-2 * DAY), undefined);
    assert.equal(nextRelativeUpdate('2021-12-02', publishedAt), undefined);
    assert.equal(nextRelativeUpdate('never', publishedAt), undefined);
  });

  it('agrees with formatTime: same text until then, new text from then', () => {
    const text = (now: number) => formatTime(published, 'en', { now, timeZone: 'UTC' }).text;
    const past = [
      0,
      1,
      59_999,
      60_000,
      61_000,
      7 * MINUTE + 3,
      HOUR - 1,
      HOUR,
      5 * HOUR + 17,
      DAY - 2 * MINUTE,
      DAY - 1,
    ];
    const future = [-1, -59_999, -MINUTE, -61_000, -7 * MINUTE - 3, -HOUR, -2 * HOUR, -5 * HOUR - 17, -DAY + 1];
    for (const offset of [...past, ...future]) {
      const now = publishedAt + offset;
      const wait = nextRelativeUpdate(published, now);
      assert.ok(wait !== undefined && wait > 0, `offset ${offset}`);
      assert.equal(text(now + wait - 1), text(now), `offset ${offset}: unchanged just before`);
      assert.notEqual(text(now + wait), text(now), `offset ${offset}: changed at`);
    }
  });

  it('takes the same window as formatTime', () => {
    assert.equal(nextRelativeUpdate(published, publishedAt + 2 * HOUR, HOUR), undefined);
    assert.equal(nextRelativeUpdate(published, publishedAt + 3 * DAY + 5 * HOUR, 7 * DAY), 19 * HOUR);
  });
});
