import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { ArticleDataError, normalizeArticle } from '../../../src/data/index.js';
import { readArticle } from '../../../src/data/read-article.js';

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
