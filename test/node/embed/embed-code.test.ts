/**
 * The embed snippet: exact text for known articles, escaping checked by reading the output
 * back with a real HTML parser (parse5), and refusal of URLs a partner page must not get.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

import { EmbedCodeError, embedCode } from '../../../src/embed/embed-code.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const fixtures = new URL('../../fixtures/', import.meta.url);
const seed: unknown = JSON.parse(readFileSync(new URL('seed-article.json', fixtures), 'utf8'));
const seedJsonLd: unknown = JSON.parse(readFileSync(new URL('seed-article.jsonld', fixtures), 'utf8'));

const seedUrl =
  'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov';
const options = {
  src: 'https://publisher.example/articles/123.json',
  scriptUrl: 'https://publisher.example/widgets/article-widgets.js',
};

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function elements(nodes: Node[]): Element[] {
  return nodes.filter(isElement);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Parses a script-format snippet and checks its shape: one card with one link, one module script. */
function readSnippet(snippet: string): { src?: string; href?: string; headline: string; script?: string } {
  const top = parseFragment(snippet).childNodes;
  const stray = top.filter((node) => !isElement(node) && !(node.nodeName === '#text' && textOf(node).trim() === ''));
  assert.deepEqual(stray, [], 'only elements and whitespace at the top level');
  const [card, script, ...rest] = elements(top);
  assert.equal(rest.length, 0, 'exactly two top-level elements');
  assert.equal(card?.tagName, 'aw-article-card');
  assert.equal(script?.tagName, 'script');
  assert.equal(attribute(script, 'type'), 'module');
  assert.equal(script.childNodes.length, 0, 'the script has no inline code');
  const [link, ...others] = elements(card.childNodes);
  assert.equal(others.length, 0, 'the card holds exactly one element');
  assert.equal(link?.tagName, 'a');
  assert.equal(elements(link.childNodes).length, 0, 'the link holds text only');
  return {
    src: attribute(card, 'src'),
    href: attribute(link, 'href'),
    headline: textOf(link),
    script: attribute(script, 'src'),
  };
}

