import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { ArticleDataError, isArticle, normalizeArticle, normalizeStories } from '../../../src/data/index.js';
import type { Article } from '../../../src/data/index.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const readFixture = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');
const base = 'https://publisher.example/';
const articleUrl =
  'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov';
const headline = "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov";

function article(input: unknown, options?: { base?: string }): Article {
  const result = normalizeArticle(input, options);
  assert.ok(!(result instanceof ArticleDataError), `unexpected ${String(result)}`);
  return result;
}

function failure(input: unknown, field: string, reason?: RegExp, options?: { base?: string }): ArticleDataError {
  let result: ReturnType<typeof normalizeArticle> | undefined;
  assert.doesNotThrow(() => {
    result = normalizeArticle(input, options);
  });
  assert.ok(result instanceof ArticleDataError, `expected an error, got ${JSON.stringify(result)}`);
  assert.equal(result.name, 'ArticleDataError');
  assert.equal(result.field, field, result.message);
  if (reason) assert.match(result.reason, reason);
  assert.equal(result.message, `${result.field}: ${result.reason}`);
  return result;
}

function undefinedKeys(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [`${path}${key}`] : undefinedKeys(child, `${path}${key}.`),
  );
}

const schemaArticle = (fields: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'A headline',
  url: 'https://news.example/a',
  ...fields,
});

describe('seed fixtures', () => {
  const seed: Article = {
    url: articleUrl,
    headline,
    description: "The US Secretary of State warns Moscow that an attack on Ukraine would not serve Russia's interests.",
    section: 'Europe',
    byline: 'By Euronews with AP',
    authors: [{ name: 'Euronews' }, { name: 'AP' }],
    publisher: { name: 'Euronews', url: 'https://publisher.example/' },
    datePublished: '2021-12-02T17:05:00+01:00',
    dateModified: '2021-12-02T19:40:00+01:00',
    lang: 'en',
    kind: 'video',
    image: {
      src: 'https://publisher.example/images/blinken-lavrov-stockholm.jpg',
      alt: 'Antony Blinken and Sergey Lavrov in Stockholm',
      width: 1200,
      height: 675,
      caption: 'Antony Blinken and Sergey Lavrov in Stockholm',
      credit: 'AP',
    },
  };

  test('our shape comes back as it was', () => {
    assert.deepEqual(article(JSON.parse(readFixture('seed-article.json'))), seed);
    assert.deepEqual(article(readFixture('seed-article.json')), seed, 'as JSON text too');
  });

  test('the JSON-LD seed gives the card the same story', () => {
    assert.deepEqual(article(readFixture('seed-article.jsonld'), { base }), {
      url: articleUrl,
      headline,
      description:
        "The US Secretary of State warns Moscow that an attack on Ukraine would not serve Russia's interests.",
      section: 'Europe',
      authors: [{ name: 'Euronews' }, { name: 'AP' }],
      publisher: { name: 'Euronews', logo: 'https://publisher.example/images/logo.png' },
      datePublished: '2021-12-02T17:05:00+01:00',
      dateModified: '2021-12-02T19:40:00+01:00',
      image: {
        src: 'https://publisher.example/images/blinken-lavrov-stockholm.jpg',
        alt: 'Antony Blinken and Sergey Lavrov in Stockholm',
        width: 1200,
        height: 675,
        caption: 'Antony Blinken and Sergey Lavrov in Stockholm',
        credit: 'AP',
      },
      lang: 'en',
      kind: 'article',
    });
  });

  test('normalizing twice gives the same article, with no undefined keys', () => {
    for (const input of [readFixture('seed-article.json'), readFixture('seed-article.jsonld')]) {
      const once = article(input, { base });
      assert.deepEqual(normalizeArticle(once), once);
      assert.deepEqual(normalizeArticle(once, { base }), once);
      assert.deepEqual(undefinedKeys(once), []);
      assert.ok(isArticle(once));
    }
  });
});

