/**
 * Properties of the embed snippet and the oEmbed response, for any article and any options:
 * they either work or throw the documented TypeError, and what they write, read back by a
 * real HTML parser (parse5), is exactly the snippet of the contract with safe URLs only.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { ArticleDataError, checkUrl, normalizeArticle, type Article } from '../../../src/data/index.js';
import { EmbedCodeError, embedCode, type EmbedCodeOptions } from '../../../src/embed/embed-code.js';
import { toOEmbed } from '../../../src/embed/oembed.js';
import { articleInput, baseOption, urlLike, validishArticle, weirdString } from './arbitraries.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const runs = Number(process.env.AW_PROPERTY_RUNS ?? 1000);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: { childNodes: Node[] }): Element[] {
  return node.childNodes.filter(isElement);
}

/** Text outside elements must be blank: the snippet has nothing but its elements. */
function strayText(node: { childNodes: Node[] }): string {
  return node.childNodes
    .filter((child) => child.nodeName === '#text')
    .map((child) => (child as DefaultTreeAdapterMap['textNode']).value)
    .join('')
    .trim();
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function attributes(element: Element): Record<string, string> {
  return Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
}

function assertLink(value: string | undefined, what: string): void {
  assert.ok(value !== undefined, `${what} is there`);
  const checked = checkUrl(value, { kind: 'link' });
  assert.ok('url' in checked, `${what} passes the URL policy: ${value.slice(0, 200)}`);
  assert.equal(checked.url, value, `${what} is in normal form`);
}

/** The snippet of the contract: the card with one link, then the module script. Nothing else. */
function assertScriptSnippet(html: string, article: Article, options: EmbedCodeOptions): void {
  const fragment = parseFragment(html);
  assert.equal(strayText(fragment), '', 'no text outside the elements');
  const top = children(fragment);
  assert.deepEqual(
    top.map((element) => element.tagName),
    ['aw-article-card', 'script'],
    'one aw-article-card, then one script',
  );
  const [card, script] = top as [Element, Element];
  const cardAttributes = attributes(card);
  assert.deepEqual(
    Object.keys(cardAttributes).filter((name) => name !== 'layout'),
    ['src'],
    'the card has src (and layout)',
  );
  assertLink(cardAttributes.src, 'the card’s src');
  const src = checkUrl(options.src, { kind: 'link', base: options.base });
  assert.ok('url' in src && cardAttributes.src === src.url, 'the card’s src is the src option');
  const links = children(card);
  assert.equal(links.length, 1, 'one element inside the card');
  assert.equal(links[0]!.tagName, 'a', 'a link');
  assert.deepEqual(Object.keys(attributes(links[0]!)), ['href'], 'the link has href only');
  assertLink(attributes(links[0]!).href, 'the link');
  assert.equal(attributes(links[0]!).href, article.url, 'the link is the article URL');
  assert.equal(children(links[0]!).length, 0, 'the link holds text only');
  assert.equal(textOf(links[0]!), article.headline, 'the link text is the headline, as text');
  assert.equal(strayText(card), '', 'nothing else in the card');
  assert.deepEqual(Object.keys(attributes(script)).sort(), ['src', 'type'], 'the script has type and src');
  assert.equal(attributes(script).type, 'module');
  assertLink(attributes(script).src, 'the script’s src');
  assert.equal(textOf(script), '', 'the script has no inline code');
}

const sandbox = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

function assertIframeSnippet(html: string, article: Article): void {
  const fragment = parseFragment(html);
  assert.equal(strayText(fragment), '', 'no text outside the elements');
  const top = children(fragment);
  assert.ok(
    ['iframe', 'iframe script'].includes(top.map((element) => element.tagName).join(' ')),
    `an iframe and maybe the resizer script, not ${top.map((element) => element.tagName).join(' ')}`,
  );
  const frame = attributes(top[0]!);
  assertLink(frame.src, 'the iframe’s src');
  assert.equal(frame.sandbox, sandbox, 'the iframe is sandboxed');
  assert.equal(frame.title, article.headline, 'the iframe is titled with the headline');
  assert.ok(!('srcdoc' in frame), 'no srcdoc');
  assert.equal(children(top[0]!).length, 0, 'nothing inside the iframe');
  if (top[1] !== undefined) {
    assert.equal(attributes(top[1]).type, 'module');
    assertLink(attributes(top[1]).src, 'the resizer script’s src');
    assert.equal(textOf(top[1]), '', 'the resizer script has no inline code');
  }
}

const embedOptions: fc.Arbitrary<EmbedCodeOptions> = fc.record(
  {
    src: fc.oneof({ weight: 3, arbitrary: fc.webUrl() }, { weight: 2, arbitrary: urlLike }),
    scriptUrl: fc.oneof({ weight: 3, arbitrary: fc.webUrl() }, { weight: 2, arbitrary: urlLike }),
    format: fc.oneof(fc.constantFrom('script', 'iframe'), weirdString) as fc.Arbitrary<'script'>,
    embedPage: urlLike,
    base: baseOption,
    layout: fc.oneof(fc.constantFrom('stack', 'row', 'compact', 'overlay'), weirdString) as fc.Arbitrary<'stack'>,
    theme: fc.oneof(fc.constantFrom('auto', 'light', 'dark'), weirdString) as fc.Arbitrary<'auto'>,
    lang: weirdString,
    height: fc.oneof(fc.integer(), fc.double(), weirdString) as fc.Arbitrary<number>,
    resizer: fc.boolean(),
  },
  { requiredKeys: ['src', 'scriptUrl'] },
);

const anyArticle = fc.oneof({ weight: 2, arbitrary: validishArticle }, { weight: 3, arbitrary: articleInput });

/** The documented failure: an EmbedCodeError (a TypeError) naming the field. */
function assertEmbedCodeError(error: unknown): void {
  assert.ok(error instanceof EmbedCodeError, `an EmbedCodeError, not ${String(error)}`);
  assert.ok(error instanceof TypeError);
  assert.equal(error.name, 'EmbedCodeError');
  assert.equal(typeof error.field, 'string');
}

describe('embedCode, for any article and options', () => {
  test('writes the contract’s snippet with safe URLs, or throws an EmbedCodeError', () => {
    fc.assert(
      fc.property(anyArticle, embedOptions, (article, options) => {
        let html: string;
        try {
          html = embedCode(article, options);
        } catch (error) {
          assertEmbedCodeError(error);
          return;
        }
        const normalized = normalizeArticle(article, options.base === undefined ? {} : { base: options.base });
        assert.ok(!(normalized instanceof ArticleDataError), 'only usable articles make a snippet');
        const format = options.format ?? 'script';
        if (format === 'iframe') assertIframeSnippet(html, normalized);
        else assertScriptSnippet(html, normalized, options);
      }),
      { numRuns: runs },
    );
  });

  test('a usable article with valid URLs always makes a snippet', () => {
    fc.assert(
      fc.property(
        validishArticle,
        fc.webUrl(),
        fc.webUrl(),
        fc.constantFrom('script', 'iframe'),
        (article, src, scriptUrl, format) => {
          const html = embedCode(article, { src, scriptUrl, format: format as 'script' });
          assert.ok(html.length > 0);
        },
      ),
      { numRuns: runs },
    );
  });
});

const oembedOptions = fc.record(
  {
    src: fc.oneof({ weight: 3, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: urlLike }),
    scriptUrl: fc.oneof({ weight: 3, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: urlLike }),
    maxwidth: fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.double(), weirdString) as fc.Arbitrary<number>,
    maxheight: fc.oneof(fc.integer({ min: -10, max: 2000 }), fc.double(), weirdString) as fc.Arbitrary<number>,
    format: fc.constantFrom('script', 'iframe') as fc.Arbitrary<'script' | 'iframe'>,
    cacheAge: fc.oneof(fc.integer(), weirdString) as fc.Arbitrary<number>,
  },
  { requiredKeys: ['src', 'scriptUrl'] },
);

