/**
 * Hostile input cannot stall a page or a server (issue 16): every reader does work linear in
 * its input, shown without a clock. Each case runs an adversarial input of size n and 8n and
 * counts the work done (test/node/work-counter.ts): linear work grows 8 times, quadratic 64
 * times; the bound is 12. The cases of the issue come first (its sixth, embedCode's options, is
 * in test/node/embed/embed-code.test.ts), then the other readers, then fast-check's adversarial
 * strings. Work inside one native call (a regular expression's backtracking) is not counted:
 * the patterns that could backtrack are bounded by length first, and bench/hostile.ts times
 * the same corpus (bench/RESULTS.md).
 */
// First: it starts the block coverage the counts come from, before the code under test loads.
import { countWork, workRatio } from '../work-counter.js';

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import '../fast-check-seed.js';

import { countFor, hostileInputs } from '../../../bench/hostile-corpus.js';
import {
  checkUrl,
  decodeEntities,
  htmlToText,
  normalizeArticle,
  normalizeStories,
  parseDate,
  parseJsonText,
  readPage,
  stripTags,
  truncateText,
} from '../../../src/data/index.js';
import { dimensionOf, normalizeLang } from '../../../src/data/fields.js';
import { MAX_REFERENCES } from '../../../src/data/json-ld.js';
import { findJsonLdBlocks } from '../../../src/data/page-scan.js';
import { parseSrcset } from '../../../src/data/srcset.js';
import { main } from '../../../src/ssr/cli.js';

const LINEAR = 12;

function assertLinear(make: (n: number) => unknown, run: (input: unknown) => unknown, n: number): void {
  const ratio = workRatio(make, run, n);
  assert.ok(ratio <= LINEAR, `8 times the input did ${ratio.toFixed(1)} times the work`);
}

const news = (fields: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Headline',
  url: 'https://publisher.example/a',
  ...fields,
});

describe('the cases of issue 16', () => {
  test('1. tag stripping: a "<" and a letter with no ">" after it, in a text and in a list of stories', () => {
    for (const unit of ['<a', '<a b=">"', ' b=">', '<script>']) {
      assertLinear(
        (n) => `x<a${unit.repeat(n)}`,
        (text) => stripTags(text as string),
        1000,
      );
    }
    // Each description is 33 KB (the most a description is read of); the list grows.
    const stories = (n: number) =>
      JSON.stringify(
        Array.from({ length: n }, (_, i) => news({ url: `https://p.example/${i}`, description: '<a'.repeat(16_512) })),
      );
    assertLinear(stories, (text) => normalizeStories(text), 2);
  });

  test('2. @id references: followed without copying the node, however many there are', () => {
    const graph = (n: number) => {
      const big: Record<string, unknown> = { '@id': '#big', '@type': 'Organization', name: 'Big' };
      for (let i = 0; i < 200 * n; i++) big[`k${i}`] = i;
      const reference = () => [[[{ '@id': '#big' }]]];
      return {
        '@graph': [
          big,
          news({
            publisher: Array.from({ length: 20 * n }, reference),
            author: Array.from({ length: 20 * n }, () => ({ '@id': '#big' })),
            image: Array.from({ length: 20 * n }, () => ({ '@id': '#big' })),
          }),
        ],
      };
    };
    assertLinear(graph, (input) => normalizeArticle(input), 4);

    // The big node's keys are listed once, whatever the number of references (a copy lists them each time).
    let listed = 0;
    const input = graph(10);
    const nodes = (input['@graph'] as Record<string, unknown>[]).slice();
    nodes[0] = new Proxy(nodes[0]!, {
      ownKeys(target) {
        listed++;
        return Reflect.ownKeys(target);
      },
    });
    assert.equal((normalizeArticle({ '@graph': nodes }) as { publisher?: { name: string } }).publisher?.name, 'Big');
    assert.ok(listed <= 2, `listed ${listed} times`);
    assert.equal(MAX_REFERENCES, 1000);
  });

  test('3. the page scanner counts lines once, however many blocks a page has', () => {
    const oneLine = (n: number) => '<script type="application/ld+json">{}</script>'.repeat(n);
    const manyLines = (n: number) => '\n<script type="application/ld+json">[1]</script>\n<p>text</p>'.repeat(n);
    assertLinear(oneLine, (page) => findJsonLdBlocks(page as string), 500);
    assertLinear(manyLines, (page) => findJsonLdBlocks(page as string), 500);
    assert.deepEqual(
      findJsonLdBlocks(manyLines(3)).map((block) => block.line),
      [2, 4, 6],
    );
    // And the CLI on such a page, from standard input.
    const cli = (page: unknown) =>
      main(['render', 'related', '-'], {
        stdout: () => undefined,
        stderr: () => undefined,
        readStdin: async () => page as string,
      });
    assertLinear(manyLines, cli, 200);
  });

  test('4. the article URL: pages are indexed by their main entity once, not scanned per candidate', () => {
    const graph = (n: number) => ({
      '@graph': [
        ...Array.from({ length: 50 * n }, (_, i) => ({
          '@type': 'WebPage',
          '@id': `#p${i}`,
          mainEntity: { '@id': `#x${i}` },
        })),
        ...Array.from({ length: 10 * n }, (_, i) => ({ '@type': 'NewsArticle', '@id': `#a${i}`, headline: 'x' })),
      ],
    });
    assertLinear(graph, (input) => normalizeArticle(input), 2);
  });

  test('5. the CLI escapes control characters in every message (see test/node/ssr/cli.test.ts)', async () => {
    let stderr = '';
    const code = await main(['render', 'card', '-'], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      readStdin: async () => '{"a":\u001b]0;PWNED\u0007}',
    });
    assert.equal(code, 1);
    assert.ok(!stderr.includes('\u001b') && !stderr.includes('\u0007'), stderr);
  });

  // 6. embedCode's options: test/node/embed/embed-code.test.ts ("reads each option once, as an own string").
});