describe('embedCode, script format', () => {
  test('writes the contract snippet exactly', () => {
    const article = { url: 'https://publisher.example/articles/123', headline: 'Headline as plain text' };
    assert.equal(
      embedCode(article, options),
      [
        '<aw-article-card src="https://publisher.example/articles/123.json">',
        '  <a href="https://publisher.example/articles/123">Headline as plain text</a>',
        '</aw-article-card>',
        '<script type="module" src="https://publisher.example/widgets/article-widgets.js"></script>',
      ].join('\n'),
    );
  });

  test('writes the seed article exactly, apostrophes left as they are in text', () => {
    assert.equal(
      embedCode(seed, options),
      '<aw-article-card src="https://publisher.example/articles/123.json">\n' +
        `  <a href="${seedUrl}">US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov</a>\n` +
        '</aw-article-card>\n' +
        '<script type="module" src="https://publisher.example/widgets/article-widgets.js"></script>',
    );
  });

  test('normalizes schema.org JSON-LD first: the seed JSON-LD gives the same snippet', () => {
    assert.equal(embedCode(seedJsonLd, options), embedCode(seed, options));
  });

  test('defaults to the script format', () => {
    assert.equal(embedCode(seed, { ...options, format: 'script' }), embedCode(seed, options));
  });

  test('parses into one card with one link whose text is the headline, and one module script', () => {
    assert.deepEqual(readSnippet(embedCode(seed, options)), {
      src: options.src,
      href: seedUrl,
      headline: "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov",
      script: options.scriptUrl,
    });
  });

  test('escapes ampersands, quotes and markup in the headline as text', () => {
    const headline = 'Blinken & "Lavrov" <script>alert(1)</script> — Байден ع &amp; 1 < 2 > 0';
    const snippet = embedCode({ url: 'https://publisher.example/a', headline }, options);
    assert.match(
      snippet,
      />Blinken &amp; "Lavrov" &lt;script&gt;alert\(1\)&lt;\/script&gt; — Байден ع &amp;amp; 1 &lt; 2 &gt; 0</,
    );
    assert.doesNotMatch(snippet, /<script>/);
    assert.equal(readSnippet(snippet).headline, headline);
  });

  test('escapes URLs for attributes: & becomes &amp;, and quotes or brackets cannot end the attribute', () => {
    const snippet = embedCode(
      { url: 'https://publisher.example/a?x=1&y="2"&z=<b>', headline: 'H' },
      {
        src: 'https://publisher.example/a.json?x=1&y="><script>alert(1)</script>',
        scriptUrl: "https://cdn.example/aw.js?v=1&t='2'",
      },
    );
    assert.doesNotMatch(snippet, /<script>alert/);
    assert.match(snippet, /src="https:\/\/publisher\.example\/a\.json\?x=1&amp;y=/);
    assert.match(snippet, /src="https:\/\/cdn\.example\/aw\.js\?v=1&amp;t=%272%27"/);
    const read = readSnippet(snippet);
    assert.equal(read.src, 'https://publisher.example/a.json?x=1&y=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    assert.equal(read.href, 'https://publisher.example/a?x=1&y=%222%22&z=%3Cb%3E');
    assert.equal(read.script, 'https://cdn.example/aw.js?v=1&t=%272%27');
  });

  test('keeps non-Latin URLs working by percent-encoding them', () => {
    const read = readSnippet(
      embedCode(
        { url: 'https://publisher.example/новости/1', headline: 'Новости' },
        { ...options, src: 'https://publisher.example/ع.json' },
      ),
    );
    assert.equal(read.href, 'https://publisher.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1');
    assert.equal(read.src, 'https://publisher.example/%D8%B9.json');
    assert.equal(read.headline, 'Новости');
  });

  test('resolves relative URLs against base', () => {
    const read = readSnippet(
      embedCode(
        { url: '/articles/123', headline: 'H' },
        {
          src: '/articles/123.json',
          scriptUrl: '../widgets/article-widgets.js',
          base: 'https://publisher.example/news/',
        },
      ),
    );
    assert.equal(read.href, 'https://publisher.example/articles/123');
    assert.equal(read.src, 'https://publisher.example/articles/123.json');
    assert.equal(read.script, 'https://publisher.example/widgets/article-widgets.js');
  });
});

describe('embedCode, iframe format', () => {
  test('writes an iframe of embed.html next to the script, with src in the query', () => {
    assert.equal(
      embedCode(seed, { ...options, format: 'iframe', resizer: false }),
      '<iframe src="https://publisher.example/widgets/embed.html?src=https%3A%2F%2Fpublisher.example%2Farticles%2F123.json"' +
        ` title="US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov"` +
        ' width="640" height="560" loading="lazy"' +
        ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"' +
        ' style="width:100%;max-width:640px;border:0"></iframe>',
    );
  });

  test('adds the resizer with a fresh secret in the fragment, and layout, theme and lang in the query', () => {
    const first = embedCode(seed, { ...options, format: 'iframe', layout: 'row', theme: 'dark', lang: 'fr' });
    const second = embedCode(seed, { ...options, format: 'iframe', layout: 'row', theme: 'dark', lang: 'fr' });
    const [iframe, script, ...rest] = elements(parseFragment(first).childNodes);
    assert.equal(rest.length, 0);
    assert.equal(iframe?.tagName, 'iframe');
    assert.equal(attribute(iframe, 'data-aw-embed'), '');
    assert.equal(attribute(iframe, 'height'), '260');
    assert.equal(attribute(iframe, 'sandbox')?.includes('allow-same-origin'), false);
    const src = new URL(attribute(iframe, 'src')!);
    assert.equal(src.searchParams.get('src'), options.src);
    assert.equal(src.searchParams.get('layout'), 'row');
    assert.equal(src.searchParams.get('theme'), 'dark');
    assert.equal(src.searchParams.get('lang'), 'fr');
    assert.match(src.hash, /^#aw-secret=[0-9a-f]{24}$/);
    assert.notEqual(new URL(attribute(elements(parseFragment(second).childNodes)[0], 'src')!).hash, src.hash);
    assert.equal(script?.tagName, 'script');
    assert.equal(attribute(script, 'type'), 'module');
    assert.equal(attribute(script, 'src'), 'https://publisher.example/widgets/embed-resizer.js');
  });

  test('uses embedPage when given and escapes the title', () => {
    const snippet = embedCode(
      { url: 'https://publisher.example/a', headline: 'Tom & "Jerry" <b>' },
      { ...options, format: 'iframe', embedPage: 'https://embed.example/card.html?v=2', resizer: false },
    );
    const [iframe, ...rest] = elements(parseFragment(snippet).childNodes);
    assert.equal(rest.length, 0);
    assert.equal(iframe?.tagName, 'iframe');
    assert.equal(attribute(iframe, 'title'), 'Tom & "Jerry" <b>');
    assert.equal(
      attribute(iframe, 'src'),
      `https://embed.example/card.html?v=2&src=${encodeURIComponent(options.src)}`,
    );
    assert.match(snippet, /title="Tom &amp; &quot;Jerry&quot; &lt;b&gt;"/);
  });
});

describe('embedCode refuses what would make a broken or unsafe snippet', () => {
  const article = { url: 'https://publisher.example/a', headline: 'H' };
  const cases: [string, unknown, object, string][] = [
    ['a javascript: src', article, { ...options, src: 'javascript:alert(1)' }, 'src'],
    ['a missing src', article, { scriptUrl: options.scriptUrl }, 'src'],
    ['an empty src', article, { ...options, src: '' }, 'src'],
    ['a relative src without base', article, { ...options, src: '/a.json' }, 'src'],
    ['a data: scriptUrl', article, { ...options, scriptUrl: 'data:text/javascript,alert(1)' }, 'scriptUrl'],
    ['a missing scriptUrl', article, { src: options.src }, 'scriptUrl'],
    ['a mailto: scriptUrl', article, { ...options, scriptUrl: 'mailto:a@b.example' }, 'scriptUrl'],
    ['a javascript: article url', { url: 'javascript:alert(1)', headline: 'H' }, options, 'article.url'],
    ['an article without url', { headline: 'H' }, options, 'article.url'],
    ['an article without headline', { url: 'https://publisher.example/a' }, options, 'article.headline'],
    ['a non-object article', 'https://publisher.example/a', options, 'article.'],
    ['an unsafe embedPage', article, { ...options, format: 'iframe', embedPage: 'javascript:alert(1)//' }, 'embedPage'],
    ['an unknown format', article, { ...options, format: 'amp' }, 'format'],
  ];
  for (const [name, input, badOptions, field] of cases) {
    test(`throws a TypeError naming the field for ${name}`, () => {
      assert.throws(
        () => embedCode(input, badOptions as Parameters<typeof embedCode>[1]),
        (error: unknown) => {
          assert.ok(error instanceof TypeError, 'a TypeError');
          assert.ok(error instanceof EmbedCodeError);
          assert.ok(error.field.startsWith(field), `field ${error.field} starts with ${field}`);
          assert.match(error.message, new RegExp(`^embedCode: ${field.replace('.', '\\.')}`));
          return true;
        },
      );
    });
  }

  test('reads each option once, as an own string of an allowed value (issue 16, case 6)', () => {
    const refused = (badOptions: object, field: string) =>
      assert.throws(
        () => embedCode(article, badOptions as Parameters<typeof embedCode>[1]),
        (error: unknown) => error instanceof EmbedCodeError && error.field === field,
        JSON.stringify(badOptions),
      );
    // `in` would have taken these for layouts, and written them into the snippet as they are.
    for (const layout of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      refused({ ...options, layout }, 'layout');
    // A value that is not a string, whose text would change between a check and a write.
    let calls = 0;
    const shifty = { toString: () => (calls++ === 0 ? 'row' : '"><script>alert(1)</script>') };
    refused({ ...options, layout: shifty }, 'layout');
    refused({ ...options, format: 'iframe', theme: shifty }, 'theme');
    refused({ ...options, src: shifty }, 'src');
    refused({ ...options, format: 'iframe', lang: 'en"><x' }, 'lang');
    refused({ ...options, format: 'iframe', height: 'tall' }, 'height');
    refused({ ...options, format: 'iframe', resizer: 'no' }, 'resizer');
    // Inherited options are not options: a polluted prototype adds nothing.
    const inherited = Object.assign(Object.create({ layout: 'row" onload="alert(1)', format: 'iframe' }), options);
    assert.equal(embedCode(article, inherited), embedCode(article, options));
    // A getter is read once: what is checked is what is written.
    let reads = 0;
    const getter = { ...options };
    Object.defineProperty(getter, 'layout', { enumerable: true, get: () => (reads++ === 0 ? 'row' : 'x" onload="y') });
    assert.match(embedCode(article, getter), /<aw-article-card src="[^"]+" layout="row">/);
    assert.equal(reads, 1);
  });

  test('throws for missing options', () => {
    assert.throws(() => embedCode(seed, undefined as unknown as Parameters<typeof embedCode>[1]), TypeError);
  });
});