describe('bad input: never throws, names the field', () => {
  test('values that are not articles at all', () => {
    for (const value of [null, undefined, 0, 42, Number.NaN, true, Symbol('x'), () => 1, 10n]) {
      failure(value, 'input', /^expected an object or JSON text, got /);
    }
    failure(null, 'input', /got null$/);
  });

  test('strings that are not JSON', () => {
    failure('', 'json', /^empty$/);
    failure('   \n ', 'json', /^empty$/);
    failure('not json', 'json', /^not valid JSON: /);
    failure('{"headline": "x",}', 'json', /^not valid JSON: /);
    failure('<p>Hello</p>', 'json', /^not valid JSON: /);
    failure('"a JSON string"', 'input', /JSON string/);
    failure('42', 'input', /got a number/);
  });

  test('arrays of junk and objects that hold no article', () => {
    failure([], '@type', /^no article found/);
    failure([1, 'x', null, [], {}, [[null]]], '@type', /^no article found/);
    failure({ '@context': 'https://schema.org', '@type': 'Organization', name: 'X' }, '@type');
    failure({ '@graph': [null, null] }, '@type');
  });

  test('missing or empty headline and url', () => {
    failure({}, 'headline', /^missing or empty$/);
    failure({ url: 'https://news.example/a', headline: '   ' }, 'headline');
    failure({ url: 'https://news.example/a', headline: 42 }, 'headline');
    failure({ headline: 'x' }, 'url', /^missing$/);
    failure({ headline: 'x', url: null }, 'url', /^missing$/);
    failure({ headline: 'x', url: 12 }, 'url');
    failure({ headline: 'x', url: '/relative' }, 'url', /^relative URL without a base$/);
    assert.equal(article({ headline: 'x', url: '/relative' }, { base }).url, 'https://publisher.example/relative');
    failure(schemaArticle({ headline: undefined, name: undefined }), 'headline');
    failure(schemaArticle({ url: undefined }), 'url', /^missing$/);
  });

  test('script URLs are refused however they are disguised', () => {
    const disguises = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \t JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\u0000script:alert(1)',
      '\u0001\u0002javascript:alert(1)',
      'jav\u007fascript:alert(1)',
      'vbscript:msgbox(1)',
    ];
    for (const url of disguises) {
      failure({ headline: 'x', url }, 'url', /^(javascript|vbscript): URLs are not allowed$/, { base });
      failure(schemaArticle({ url }), 'url', /^(javascript|vbscript): URLs are not allowed$/, { base });
    }
    // Entities are decoded once in JSON-LD (where sites HTML-escape URLs), then checked.
    for (const url of [
      '&#106;avascript:alert(1)',
      'JaVa&#x09;ScRiPt&#58;alert(1)',
      'java&Tab;script&#x3a;x',
      '&#x20;javascript:x',
    ]) {
      const error = normalizeArticle(schemaArticle({ url }), { base });
      if (error instanceof ArticleDataError) assert.equal(error.field, 'url');
      else assert.match(error.url, /^https:\/\/publisher\.example\//, 'anything not refused is an http(s) URL');
    }
    failure(schemaArticle({ url: 'JaVa&#x09;ScRiPt&#58;alert(1)' }), 'url', /^javascript: URLs are not allowed$/);
  });

  test('other schemes are refused, and an unsafe url is not replaced by a safe mainEntityOfPage', () => {
    failure(
      { headline: 'x', url: 'data:text/html,<script>alert(1)</script>' },
      'url',
      /^data: URLs are only allowed for images$/,
    );
    failure({ headline: 'x', url: 'data:image/png;base64,AAAA' }, 'url', /^data:/);
    failure({ headline: 'x', url: 'file:///etc/passwd' }, 'url', /^file: URLs are not allowed$/);
    failure({ headline: 'x', url: 'blob:https://news.example/1' }, 'url', /^blob: URLs are not allowed$/);
    failure({ headline: 'x', url: 'mailto:a@b.example' }, 'url', /^mailto:/);
    failure(schemaArticle({ url: 'javascript:alert(1)', mainEntityOfPage: 'https://news.example/a' }), 'url');
  });

  test('a 2 MB headline is capped at a word boundary', () => {
    const huge = 'word '.repeat(400_000);
    for (const input of [
      { url: 'https://news.example/a', headline: huge },
      schemaArticle({ headline: huge, description: huge }),
    ]) {
      const result = article(input);
      assert.ok(result.headline.length <= 500);
      assert.match(result.headline, /^(word )+word…$/);
      if (result.description !== undefined) {
        assert.ok(result.description.length <= 2000);
        assert.ok(result.description.endsWith('word…'));
      }
    }
    failure('x'.repeat(6_000_000), 'json', /^too large/);
  });

  test('cyclic and deeply nested structures', () => {
    const cyclic: Record<string, unknown> = schemaArticle({});
    cyclic.author = cyclic;
    cyclic.publisher = [cyclic, { '@id': 'self' }];
    cyclic.image = { '@list': [cyclic] };
    cyclic['@id'] = 'self';
    cyclic.mainEntityOfPage = cyclic;
    assert.equal(article(cyclic).url, 'https://news.example/a');

    const ownCycle: Record<string, unknown> = { url: 'https://news.example/a', headline: 'x' };
    ownCycle.image = ownCycle;
    ownCycle.authors = [ownCycle];
    ownCycle.publisher = ownCycle;
    assert.equal(article(ownCycle).headline, 'x');

    let deep: unknown = schemaArticle({});
    for (let i = 0; i < 100_000; i++) deep = [deep];
    failure(deep, '@type');

    let deepAuthor: unknown = { name: 'Nobody' };
    for (let i = 0; i < 100_000; i++) deepAuthor = { '@type': 'Person', name: [deepAuthor], image: deepAuthor };
    assert.equal(article(schemaArticle({ author: deepAuthor, image: deepAuthor })).headline, 'A headline');

    // As JSON text, nesting that deep is refused before the engine's parser spends time on it.
    failure('['.repeat(200_000) + ']'.repeat(200_000), 'json', /^nested more than 512 levels deep$/);
  });

  test('getters that throw become an error', () => {
    const hostile = { url: 'https://news.example/a' };
    Object.defineProperty(hostile, 'headline', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    failure(hostile, 'input', /^could not be read \(boom\)$/);
  });

  test('wrong types in optional fields are dropped, not fatal', () => {
    const result = article({
      url: 'https://news.example/a',
      headline: 'x',
      description: 12,
      section: ['a'],
      byline: {},
      authors: 'Jane Doe',
      publisher: 'Publisher',
      datePublished: 1_700_000_000_000,
      dateModified: null,
      image: { src: 42 },
      lang: 7,
      kind: 'podcast',
    });
    assert.deepEqual(result, { url: 'https://news.example/a', headline: 'x', authors: [{ name: 'Jane Doe' }] });
  });
});

describe('picking the article in JSON-LD', () => {
  test('type names: "type", full IRIs, arrays, case', () => {
    assert.equal(article({ type: 'NewsArticle', headline: 'x', url: 'https://n.example/' }).kind, 'article');
    assert.equal(
      article({ '@type': 'https://schema.org/NewsArticle', headline: 'x', url: 'https://n.example/' }).kind,
      'article',
    );
    assert.equal(article({ '@type': 'schema:BlogPosting', headline: 'x', url: 'https://n.example/' }).kind, 'article');
    assert.equal(
      article({ '@type': ['WebPage', 'reportagenewsarticle'], headline: 'x', url: 'https://n.example/' }).kind,
      'article',
    );
    assert.equal(article({ '@type': 'LiveBlogPosting', headline: 'x', url: 'https://n.example/' }).kind, 'live');
    assert.equal(article({ '@type': 'ImageGallery', name: 'x', url: 'https://n.example/' }).kind, 'gallery');
    assert.equal(article({ '@type': 'VideoObject', name: 'A video', url: 'https://n.example/' }).headline, 'A video');
  });

  test('an article is preferred to a video, whatever the order', () => {
    const video = { '@type': 'VideoObject', name: 'The video', url: 'https://n.example/video' };
    const story = schemaArticle({ headline: 'The story' });
    assert.equal(article([video, story]).headline, 'The story');
    assert.equal(article({ '@graph': [video, null, story] }).headline, 'The story');
    assert.equal(article([{ '@graph': [null] }, [video]]).headline, 'The video');
  });

  test('nested updates of a live blog are not candidates', () => {
    const live = {
      '@type': 'LiveBlogPosting',
      headline: 'Live',
      url: 'https://n.example/live',
      liveBlogUpdate: [{ '@type': 'BlogPosting', headline: 'Update', url: 'https://n.example/live#1' }],
    };
    assert.equal(article(live).headline, 'Live');
  });

  test('@id references resolve against every node, nested ones too', () => {
    const result = article([
      JSON.parse(readFileSync(new URL('real-world/nytimes-1.json', fixtures), 'utf8')),
      JSON.parse(readFileSync(new URL('real-world/nytimes-2.json', fixtures), 'utf8')),
    ]);
    assert.deepEqual(result.publisher, {
      name: 'The New York Times',
      url: 'https://www.nytimes.com/',
      logo: 'https://static01.nyt.com/images/misc/NYT_logo_rss_250x40.png',
    });
    const nested = article(
      {
        '@graph': [
          schemaArticle({ author: { '@id': '#jane' }, image: { '@id': '#photo' } }),
          { '@type': 'WebSite', about: { '@type': 'Person', '@id': '#jane', name: 'Jane Doe', url: '/jane' } },
          { '@type': 'WebPage', primaryImageOfPage: { '@type': 'ImageObject', '@id': '#photo', url: '/photo.jpg' } },
        ],
      },
      { base },
    );
    assert.deepEqual(nested.authors, [{ name: 'Jane Doe', url: 'https://publisher.example/jane' }]);
    assert.equal(nested.image?.src, 'https://publisher.example/photo.jpg');
  });

  test('the url comes from url, mainEntityOfPage, or the WebPage the article belongs to', () => {
    assert.equal(
      article(schemaArticle({ url: undefined, mainEntityOfPage: 'https://n.example/m' })).url,
      'https://n.example/m',
    );
    assert.equal(
      article(
        schemaArticle({ url: undefined, mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://n.example/id' } }),
      ).url,
      'https://n.example/id',
    );
    const graph = {
      '@graph': [
        schemaArticle({
          url: undefined,
          '@id': 'https://n.example/p#article',
          isPartOf: { '@id': 'https://n.example/p#webpage' },
        }),
        { '@type': 'WebPage', '@id': 'https://n.example/p#webpage', url: 'https://n.example/p' },
      ],
    };
    assert.equal(article(graph).url, 'https://n.example/p');
    const mainEntity = {
      '@graph': [
        schemaArticle({ url: undefined, '@id': '#story' }),
        { '@type': 'ItemPage', url: 'https://n.example/q', mainEntity: { '@id': '#story' } },
      ],
    };
    assert.equal(article(mainEntity).url, 'https://n.example/q');
    // An old Google example puts `true` there.
    failure(schemaArticle({ url: undefined, mainEntityOfPage: 'True' }), 'url', /^missing$/, { base });
    failure(schemaArticle({ url: undefined, mainEntityOfPage: true }), 'url', /^missing$/);
    // A relative url without a base gives way to an absolute mainEntityOfPage.
    assert.equal(
      article(schemaArticle({ url: '/a', mainEntityOfPage: 'https://n.example/m' })).url,
      'https://n.example/m',
    );
  });
});

describe('patterns of real pages (issue 19)', () => {
  test('"creator" when there is no "author"', () => {
    assert.deepEqual(article(schemaArticle({ creator: 'Ana Lima' })).authors, [{ name: 'Ana Lima' }]);
    assert.deepEqual(article(schemaArticle({ creator: [{ '@type': 'Person', name: 'Jo' }] })).authors, [
      { name: 'Jo' },
    ]);
    assert.deepEqual(article(schemaArticle({ author: 'First', creator: 'Second' })).authors, [{ name: 'First' }]);
  });

  test('mainEntityOfPage: { "id": … } written without the @', () => {
    const story = schemaArticle({
      url: undefined,
      mainEntityOfPage: { '@type': 'WebPage', id: 'https://n.example/id' },
    });
    assert.equal(article(story).url, 'https://n.example/id');
  });

  test("the article nested under an ordinary key, or as a WebPage's mainEntity", () => {
    const nested = { '@context': 'https://schema.org', article: schemaArticle({ headline: 'Nested' }) };
    assert.equal(article(nested).headline, 'Nested');
    const page = { '@type': 'WebPage', name: 'Page', datePublished: '2024-01-01', mainEntity: schemaArticle({}) };
    assert.equal(article(page).headline, 'A headline');
    // Not a list of other stories, and not a related link.
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: schemaArticle({}) }] };
    failure(list, '@type');
    failure({ '@type': 'WebPage', relatedLink: schemaArticle({}) }, '@type');
  });

  test('a Review, or another CreativeWork with a headline and a date', () => {
    const review = {
      '@type': 'Review',
      headline: 'A review',
      datePublished: '2024-02-02T10:00:00Z',
      url: 'https://n.example/review',
      author: { '@type': 'Person', name: 'Critic' },
    };
    assert.deepEqual(
      [article(review).headline, article(review).authors, article(review).kind],
      ['A review', [{ name: 'Critic' }], 'article'],
    );
    // Without a date, or as a Person, it is no story.
    failure({ ...review, datePublished: undefined }, '@type');
    failure({ '@type': 'Person', headline: 'x', datePublished: '2024-01-01', url: 'https://n.example/' }, '@type');
    // An article still wins.
    assert.equal(article([review, schemaArticle({ headline: 'Story' })]).headline, 'Story');
  });

  test('a Yoast graph whose WebPage carries the story, with no Article node', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://n.example/#website', name: 'Site' },
        {
          '@type': 'WebPage',
          '@id': 'https://n.example/story/',
          url: 'https://n.example/story/',
          name: 'The story - Site',
          datePublished: '2024-03-01T08:00:00+00:00',
          primaryImageOfPage: { '@id': 'https://n.example/story/#image' },
          author: { '@id': 'https://n.example/#/person/1' },
          inLanguage: 'en-US',
        },
        {
          '@type': 'ImageObject',
          '@id': 'https://n.example/story/#image',
          url: 'https://n.example/a.jpg',
          width: 1200,
        },
        { '@type': 'Person', '@id': 'https://n.example/#/person/1', name: 'Writer' },
      ],
    };
    assert.deepEqual(article(graph), {
      url: 'https://n.example/story/',
      headline: 'The story - Site',
      authors: [{ name: 'Writer' }],
      datePublished: '2024-03-01T08:00:00+00:00',
      image: { src: 'https://n.example/a.jpg', alt: 'The story - Site', width: 1200 },
      lang: 'en-US',
      kind: 'article',
    });
    // A WebPage without a date is a page, not a story.
    failure({ '@type': 'WebPage', name: 'Home', url: 'https://n.example/' }, '@type');
  });

  test('a time without a zone keeps its calendar date', () => {
    assert.equal(article(schemaArticle({ datePublished: '2017-11-03 03:01:00.000000' })).datePublished, '2017-11-03');
  });
});

