/**
 * Inputs made to cost the readers as much as possible for their size: unclosed tags, reference
 * bombs, deep and wide graphs, many blocks, long runs, huge attribute values. Each is a function
 * of `n`, a count that scales the input's length linearly, so the same shapes serve the
 * work-counting tests (n and 8n: test/node/data/linear-work.test.ts), the benchmark (n chosen for
 * about 1 MB: bench/hostile.ts) and the browser test (test/security/hostile-load.test.ts).
 *
 * `kind` says what the text is: the JSON of one article (for `normalizeArticle`, a card's `src`),
 * the JSON of a list of stories (`normalizeStories`, a related list's `src`) or an HTML page
 * (`readPage`, a card's `src` answering `text/html`). No DOM, no Node APIs: runs anywhere.
 */

export type HostileKind = 'article' | 'stories' | 'page';

export interface HostileInput {
  name: string;
  kind: HostileKind;
  /** The input's text for a count `n`; its length grows linearly with `n`. */
  make(n: number): string;
}

const context = 'https://schema.org';
const url = 'https://publisher.example/hostile';

function news(fields: Record<string, unknown>): Record<string, unknown> {
  return { '@context': context, '@type': 'NewsArticle', headline: 'Headline', url, ...fields };
}

const json = (value: unknown) => JSON.stringify(value);

/** An object with `count` keys: a node costly to copy, and to scan for a key in any case. */
function wideNode(count: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const node: Record<string, unknown> = { ...fields };
  for (let i = 0; i < count; i++) node[`k${i}`] = i;
  return node;
}

/** `depth` arrays around `inner`: how real pages nest references, many times over. */
function nested(inner: unknown, depth: number): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function page(head: string, body = ''): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
}