function positiveInteger(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 1 ? Math.floor(number) : undefined;
}

describe('toOEmbed, for any article and options', () => {
  test('answers an oEmbed 1.0 rich response with safe URLs, or throws the documented TypeError', () => {
    fc.assert(
      fc.property(anyArticle, oembedOptions, (article, options) => {
        let response: ReturnType<typeof toOEmbed>;
        try {
          response = toOEmbed(article, options);
        } catch (error) {
          assert.ok(error instanceof TypeError, `a TypeError, not ${String(error)}`);
          // Either the article (a plain TypeError) or the options (embedCode's EmbedCodeError).
          if (!(error instanceof EmbedCodeError)) {
            assert.equal(error.constructor, TypeError);
            assert.match(error.message, /^toOEmbed: /);
            assert.ok(normalizeArticle(article) instanceof ArticleDataError, 'only for an unusable article');
          }
          return;
        }
        const normalized = normalizeArticle(article);
        assert.ok(!(normalized instanceof ArticleDataError));
        assert.equal(response.type, 'rich');
        assert.equal(response.version, '1.0');
        assert.equal(response.title, normalized.headline);
        for (const key of ['width', 'height'] as const) {
          assert.ok(
            Number.isInteger(response[key]) && response[key] > 0,
            `${key} is a positive integer: ${response[key]}`,
          );
        }
        const maxwidth = positiveInteger(options.maxwidth);
        const maxheight = positiveInteger(options.maxheight);
        if (maxwidth !== undefined)
          assert.ok(response.width <= maxwidth, `width ${response.width} ≤ maxwidth ${maxwidth}`);
        if (maxheight !== undefined)
          assert.ok(response.height <= maxheight, `height ${response.height} ≤ maxheight ${maxheight}`);
        if (options.format === 'iframe') assertIframeSnippet(response.html, normalized);
        else assertScriptSnippet(response.html, normalized, options);
        for (const key of ['author_url', 'provider_url'] as const) {
          if (response[key] !== undefined) assertLink(response[key], key);
        }
        if (response.thumbnail_url !== undefined) {
          assert.match(response.thumbnail_url, /^https?:/, 'a thumbnail is an http(s) image');
          assert.ok(Number.isInteger(response.thumbnail_width) && Number.isInteger(response.thumbnail_height));
          if (maxwidth !== undefined) assert.ok(response.thumbnail_width! <= maxwidth);
          if (maxheight !== undefined) assert.ok(response.thumbnail_height! <= maxheight);
        } else {
          assert.equal(response.thumbnail_width, undefined, 'thumbnail fields come all together');
          assert.equal(response.thumbnail_height, undefined, 'thumbnail fields come all together');
        }
        assert.ok(Number.isInteger(response.cache_age) && response.cache_age! > 0);
      }),
      { numRuns: runs },
    );
  });
});