describe('fields from JSON-LD', () => {
  test('text is decoded once and stripped of tags', () => {
    const result = article(
      schemaArticle({
        headline: 'Tom &amp; Jerry &#8217;s <b>big</b>&nbsp;day',
        description: '<p>First&hellip;</p><p>Second &amp;uuml; <a href="https://x.example/?a=1&amp;b=2">link</a></p>',
        articleSection: 'Wirtschaft &amp; Finanzen',
      }),
    );
    assert.equal(result.headline, 'Tom & Jerry ’s big\u00a0day');
    assert.equal(result.description, 'First… Second &uuml; link');
    assert.equal(result.section, 'Wirtschaft & Finanzen');
  });

  test('section: the first of an array or of a comma-joined list', () => {
    assert.equal(article(schemaArticle({ articleSection: ['', 'Europe', 'World'] })).section, 'Europe');
    assert.equal(article(schemaArticle({ articleSection: 'Wirtschaft, Tipps' })).section, 'Wirtschaft');
    assert.equal(
      article(schemaArticle({ articleSection: 'Heftarchiv / DER SPIEGEL' })).section,
      'Heftarchiv / DER SPIEGEL',
    );
    assert.equal(article(schemaArticle({ articleSection: { name: 'x' } })).section, undefined);
  });

  test('authors: Person, Organization, strings, arrays, names as arrays, "By " prefixes', () => {
    const authors = (author: unknown) => article(schemaArticle({ author })).authors;
    assert.deepEqual(authors('BNS'), [{ name: 'BNS' }]);
    assert.deepEqual(authors(['The Economist', '']), [{ name: 'The Economist' }]);
    assert.deepEqual(authors({ '@type': 'Person', name: 'By Will Smale' }), [{ name: 'Will Smale' }]);
    assert.deepEqual(authors({ '@type': 'Person', name: 'by: Jane Roe' }), [{ name: 'Jane Roe' }]);
    assert.deepEqual(authors({ '@type': 'Person', name: 'Byron Lee' }), [{ name: 'Byron Lee' }]);
    assert.deepEqual(
      authors({ '@type': 'Person', name: ['Darian Woods', 'Sarah Gonzalez'], url: 'https://n.example/x' }),
      [{ name: 'Darian Woods' }, { name: 'Sarah Gonzalez' }],
    );
    assert.deepEqual(
      authors([
        { '@type': 'Person', name: 'A', url: 'https://n.example/a' },
        { '@type': 'Organization', name: 'B', url: 'javascript:alert(1)' },
        { '@type': 'Person', name: 'A' },
        { '@type': 'Person' },
        null,
        7,
      ]),
      [{ name: 'A', url: 'https://n.example/a' }, { name: 'B' }],
    );
    assert.equal(authors({ '@id': 'nowhere' }), undefined);
  });

  test('publisher: name, url and a logo from a string, ImageObject or array; protocol-relative resolved', () => {
    const publisher = (value: unknown, options?: { base?: string }) =>
      article(schemaArticle({ publisher: value }), options).publisher;
    assert.deepEqual(publisher({ name: 'P', logo: '//cdn.example/logo.png' }), {
      name: 'P',
      logo: 'https://cdn.example/logo.png',
    });
    assert.deepEqual(publisher({ name: 'P', logo: '//cdn.example/logo.png' }, { base: 'http://site.example/' }), {
      name: 'P',
      logo: 'http://cdn.example/logo.png',
    });
    assert.deepEqual(
      publisher([{ '@type': 'Organization', name: 'P', url: 'https://p.example', logo: [{ url: '/l.png' }] }], {
        base,
      }),
      {
        name: 'P',
        url: 'https://p.example/',
        logo: 'https://publisher.example/l.png',
      },
    );
    // A "logo" that is the home page is not an image.
    assert.deepEqual(publisher({ name: 'P', logo: { '@type': 'imageObject', url: 'http://elsiglo.com.pa' } }), {
      name: 'P',
    });
    assert.equal(publisher({ logo: 'https://p.example/l.png' }), undefined);
  });

  test('dates: published from datePublished, dateCreated or uploadDate; modified only when it is an update', () => {
    const dates = (fields: Record<string, unknown>) => {
      const { datePublished, dateModified } = article(schemaArticle(fields));
      return { datePublished, dateModified };
    };
    assert.deepEqual(dates({ dateCreated: '2020-01-01T10:00:00Z' }), {
      datePublished: '2020-01-01T10:00:00Z',
      dateModified: undefined,
    });
    assert.deepEqual(dates({ datePublished: 'soon', uploadDate: '2020-01-01T10:00:00+0100' }), {
      datePublished: '2020-01-01T09:00:00.000Z',
      dateModified: undefined,
    });
    // A time without a zone keeps its calendar date.
    assert.deepEqual(dates({ datePublished: '2020-01-01 10:00:00', uploadDate: '2020-01-01T10:00:00+0100' }), {
      datePublished: '2020-01-01',
      dateModified: undefined,
    });
    // Earlier than published: a CMS artifact; within five minutes: the story's first saves.
    assert.equal(
      dates({ datePublished: '2020-12-23T22:36:27-05:00', dateModified: '2020-12-23T22:36:00-05:00' }).dateModified,
      undefined,
    );
    assert.equal(
      dates({ datePublished: '2016-05-24T18:00:03.894Z', dateModified: '2016-05-24T18:00:03.899Z' }).dateModified,
      undefined,
    );
    assert.equal(
      dates({ datePublished: '2020-01-01T10:00:00Z', dateModified: '2020-01-01T10:04:59Z' }).dateModified,
      undefined,
    );
    assert.equal(
      dates({ datePublished: '2020-01-01T10:00:00Z', dateModified: '2020-01-01T10:05:00Z' }).dateModified,
      '2020-01-01T10:05:00Z',
    );
    // Different offsets compare as instants.
    assert.equal(
      dates({ datePublished: '2025-09-01T14:10:40+01:00', dateModified: '2025-09-01T07:10:40-07:00' }).dateModified,
      '2025-09-01T07:10:40-07:00',
    );
    assert.equal(
      dates({ datePublished: '2025-09-01T14:10:40+01:00', dateModified: '2025-09-01T06:10:40-07:00' }).dateModified,
      undefined,
      'the same instant written with another offset',
    );
    assert.equal(dates({ dateModified: '2020-01-01T10:00:00Z' }).dateModified, '2020-01-01T10:00:00Z');
    assert.equal(dates({ datePublished: '2023-10-26', dateModified: '2023-10-27' }).dateModified, '2023-10-27');
  });

  test('image: strings, arrays, ImageObject, @list, thumbnailUrl; contentUrl before url', () => {
    const image = (fields: Record<string, unknown>, options?: { base?: string }) =>
      article(schemaArticle(fields), options).image;
    assert.deepEqual(image({ image: ['', '  ', 'https://i.example/1.jpg', 'https://i.example/2.jpg'] }), {
      src: 'https://i.example/1.jpg',
      alt: 'A headline',
    });
    assert.deepEqual(image({ image: { '@list': ['/a.jpg'] } }, { base }), {
      src: 'https://publisher.example/a.jpg',
      alt: 'A headline',
    });
    assert.deepEqual(
      image({ image: { url: 'https://i.example/url.jpg', contentUrl: 'https://i.example/content.jpg' } }),
      {
        src: 'https://i.example/content.jpg',
        alt: 'A headline',
      },
    );
    assert.deepEqual(image({ thumbnailURL: 'https://i.example/t.jpg' }), {
      src: 'https://i.example/t.jpg',
      alt: 'A headline',
    });
    assert.equal(image({ image: [''] }), undefined);
    assert.equal(image({}), undefined);
  });

  test('image: an unsafe src drops the image, not the article', () => {
    const result = article(schemaArticle({ image: 'javascript:alert(1)' }));
    assert.equal(result.image, undefined);
    assert.equal(article(schemaArticle({ image: { url: 'data:text/html,<b>x</b>' } })).image, undefined);
    assert.equal(
      article(schemaArticle({ image: ['javascript:alert(1)', { url: 'https://i.example/ok.jpg' }] })).image?.src,
      'https://i.example/ok.jpg',
    );
    assert.equal(
      article(schemaArticle({ image: 'data:image/png;base64,iVBORw0KGgo=' })).image?.src,
      'data:image/png;base64,iVBORw0KGgo=',
    );
  });

  test('image: width and height from numbers or strings with units; nonsense omitted', () => {
    const size = (width: unknown, height: unknown) => {
      const found = article(schemaArticle({ image: { url: 'https://i.example/a.jpg', width, height } })).image!;
      return [found.width, found.height];
    };
    assert.deepEqual(size(1600, 900), [1600, 900]);
    assert.deepEqual(size('1600px', ' 1069 '), [1600, 1069]);
    assert.deepEqual(size('1342.6', { '@type': 'QuantitativeValue', value: 671 }), [1343, 671]);
    assert.deepEqual(size('wide', -5), [undefined, undefined]);
    assert.deepEqual(size(0, Number.POSITIVE_INFINITY), [undefined, undefined]);
    assert.deepEqual(size('', null), [undefined, undefined]);
    assert.deepEqual(size('50%', '1e9'), [undefined, undefined]);
    const cyclic: Record<string, unknown> = {};
    cyclic.value = cyclic;
    assert.deepEqual(size(cyclic, { value: { value: 5 } }), [undefined, undefined]);
  });

  test('image: alt, caption and credit', () => {
    const image = (fields: Record<string, unknown>) =>
      article(schemaArticle({ image: { '@type': 'ImageObject', url: 'https://i.example/a.jpg', ...fields } })).image!;
    assert.equal(image({ name: 'rewilding-redonda.jpg', caption: 'The island.\r\n' }).alt, 'The island.');
    assert.equal(image({ name: 'rewilding-redonda.jpg', caption: 'The island.\r\n' }).caption, 'The island.');
    assert.equal(image({ name: 'd-161500790' }).alt, 'A headline');
    assert.equal(
      image({ description: 'Two people shaking hands', caption: 'Leaders meet' }).alt,
      'Two people shaking hands',
    );
    assert.equal(image({ caption: '<em>Leaders</em> meet &amp; talk' }).caption, 'Leaders meet & talk');
    assert.equal(image({ creditText: 'Reuters', copyrightHolder: 'AP', author: 'X' }).credit, 'Reuters');
    assert.equal(image({ copyrightHolder: { '@type': 'Organization', name: 'AP' }, author: 'X' }).credit, 'AP');
    assert.equal(image({ author: { '@type': 'Person', name: 'Jane Doe' } }).credit, 'Jane Doe');
    assert.equal(image({ contributor: 'Ed Marshall' }).credit, 'Ed Marshall');
    assert.deepEqual(image({ caption: '© Jane Doe / AFP' }), {
      src: 'https://i.example/a.jpg',
      alt: 'A headline',
      credit: 'Jane Doe / AFP',
    });
    assert.equal(image({ caption: '(c) Jane Doe', creditText: 'AFP' }).caption, undefined);
  });

  test('lang: a valid BCP 47 tag, else nothing', () => {
    const lang = (inLanguage: unknown) => article(schemaArticle({ inLanguage })).lang;
    assert.equal(lang('en-us'), 'en-US');
    assert.equal(lang('de-DE'), 'de-DE');
    assert.equal(lang('zh-Hant-TW'), 'zh-Hant-TW');
    assert.equal(lang({ '@type': 'Language', name: 'English', alternateName: 'en' }), 'en');
    assert.equal(lang({ '@type': 'Language', name: 'fr' }), 'fr');
    assert.equal(lang('es_AR.UTF-8'), 'es-AR');
    assert.equal(lang(['ar', 'en']), 'ar');
    for (const bad of ['English', 'en--US', '', 'x', '12', 'en-US-<script>', 42, null, { name: 'Deutsch' }]) {
      assert.equal(lang(bad), undefined, String(bad));
    }
  });

  test('a standfirst that only repeats the headline is left out', () => {
    assert.equal(article(schemaArticle({ description: 'A headline' })).description, undefined);
    assert.equal(article(schemaArticle({ description: 'A head' })).description, undefined);
    assert.equal(article(schemaArticle({ description: 'Another text' })).description, 'Another text');
  });
});

