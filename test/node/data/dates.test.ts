import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { UPDATE_THRESHOLD_MS, isMeaningfullyLater, parseDate, toTimestamp } from '../../../src/data/index.js';

// Every date format listed in fixtures/real-world/INDEX.md, with a value from the fixture that uses it.
const formats: [format: string, input: string, expected: string | undefined][] = [
  ['Z with milliseconds (bbc-1)', '2017-07-09T23:17:52.000Z', '2017-07-09T23:17:52.000Z'],
  ['Z (sfchronicle-1)', '2016-04-25T23:37:17Z', '2016-04-25T23:37:17Z'],
  ['+00:00 (techcrunch-1)', '2016-01-12T17:00:44+00:00', '2016-01-12T17:00:44+00:00'],
  ['-05:00 (npr-1)', '2020-12-23T22:36:27-05:00', '2020-12-23T22:36:27-05:00'],
  ['-04:00 (prnewswire-1)', '2016-04-25T03:39:00-04:00', '2016-04-25T03:39:00-04:00'],
  ['+01:00 (lemonde-1)', '2023-10-29T04:28:52+01:00', '2023-10-29T04:28:52+01:00'],
  ['+05:30 (timesofindia-1)', '2020-10-02T18:16:21+05:30', '2020-10-02T18:16:21+05:30'],
  ['+08:00 (scmp-1)', '2020-01-20T10:00:08+08:00', '2020-01-20T10:00:08+08:00'],
  ['offset without colon, +0100 (aktualne-1, spiegel-1)', '2021-11-01T10:52:50+0100', '2021-11-01T09:52:50.000Z'],
  ['offset without colon, +0000 (reuters-1)', '2020-01-20T09:49:32+0000', '2020-01-20T09:49:32.000Z'],
  ['no seconds, offset without colon (albayan-1)', '2020-06-03T03:01+0400', '2020-06-02T23:01:00.000Z'],
  ['ISO 8601 basic (registerguard-1, wickedlocal-1)', '20200414T00:38:07Z', '2020-04-14T00:38:07.000Z'],
  ['date only (katapult-1)', '2023-10-26', '2023-10-26'],
  // No zone: the instant could be a day off either way, the calendar date the publisher wrote is certain.
  ['a space and no zone (denverpost-2)', '2023-11-08 18:09:55', '2023-11-08'],
  ['a space and no zone (aoc-1)', '2019-12-09 20:00:49', '2019-12-09'],
  ['a space and no zone (energetyka24-1)', '2021-05-11 09:49:18', '2021-05-11'],
  ['microseconds and no zone (issue 19)', '2017-11-03 03:01:00.000000', '2017-11-03'],
  ['the zone as a word (ambito-1)', '2022-05-04T03:00:00 UTC', '2022-05-04T03:00:00.000Z'],
  ['RFC 1123 (yahoo-2)', 'Wed, 28 Oct 2020 22:22:49 GMT', '2020-10-28T22:22:49.000Z'],
  ['US style with EST (engadget-1)', 'Mon, Jan 7 2019 15:37:00 EST', '2019-01-07T20:37:00.000Z'],
  ['US style with EDT (engadget-1)', 'Thu, May 13 2021 14:01:31 EDT', '2021-05-13T18:01:31.000Z'],
  ['Java Date.toString (faz-1)', 'Tue Jan 28 15:28:56 CET 2020', '2020-01-28T14:28:56.000Z'],
  ['JavaScript Date.toString (nbcnews-2)', 'Tue Jan 05 2021 21:36:30 GMT+0000 (UTC)', '2021-01-05T21:36:30.000Z'],
  ['day/month or month/day, 12-hour clock, no zone (eluniversal-1)', '10/05/2022 05:22 pm', undefined],
  ['year/month/day, no zone (eluniversal-1)', '2022/05/10 17:36:11', '2022-05-10'],
];