describe('every other reader', () => {
  test('text: truncation, entities, whitespace runs', () => {
    const cases: [make: (n: number) => string, read: (text: string) => unknown][] = [
      [(n) => `${'x, '.repeat(n)}y`, (text) => truncateText(text, text.length - 1)],
      [(n) => '&amp;&#x26;&#38;&'.repeat(n), decodeEntities],
      [(n) => `<p>${' , '.repeat(n)}</p>`, (text) => htmlToText(text, 1_000_000)],
    ];
    for (const [make, read] of cases) assertLinear(make, (text) => read(text as string), 1000);
  });

  test('field readers: dimensions, language tags, dates and URLs with long runs are capped first', () => {
    const long = 'x'.repeat(1_000_000);
    for (const [name, run] of [
      ['dimensionOf', () => dimensionOf(`1${' '.repeat(1_000_000)}x`)],
      ['normalizeLang', () => normalizeLang(`en${'.'.repeat(1_000_000)}\n`)],
      ['parseDate', () => parseDate(`2020-01-01${long}`)],
      ['checkUrl', () => checkUrl(`https://a.example/${' '.repeat(1_000_000)}x`)],
    ] as const) {
      assert.ok(countWork(run) < 10_000, name);
    }
    assertLinear(
      (n) => `https://a.example/${' '.repeat(n)}x`,
      (url) => checkUrl(url as string),
      1000,
    );
  });

  test('srcset: a run of commas', () => {
    assertLinear(
      (n) => `https://a.example/x${','.repeat(n)}y 1x`,
      (value) => parseSrcset(value as string),
      2000,
    );
  });

  test('JSON text: nesting and wrappers', () => {
    assertLinear(
      (n) => `<!--${' '.repeat(n)}{"a":1}${' '.repeat(n)}-->`,
      (text) => parseJsonText(text as string),
      2000,
    );
    assertLinear(
      (n) => '['.repeat(n) + ']'.repeat(n),
      (text) => parseJsonText(text as string),
      2000,
    );
  });

  test('keys in any case: each object is indexed once, however many fields miss', () => {
    const wide = (n: number) => {
      const node: Record<string, unknown> = { '@type': 'NewsArticle', HEADLINE: 'x', URL: 'https://p.example/' };
      for (let i = 0; i < 30 * n; i++) node[`Key${i}`] = { NAME: i };
      return node;
    };
    assertLinear(wide, (input) => normalizeArticle(input), 4);
  });

  test('pages: every input of the hostile corpus', () => {
    for (const input of hostileInputs.filter((candidate) => candidate.kind === 'page')) {
      const n = Math.max(1, Math.floor(countFor(input, 20_000)));
      const ratio = workRatio(input.make, (page) => readPage(page as string, { base: 'https://p.example/' }), n);
      assert.ok(ratio <= LINEAR, `${input.name}: ${ratio.toFixed(1)}`);
    }
  });

  test('articles and lists: every input of the hostile corpus', () => {
    for (const input of hostileInputs.filter((candidate) => candidate.kind !== 'page')) {
      const n = Math.max(1, Math.floor(countFor(input, 20_000)));
      const read = input.kind === 'stories' ? normalizeStories : normalizeArticle;
      const ratio = workRatio(input.make, (text) => read(text), n);
      assert.ok(ratio <= LINEAR, `${input.name}: ${ratio.toFixed(1)}`);
    }
  });
});

describe('adversarial strings (fast-check)', () => {
  // The pieces that cost a scanner most: tag starts, quotes after "=", comment and raw-text
  // openers, entities, runs of spaces and punctuation.
  const piece = fc.constantFrom(
    '<a',
    '<a b="',
    '">',
    '>',
    "'",
    '=',
    ' ',
    ',',
    '<!--',
    '-->',
    '<script>',
    '</script',
    '&amp;',
    '&#',
    '<',
    'x',
  );
  const adversarial = fc.array(piece, { minLength: 1, maxLength: 40 });
  const runs = Number(process.env.AW_PROPERTY_RUNS ?? 200);

  test('tag stripping and page reading do work linear in the length of any mix, repeated', () => {
    fc.assert(
      fc.property(adversarial, (pieces) => {
        const unit = pieces.join('');
        const make = (n: number) => unit.repeat(n);
        for (const run of [
          (text: unknown) => htmlToText(text as string, 1_000_000),
          (text: unknown) => readPage(text as string, { base: 'https://p.example/' }),
        ]) {
          const ratio = workRatio(make, run, 50);
          assert.ok(ratio <= LINEAR, `${JSON.stringify(unit)}: ${ratio.toFixed(1)}`);
        }
      }),
      { numRuns: runs },
    );
  });
});