describe('our shape', () => {
  test('text is already plain: nothing is decoded again', () => {
    const result = article(
      {
        url: 'https://news.example/a',
        headline: 'Tom &amp; Jerry <b>bold</b>',
        byline: '  By   Jane\n Doe ',
        authors: [{ name: 'By Jane Doe', url: '/jane' }, 'John Roe'],
        image: {
          src: '/a.jpg',
          alt: '',
          srcset: '/a.jpg 1x, javascript:alert(1) 2x, /b.jpg 2x',
          sizes: '(min-width: 40em) 50vw, 100vw',
        },
      },
      { base },
    );
    assert.equal(result.headline, 'Tom &amp; Jerry <b>bold</b>');
    assert.equal(result.byline, 'By Jane Doe');
    assert.deepEqual(result.authors, [
      { name: 'Jane Doe', url: 'https://publisher.example/jane' },
      { name: 'John Roe' },
    ]);
    assert.deepEqual(result.image, {
      src: 'https://publisher.example/a.jpg',
      alt: '',
      srcset: 'https://publisher.example/a.jpg 1x, https://publisher.example/b.jpg 2x',
      sizes: '(min-width: 40em) 50vw, 100vw',
    });
    assert.deepEqual(normalizeArticle(result), result);
  });

  test('a srcset candidate that is a data: URL ending in its comma (no data) is dropped, so normalizing again changes nothing', () => {
    // Found by the property test: the NUL goes, the URL ends in its comma, and a comma written
    // as %2C (what keeps an http URL's trailing comma) would make it a data: URL without data.
    const input = {
      url: 'http://a.example/',
      headline: 'H',
      image: { src: 'http://a.example/a.jpg', srcset: 'data:image/svg+xml,\u0000, http://a.example/b.jpg 2x' },
    };
    const once = article(input);
    assert.equal(once.image?.srcset, 'http://a.example/b.jpg 2x');
    assert.deepEqual(normalizeArticle(once), once);
  });

  test('an image without alt gets the headline; an unsafe image is dropped', () => {
    assert.equal(
      article({ url: 'https://n.example/', headline: 'H', image: { src: 'https://i.example/a.jpg' } }).image?.alt,
      'H',
    );
    assert.equal(
      article({ url: 'https://n.example/', headline: 'H', image: { src: 'javascript:x', alt: 'a' } }).image,
      undefined,
    );
  });

  test('kind and lang are kept only when valid', () => {
    const result = article({ url: 'https://n.example/', headline: 'H', kind: 'live', lang: 'pt-br' });
    assert.equal(result.kind, 'live');
    assert.equal(result.lang, 'pt-BR');
    assert.equal(
      article({ url: 'https://n.example/', headline: 'H', kind: 'LIVE', lang: 'not a tag' }).kind,
      undefined,
    );
  });
});