describe('parseDate', () => {
  for (const [format, input, expected] of formats) {
    test(format, () => {
      assert.equal(parseDate(input), expected);
      if (expected !== undefined) assert.equal(parseDate(expected), expected, 'idempotent');
    });
  }

  test('more zone spellings', () => {
    assert.equal(parseDate('2020-01-01T12:00:00z'), '2020-01-01T12:00:00.000Z');
    assert.equal(parseDate('2020-01-01 12:00:00Z'), '2020-01-01T12:00:00.000Z');
    assert.equal(parseDate('2020-01-01T12:00:00+01'), '2020-01-01T11:00:00.000Z');
    assert.equal(parseDate('2020-01-01T12:00:00 GMT+01:00'), '2020-01-01T11:00:00.000Z');
    assert.equal(parseDate('2020-01-01T12:00:00,5-0230'), '2020-01-01T14:30:00.500Z');
    assert.equal(parseDate('20200101T120000Z'), '2020-01-01T12:00:00.000Z');
    assert.equal(parseDate('2020-07-01T12:00:00 CEST'), '2020-07-01T10:00:00.000Z');
    assert.equal(parseDate('2020-07-01T12:00:00 BST'), '2020-07-01T11:00:00.000Z');
    assert.equal(parseDate('Sat, 04 Jul 2020 09:30:00 PDT'), '2020-07-04T16:30:00.000Z');
    assert.equal(parseDate('4 July 2020 09:30 +0200'), '2020-07-04T07:30:00.000Z');
    assert.equal(parseDate('July 4th, 2020 9:30 pm CDT'), '2020-07-05T02:30:00.000Z');
    assert.equal(parseDate('Jan 1 2020 12:15 am UTC'), '2020-01-01T00:15:00.000Z');
    assert.equal(parseDate('Wed Dec 02 2020 10:00:00 GMT-0500 (Eastern Standard Time)'), '2020-12-02T15:00:00.000Z');
  });

  test('strict RFC 3339 comes back unchanged, whatever its precision', () => {
    assert.equal(parseDate('2021-12-02T17:05:00+01:00'), '2021-12-02T17:05:00+01:00');
    assert.equal(parseDate('2021-12-02T17:05:00.123456789Z'), '2021-12-02T17:05:00.123456789Z');
    assert.equal(parseDate('  2021-12-02T17:05:00Z\n'), '2021-12-02T17:05:00Z');
  });

  test('calendar dates', () => {
    assert.equal(parseDate('2024-02-29'), '2024-02-29');
    assert.equal(parseDate('20231026'), '2023-10-26');
    assert.equal(parseDate('2023/10/26'), '2023-10-26');
    assert.equal(parseDate('26 October 2023'), '2023-10-26');
    assert.equal(parseDate('Oct 26, 2023'), '2023-10-26');
  });

  test('a time without a zone keeps its calendar date only', () => {
    const dates: [string, string][] = [
      ['2023-11-08T18:09:55', '2023-11-08'],
      ['2023-11-08T18:09', '2023-11-08'],
      ['Tue Jan 28 15:28:56 2020', '2020-01-28'],
      ['Jan 7 2019 3:37 pm', '2019-01-07'],
      ['28 Oct 2020 22:22:49', '2020-10-28'],
    ];
    for (const [input, expected] of dates) assert.equal(parseDate(input), expected, input);
    // Not a time of day: not a date either.
    for (const input of ['2023-11-08T25:09:55', '2023-11-08 18:61', 'Jan 7 2019 13:37 pm', '2023-02-30 10:00'])
      assert.equal(parseDate(input), undefined, input);
  });

  test('impossible calendar values and unknown zones are dropped', () => {
    for (const input of [
      '2023-13-01',
      '2023-00-10',
      '2023-02-29',
      '2023-04-31',
      '2023-01-01T24:00:00Z',
      '2023-01-01T12:60:00Z',
      '2023-01-01T12:00:60Z',
      '2023-01-01T12:00:00+25:00',
      '2023-01-01T12:00:00+01:75',
      '2023-13-01T12:00:00Z',
      '2023-01-01T12:00:00 IST',
      '2023-01-01T12:00:00 XYZ',
      'Feb 30 2020 10:00 GMT',
      'Jan 7 2019 13:37 pm EST',
      'Mon, Jan 7 2019 15:37:00 EST EDT',
    ]) {
      assert.equal(parseDate(input), undefined, input);
    }
  });

  test('anything else is undefined, and nothing throws', () => {
    for (const input of [
      undefined,
      null,
      0,
      1_700_000_000_000,
      {},
      [],
      ['2020-01-01'],
      '',
      'yesterday',
      'True',
      'x'.repeat(200),
      new Date(Number.NaN),
    ]) {
      assert.doesNotThrow(() => parseDate(input));
      assert.equal(parseDate(input), undefined, String(input));
    }
    assert.equal(parseDate(new Date('2020-01-01T00:00:00Z')), '2020-01-01T00:00:00.000Z');
    assert.equal(parseDate('275760-09-13T00:00:01Z'), undefined);
  });
});

describe('toTimestamp', () => {
  test('milliseconds since the epoch for any form parseDate accepts', () => {
    assert.equal(toTimestamp('2021-12-02T17:05:00+01:00'), Date.UTC(2021, 11, 2, 16, 5));
    assert.equal(toTimestamp('2021-12-02T17:05:00.123456Z'), Date.UTC(2021, 11, 2, 17, 5, 0, 123));
    assert.equal(toTimestamp('Tue Jan 28 15:28:56 CET 2020'), Date.UTC(2020, 0, 28, 14, 28, 56));
    assert.equal(toTimestamp('2023-10-26'), Date.UTC(2023, 9, 26));
    assert.equal(toTimestamp('2023-11-08 18:09:55'), Date.UTC(2023, 10, 8));
    assert.equal(toTimestamp('soon'), undefined);
  });
});

describe('isMeaningfullyLater, the one update threshold', () => {
  test('five minutes, used by the data layer and the card alike', () => {
    assert.equal(UPDATE_THRESHOLD_MS, 5 * 60_000);
    const published = '2021-12-02T16:05:00Z';
    assert.equal(isMeaningfullyLater('2021-12-02T16:10:00Z', published), true);
    assert.equal(isMeaningfullyLater('2021-12-02T16:09:59Z', published), false);
    assert.equal(isMeaningfullyLater('2021-12-02T17:10:00+01:00', published), true);
    assert.equal(isMeaningfullyLater(undefined, published), false);
    assert.equal(isMeaningfullyLater('2021-12-02T17:00:00Z', 'soon'), false);
  });
});
