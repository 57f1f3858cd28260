import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { ArticleDataError, normalizeArticle, normalizeStories } from '../../../src/data/index.js';
import { normalizeOwnShape } from '../../../src/data/own-shape.js';
import { parseIsoDate, readIsoDate } from '../../../src/data/dates.js';
import { parseDate, readDate } from '../../../src/data/loose-dates.js';
import { readArticle, readOwnStories, readStories } from '../../../src/data/read-article.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const seed = JSON.parse(readFileSync(new URL('seed-article.json', fixtures), 'utf8')) as unknown;
const seedJsonLd = JSON.parse(readFileSync(new URL('seed-article.jsonld', fixtures), 'utf8')) as unknown;
const base = 'https://publisher.example/articles/';

describe('readArticle (the elements’ reader)', () => {
  test('reads our own shape at once, as normalizeArticle does', () => {
    const result = readArticle(seed, base);
    assert.ok(!(result instanceof Promise), 'our shape must not wait for the JSON-LD reader');
    assert.deepEqual(result, normalizeArticle(seed, { base }));
  });

  test('reads the JSON text of our shape at once', () => {
    const result = readArticle(JSON.stringify(seed), base);
    assert.ok(!(result instanceof Promise));
    assert.deepEqual(result, normalizeArticle(seed, { base }));
  });

  test('names the field of bad data in our shape at once', () => {
    const result = readArticle({ url: 'https://publisher.example/a' }, base);
    assert.ok(result instanceof ArticleDataError);
    assert.equal(result.field, 'headline');
  });

  test('reads JSON-LD once its reader has loaded, then at once', async () => {
    const first = readArticle(seedJsonLd, base);
    assert.ok(first instanceof Promise, 'the first JSON-LD loads its reader');
    const firstResult = await first;
    assert.deepEqual(firstResult, normalizeArticle(seedJsonLd, { base }));
    const second = readArticle(seedJsonLd, base);
    assert.ok(!(second instanceof Promise), 'the reader is loaded once per page');
    assert.deepEqual(second, firstResult);
  });

  test('hands input that is neither to normalizeArticle, for its error', async () => {
    for (const input of [42, null, [], '"text"', '{']) {
      const result = await readArticle(input, base);
      assert.ok(result instanceof ArticleDataError, `${JSON.stringify(input)} gives an error`);
      assert.deepEqual(result, normalizeArticle(input, { base }));
    }
  });
});

describe('dates in our shape', () => {
  // Our shape's dates are ISO 8601: the elements read them without the reader of the forms
  // publishers write besides, which comes with the JSON-LD reader's chunk.
  const loose = {
    ...(seed as object),
    datePublished: 'December 2, 2021 16:05 GMT',
    dateModified: 'Thu, 02 Dec 2021 18:40:00 +0000',
  };

  test('in ISO forms are read at once, and impossible ones left out', () => {
    const iso = normalizeOwnShape(seed, base);
    assert.ok(iso !== undefined && !(iso instanceof Error));
    assert.equal(iso.datePublished, '2021-12-02T17:05:00+01:00');
    assert.equal(iso.dateModified, '2021-12-02T19:40:00+01:00');
    const impossible = normalizeOwnShape(
      { ...(seed as object), datePublished: '2021-02-30', dateModified: '2021-13-02T10:00:00Z' },
      base,
    );
    assert.ok(impossible !== undefined && !(impossible instanceof Error));
    assert.equal(impossible.datePublished, undefined);
    assert.equal(impossible.dateModified, undefined);
  });

  test('in other forms go to normalizeArticle, which reads them', async () => {
    assert.equal(normalizeOwnShape(loose, base), undefined);
    const article = await readArticle(loose, base);
    assert.deepEqual(article, normalizeArticle(loose, { base }));
    assert.ok(!(article instanceof Error));
    assert.equal(article.datePublished, '2021-12-02T16:05:00.000Z');
    assert.equal(article.dateModified, '2021-12-02T18:40:00.000Z');
  });

  test('in other forms send a list of stories to normalizeStories', async () => {
    const list = await readStories({ stories: [seed, loose] }, base);
    assert.ok(!(list instanceof Error));
    assert.deepEqual(list.stories, normalizeStories({ stories: [seed, loose] }, { base }));
    assert.equal(list.stories[1]?.datePublished, '2021-12-02T16:05:00.000Z');
  });

  test('are left out of the embed snippet’s reading rather than sent on', () => {
    const article = normalizeOwnShape(loose, base, { looseDates: 'drop' });
    assert.ok(article !== undefined && !(article instanceof Error));
    assert.equal(article.headline, (normalizeArticle(loose, { base }) as { headline: string }).headline);
    assert.equal(article.datePublished, undefined);
  });
});

describe('the ISO forms the elements read themselves', () => {
  // Every form HTML's `datetime` takes for a date and time, and those ISO 8601 variants:
  // read without the loose reader, to the same value as the loose reader gives.
  const forms = [
    '2021-12-02T17:05:00+01:00',
    '2021-12-02T17:05:00.123456Z',
    '2021-12-02 17:05:00Z',
    '2021-12-02T17:05Z',
    '2021-12-02T17:05+0100',
    '2021-12-02T17:05:30-05',
    '2021-12-02 17:05',
    '2021-12-02T23:59:59',
    '0850-06-01T12:00:00Z',
    '2021-12-02',
  ];

  test('give what the loose reader gives', () => {
    for (const form of forms) {
      const iso = parseIsoDate(form);
      assert.notEqual(iso, undefined, form);
      assert.equal(iso, parseDate(form), form);
      assert.equal(readIsoDate(form)?.time, readDate(form)?.time, form);
    }
  });

  test('refuse impossible values, which the loose reader refuses too', () => {
    for (const form of [
      '2021-02-30',
      '2021-12-02T24:00Z',
      '2021-12-02T17:60',
      '2021-12-02T17:05+24:00',
      '2021-13-01 10:00',
    ]) {
      assert.equal(parseIsoDate(form), undefined, form);
      assert.equal(parseDate(form), undefined, form);
    }
  });

  test('leave other forms to the loose reader', () => {
    for (const form of ['December 2, 2021', '2021/12/02', '20211202T170500Z', 'Thu, 02 Dec 2021 17:05:00 GMT']) {
      assert.equal(parseIsoDate(form), undefined, form);
      assert.notEqual(parseDate(form), undefined, form);
    }
  });

  test('a fallback list keeps its stories when a datetime is no date, without that date', () => {
    const list = readOwnStories(
      [
        { url: 'https://publisher.example/a', headline: 'A', datePublished: 'December 2, 2021' },
        { url: 'https://publisher.example/b', headline: 'B', datePublished: '2021-12-02 17:05Z' },
      ],
      base,
      { looseDates: 'drop' },
    );
    assert.ok(list !== undefined && !(list instanceof Error));
    assert.deepEqual(
      list.stories.map((story) => [story.headline, story.datePublished]),
      [
        ['A', undefined],
        ['B', '2021-12-02T17:05:00.000Z'],
      ],
    );
  });
});