describe('normalizeStories', () => {
  const related = [
    {
      url: 'https://publisher.example/2021/12/03/biden-and-putin-to-talk-next-week-amid-growing-tensions-over-ukraine',
      headline: 'Biden and Putin to talk next week amid growing tensions over Ukraine',
      datePublished: '2021-12-03T08:30:00+01:00',
      image: {
        src: 'https://publisher.example/images/biden-putin.jpg',
        alt: 'Joe Biden and Vladimir Putin',
        width: 800,
        height: 450,
        credit: 'AP',
      },
    },
    {
      url: 'https://publisher.example/2021/12/02/sweden-says-russian-warplane-violated-its-airspace',
      headline: 'Sweden says Russian warplane violated its airspace',
      datePublished: '2021-12-02T12:10:00+01:00',
      image: {
        src: 'https://publisher.example/images/warplane.jpg',
        alt: 'A fighter jet over the Baltic Sea',
        width: 800,
        height: 450,
        credit: 'AFP',
      },
    },
    {
      url: 'https://publisher.example/2024/06/17/gps-jamming-by-russia-nordic-nato-countries',
      headline: 'GPS jamming by Russia was already a concern. For the Nordic NATO countries, it may only get worse',
      datePublished: '2024-06-17T10:00:00+02:00',
    },
  ];

  test('the related-stories fixture, as an object, an array and JSON text', () => {
    const text = readFixture('related-stories.json');
    assert.deepEqual(normalizeStories(text), related);
    const parsed = JSON.parse(text) as { stories: unknown[] };
    assert.deepEqual(normalizeStories(parsed), related);
    assert.deepEqual(normalizeStories(parsed.stories), related);
  });

  test('a schema.org ItemList, in position order, with items as nodes, URLs or ListItem url + name', () => {
    const list = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 3, url: '/c', name: 'Third &amp; last' },
        { '@type': 'ListItem', position: 1, item: schemaArticle({ headline: 'First', url: '/a', image: '/a.jpg' }) },
        { '@type': 'ListItem', position: 2, item: '/b', name: 'Second' },
        { '@type': 'ListItem', position: 4, item: { '@type': 'WebPage', '@id': '/d', name: 'Fourth' } },
        { '@type': 'ListItem', position: 5, name: 'No URL' },
      ],
    };
    const invalid: [string, number][] = [];
    const stories = normalizeStories(
      JSON.stringify({ '@graph': [{ '@type': 'BreadcrumbList', itemListElement: [] }, list] }),
      {
        base,
        onInvalid: (error, index) => invalid.push([error.message, index]),
      },
    );
    assert.ok(Array.isArray(stories));
    assert.deepEqual(
      stories.map((story) => [story.headline, story.url, story.image?.src]),
      [
        ['First', 'https://publisher.example/a', 'https://publisher.example/a.jpg'],
        ['Second', 'https://publisher.example/b', undefined],
        ['Third & last', 'https://publisher.example/c', undefined],
        ['Fourth', 'https://publisher.example/d', undefined],
      ],
    );
    assert.deepEqual(invalid, [['url: missing', 4]]);
  });

  test('items that fail are skipped and reported with their index', () => {
    const invalid: [string, number][] = [];
    const stories = normalizeStories(
      [
        { url: 'https://n.example/1', headline: 'One' },
        null,
        { url: 'javascript:alert(1)', headline: 'Bad' },
        'junk',
        { headline: '' },
      ],
      { onInvalid: (error, index) => invalid.push([error.field, index]) },
    );
    assert.deepEqual(stories, [{ url: 'https://n.example/1', headline: 'One' }]);
    assert.deepEqual(invalid, [
      ['input', 1],
      ['url', 2],
      ['json', 3],
      ['headline', 4],
    ]);
    assert.deepEqual(normalizeStories([]), []);
  });

  test('anything that is not list-like is an error', () => {
    for (const input of [null, undefined, 42, {}, { stories: 'x' }, schemaArticle({}), true]) {
      const result = normalizeStories(input);
      assert.ok(result instanceof ArticleDataError, JSON.stringify(input));
      assert.equal(result.field, 'stories');
    }
    const bad = normalizeStories('{nope');
    assert.ok(bad instanceof ArticleDataError);
    assert.equal(bad.field, 'json');
  });
});

describe('isArticle', () => {
  test('accepts the shape, rejects near misses', () => {
    assert.ok(isArticle({ url: 'https://n.example/', headline: 'H' }));
    assert.ok(isArticle(JSON.parse(readFixture('seed-article.json'))));
    for (const value of [
      null,
      'x',
      [],
      { url: 'https://n.example/' },
      { url: 'javascript:alert(1)', headline: 'H' },
      { url: '/relative', headline: 'H' },
      { url: 'https://n.example/', headline: '' },
      { url: 'https://n.example/', headline: 'H', kind: 'podcast' },
      { url: 'https://n.example/', headline: 'H', authors: [{ url: 'x' }] },
      { url: 'https://n.example/', headline: 'H', image: { src: 'https://i.example/a.jpg' } },
      { url: 'https://n.example/', headline: 'H', image: { src: 'x', alt: 'a', width: '100' } },
      { url: 'https://n.example/', headline: 'H', publisher: { url: 'x' } },
      { url: 'https://n.example/', headline: 'H', datePublished: 5 },
    ]) {
      assert.equal(isArticle(value), false, JSON.stringify(value));
    }
  });
});
