/**
 * Properties of the data layer, for any input at all (test/node/property/arbitraries.ts):
 * normalizeArticle and normalizeStories never throw, everything they return is clean
 * (article-checks.ts), and normalizing again changes nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ArticleDataError, normalizeArticle, normalizeStories } from '../../../src/data/index.js';
import { articleInput, baseOption, storiesInput } from './arbitraries.js';
import { assertCleanArticle } from './article-checks.js';

const runs = Number(process.env.AW_PROPERTY_RUNS ?? 1000);

function isDataError(value: unknown): value is ArticleDataError {
  return value instanceof ArticleDataError && typeof value.field === 'string' && typeof value.reason === 'string';
}

describe('normalizeArticle, for any input', () => {
  test('never throws: an Article or an ArticleDataError naming the field', () => {
    fc.assert(
      fc.property(articleInput, baseOption, (input, base) => {
        const result = normalizeArticle(input, { base });
        assert.ok(isDataError(result) || (typeof result === 'object' && result !== null && !(result instanceof Error)));
      }),
      { numRuns: runs },
    );
  });

  test('every URL passes the URL policy and every text is plain', () => {
    fc.assert(
      fc.property(articleInput, baseOption, (input, base) => {
        const result = normalizeArticle(input, { base });
        if (!(result instanceof ArticleDataError)) assertCleanArticle(result);
      }),
      { numRuns: runs },
    );
  });

  test('normalizing twice gives the same article', () => {
    fc.assert(
      fc.property(articleInput, baseOption, (input, base) => {
        const once = normalizeArticle(input, { base });
        if (once instanceof ArticleDataError) return;
        assert.deepEqual(normalizeArticle(once, { base }), once);
        assert.deepEqual(normalizeArticle(JSON.stringify(once)), once, 'and its JSON text too');
      }),
      { numRuns: runs },
    );
  });
});

describe('normalizeStories, for any input', () => {
  test('never throws; reports every skipped item with its index', () => {
    fc.assert(
      fc.property(storiesInput, baseOption, (input, base) => {
        const skipped: number[] = [];
        const result = normalizeStories(input, {
          base,
          onInvalid: (error, index) => {
            assert.ok(isDataError(error));
            skipped.push(index);
          },
        });
        if (result instanceof ArticleDataError) return;
        assert.ok(Array.isArray(result));
        assert.deepEqual(
          [...skipped].sort((a, b) => a - b),
          skipped,
          'skipped in order',
        );
        assert.equal(new Set(skipped).size, skipped.length, 'each skipped once');
      }),
      { numRuns: runs },
    );
  });

  test('every story is clean, and normalizing the list twice changes nothing', () => {
    fc.assert(
      fc.property(storiesInput, baseOption, (input, base) => {
        const once = normalizeStories(input, { base });
        if (once instanceof ArticleDataError) return;
        once.forEach(assertCleanArticle);
        assert.deepEqual(normalizeStories(once, { base }), once);
      }),
      { numRuns: runs },
    );
  });
});