export const hostileInputs: readonly HostileInput[] = [
  // Issue 16, case 1: a "<" and a letter with no ">" after it, everywhere.
  { name: 'unclosed tags in a description', kind: 'article', make: (n) => json(news({ description: '<a'.repeat(n) })) },
  {
    name: 'quoted ">" in tags that never end',
    kind: 'article',
    make: (n) => json(news({ description: '<a b=">"'.repeat(n), headline: "<i x='>'".repeat(n) })),
  },
  {
    name: 'script tags in text',
    kind: 'article',
    make: (n) => json(news({ description: '<script>x'.repeat(n), articleSection: '<style>'.repeat(n) })),
  },
  { name: 'unclosed comments in text', kind: 'article', make: (n) => json(news({ description: '<!--<a'.repeat(n) })) },
  {
    name: 'stories of unclosed tags',
    kind: 'stories',
    // 30 stories of 33 KB each at n = 30 (the 993 KB list, 35 s before).
    make: (n) =>
      json(Array.from({ length: n }, (_, i) => news({ url: `${url}/${i}`, description: '<a'.repeat(16_512) }))),
  },
  // Issue 16, case 2: one wide node referenced from everywhere (a long @id keeps a megabyte of
  // references under the parser's cap on arrays and objects).
  {
    name: 'reference bomb',
    kind: 'article',
    make: (n) => {
      const id = `#${'big'.repeat(40)}`;
      return json({
        '@context': context,
        '@graph': [
          wideNode(2000, { '@id': id, '@type': 'Organization' }),
          news({
            publisher: Array.from({ length: n }, () => nested({ '@id': id }, 3)),
            author: Array.from({ length: n }, () => ({ '@id': id })),
            image: Array.from({ length: n }, () => ({ '@id': id })),
          }),
        ],
      });
    },
  },
  {
    name: 'a wide node and keys in any case',
    kind: 'article',
    make: (n) => json(wideNode(n, { '@type': 'NewsArticle', HEADLINE: 'x', URL: url })),
  },
  // Issue 16, case 4: many candidate articles, many pages, no URL anywhere.
  {
    name: 'wide graph of pages and candidates',
    kind: 'article',
    make: (n) =>
      json({
        '@graph': [
          ...Array.from({ length: n }, (_, i) => ({
            '@type': 'WebPage',
            '@id': `#p${i}`,
            mainEntity: { '@id': `#x${i}` },
          })),
          ...Array.from({ length: Math.min(n, 1000) }, (_, i) => ({
            '@type': 'NewsArticle',
            '@id': `#a${i}`,
            headline: 'x',
          })),
        ],
      }),
  },
  { name: 'deep arrays', kind: 'article', make: (n) => '['.repeat(n) + ']'.repeat(n) },
  { name: 'deep objects', kind: 'article', make: (n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n) },
  {
    name: 'deep but parseable nesting',
    kind: 'article',
    make: (n) =>
      json(
        Array.from({ length: n }, () =>
          nested(news({ headline: 'x'.repeat(3000), author: nested({ name: 'x' }, 100) }), 100),
        ),
      ),
  },
  // Long runs that patterns anchored at the end try from every position.
  {
    name: 'long runs of spaces and punctuation',
    kind: 'article',
    make: (n) =>
      json(
        news({
          headline: `a${' ,'.repeat(n)}b`,
          description: `${'x,'.repeat(n)}x`,
          inLanguage: `en${'.'.repeat(n)}\n`,
          image: {
            '@type': 'ImageObject',
            url: `${url}/i.jpg`,
            width: `1${' '.repeat(n)}x`,
            height: `2${' '.repeat(n)}`,
          },
        }),
      ),
  },
  {
    name: 'URLs with long space runs',
    kind: 'article',
    make: (n) =>
      json(
        news({
          url: `${url}/${' '.repeat(8000)}x`,
          mainEntityOfPage: `${url}/m`,
          author: Array.from({ length: n }, () => ({ name: 'x', url: `a${' '.repeat(8000)}b` })),
        }),
      ),
  },
  {
    name: 'srcset of commas',
    kind: 'article',
    make: (n) =>
      json({ url, headline: 'x', image: { src: `${url}/a.jpg`, alt: '', srcset: `${url}/x${','.repeat(n)}y 1x` } }),
  },
  {
    name: 'entities everywhere',
    kind: 'article',
    make: (n) => json(news({ description: '&amp;&#x26;&#38;&'.repeat(n), headline: '&#'.repeat(n) })),
  },
  {
    name: 'huge strings in every field',
    kind: 'article',
    make: (n) => {
      const text = 'word '.repeat(n);
      return json({
        url,
        headline: text,
        description: text,
        section: text,
        byline: text,
        lang: text,
        image: { src: `${url}/a.jpg`, alt: text, caption: text, credit: text, sizes: text },
      });
    },
  },
  {
    name: 'many authors and images',
    kind: 'article',
    make: (n) =>
      json(
        news({
          author: Array.from({ length: n }, (_, i) => ({ '@type': 'Person', name: [`A${i}`, `B${i}`] })),
          image: Array.from({ length: n }, () => ({ '@type': 'ImageObject', url: 'javascript:x' })),
        }),
      ),
  },
  {
    name: 'ItemList of many items',
    kind: 'stories',
    make: (n) =>
      json({
        '@type': 'ItemList',
        itemListElement: Array.from({ length: n }, (_, i) => ({
          '@type': 'ListItem',
          position: n - i,
          url: `${url}/${i}`,
          name: `<a${i}`,
        })),
      }),
  },
  // Issue 16, case 3: pages of many blocks (the CLI counted lines from the start for each).
  {
    name: 'page: many JSON-LD blocks on one line',
    kind: 'page',
    make: (n) => page('<title>T</title>', '<script type="application/ld+json">{}</script>'.repeat(n)),
  },
  {
    name: 'page: many JSON-LD blocks on many lines',
    kind: 'page',
    make: (n) => page('<title>T</title>', '\n<script type="application/ld+json">[1]</script>'.repeat(n)),
  },
  {
    name: 'page: many meta tags',
    kind: 'page',
    make: (n) =>
      page('<meta property="og:title" content="x">\n'.repeat(n) + '<meta name="author" content="y">'.repeat(n)),
  },
  {
    name: 'page: huge attribute values',
    kind: 'page',
    make: (n) => page(`<meta property="og:title" content="${'x'.repeat(n)}"><html lang="${'en-'.repeat(n)}">`),
  },
  {
    name: 'page: a tag that never ends',
    kind: 'page',
    make: (n) => `<title>T</title><meta content="${'x '.repeat(n)}`,
  },
  { name: 'page: quotes that never close', kind: 'page', make: (n) => `<title>T</title>${'<a b=">" c=\'>'.repeat(n)}` },
  {
    name: 'page: unclosed comments and raw text',
    kind: 'page',
    make: (n) => `<title>T</title>${'<!-- <script>'.repeat(n)}`,
  },
  { name: 'page: a title of entities', kind: 'page', make: (n) => page(`<title>${'&amp;&#'.repeat(n)}</title>`) },
  {
    name: 'page: a head that never ends',
    kind: 'page',
    make: (n) => `<html><head><title>T</title>${'<link rel="x" href="y">'.repeat(n)}`,
  },
];

/**
 * A count `n` that makes an input at most `bytes` long and close to it (at least 1): estimated
 * from a small input, then corrected down (an input's length may grow a little faster than n).
 */
export function countFor(input: HostileInput, bytes: number): number {
  const fixed = input.make(0).length;
  const perUnit = Math.max(1, (input.make(256).length - fixed) / 256);
  let n = Math.max(1, Math.floor((bytes - fixed) / perUnit));
  for (let length = input.make(n).length; length > bytes && n > 1; length = input.make(n).length) {
    n = Math.max(1, Math.floor((n * bytes) / length) - 1);
  }
  return n;
}
