/**
 * `readPage`: a card from any article page. The 48 real pages of test/fixtures/real-pages
 * (each gives a card, with its headline and the language it declares), then each pattern the
 * reader knows, on small pages written for it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { ArticleDataError, readPage, type Article } from '../../../src/data/index.js';
import { declaredLang } from '../../helpers/real-pages.js';

const realPages = new URL('../../fixtures/real-pages/', import.meta.url);
const pageNames = readdirSync(realPages).filter((name) => !name.endsWith('.md'));

function read(name: string): { html: string; expected: { title: string; lang?: string | null } } {
  return {
    html: readFileSync(new URL(`${name}/head.html`, realPages), 'utf8'),
    expected: JSON.parse(readFileSync(new URL(`${name}/expected-metadata.json`, realPages), 'utf8')) as {
      title: string;
      lang?: string | null;
    },
  };
}

const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the 48 real pages', () => {
  test('every page has a row', () => {
    assert.deepEqual([...pageNames].sort(), Object.keys(declaredLang).sort());
  });

  for (const name of pageNames) {
    test(name, () => {
      const { html, expected } = read(name);
      const base = `https://pages.example/${name}/`;
      const article = readPage(html, { base });
      assert.ok(!(article instanceof ArticleDataError), `a card: ${String(article)}`);
      // readability's titles, from whole pages, agree with the head's on every page.
      assert.equal(spaces(article.headline).toLowerCase(), spaces(expected.title).toLowerCase());
      assert.equal(article.lang, declaredLang[name]);
      if (typeof expected.lang === 'string' && name !== 'liberation-1') {
        assert.equal(article.lang?.split('-')[0], expected.lang.split('-')[0]!.toLowerCase(), 'the second opinion');
      }
      // The page's own URL: its canonical link or og:url when it has one, else where it was read from.
      if (/rel=["']?canonical|og:url|application\/ld\+json/i.test(html)) assert.notEqual(article.url, base);
      else assert.equal(article.url, base);
    });
  }

  test('pages with og:title or a JSON-LD article: all of them', () => {
    const withMetadata = pageNames.filter((name) => /og:title|application\/ld\+json/.test(read(name).html));
    assert.equal(withMetadata.length, 42);
    const cards = withMetadata.filter((name) => !(readPage(read(name).html) instanceof ArticleDataError));
    // Without a base URL: the page names its own URL (canonical link, og:url or JSON-LD).
    assert.deepEqual(cards, withMetadata);
  });
});

const url = 'https://news.example/2024/story';

/** A page with these head tags and body. */
function page(head: string, body = '<p>Text</p>', htmlAttributes = ' lang="en"'): string {
  return `<!doctype html><html${htmlAttributes}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

function article(html: string, options: { base?: string } = { base: url }): Article {
  const result = readPage(html, options);
  assert.ok(!(result instanceof ArticleDataError), `expected an article, got ${String(result)}`);
  return result;
}

function failure(html: unknown, field: string): ArticleDataError {
  let result: ReturnType<typeof readPage> | undefined;
  assert.doesNotThrow(() => {
    result = readPage(html as string, { base: url });
  });
  assert.ok(result instanceof ArticleDataError, `expected an error, got ${JSON.stringify(result)}`);
  assert.equal(result.field, field);
  return result;
}

describe('the head tags', () => {
  test('Open Graph and article:* make a whole card', () => {
    const html = page(`
      <title>Ignored - Site</title>
      <meta property="og:title" content="The &amp; story">
      <meta property="og:description" content="What happened.">
      <meta property="og:url" content="https://news.example/2024/og">
      <meta property="og:image" content="/photos/1.jpg">
      <meta property="og:image:width" content="1600"><meta property="og:image:height" content="900">
      <meta property="og:image:alt" content="A harbour">
      <meta property="og:site_name" content="News">
      <meta property="og:locale" content="de_DE">
      <meta property="article:published_time" content="2024-03-01T10:00:00+01:00">
      <meta property="article:modified_time" content="2024-03-01T12:00:00+01:00">
      <meta property="article:section" content="World">
      <meta property="article:author" content="https://www.facebook.com/someone">
      <meta name="author" content="Ana Lima">`);
    assert.deepEqual(article(html), {
      url: 'https://news.example/2024/og',
      headline: 'The & story',
      description: 'What happened.',
      section: 'World',
      authors: [{ name: 'Ana Lima' }],
      publisher: { name: 'News' },
      datePublished: '2024-03-01T10:00:00+01:00',
      dateModified: '2024-03-01T12:00:00+01:00',
      image: { src: 'https://news.example/photos/1.jpg', alt: 'A harbour', width: 1600, height: 900 },
      // <html lang> first, og:locale after it.
      lang: 'en',
    });
  });

  test('Twitter cards, <meta name=description|author>, <title> without the site name, <html lang>', () => {
    const html = page(
      `<title>A quiet story | Site</title>
      <meta name="application-name" content="Site">
      <meta name="description" content="Plain description.">
      <meta name="author" content="By Jo Park">
      <meta name="twitter:image" content="https://img.example/a.png">
      <link rel="canonical" href="/2024/canonical">`,
      '',
      ' lang="pt_BR"',
    );
    assert.deepEqual(article(html), {
      url: 'https://news.example/2024/canonical',
      headline: 'A quiet story',
      description: 'Plain description.',
      authors: [{ name: 'Jo Park' }],
      publisher: { name: 'Site' },
      image: { src: 'https://img.example/a.png', alt: 'A quiet story' },
      lang: 'pt-BR',
    });
    assert.equal(article(page('<meta name="twitter:title" content="Tweet title">')).headline, 'Tweet title');
  });

  test('the URL: canonical link, og:url, then the page itself; relative ones against <base href>', () => {
    assert.equal(article(page('<title>T</title>')).url, url);
    assert.equal(
      article(page('<title>T</title><meta property="og:url" content="https://news.example/og">')).url,
      'https://news.example/og',
    );
    assert.equal(
      article(page('<base href="https://cdn.example/x/"><title>T</title><link rel="canonical" href="y">')).url,
      'https://cdn.example/x/y',
    );
    // A canonical link that is not http(s) is not the page's URL.
    assert.equal(article(page('<title>T</title><link rel="canonical" href="javascript:alert(1)">')).url, url);
  });

  test('og:type video.* is a video', () => {
    assert.equal(
      article(page('<meta property="og:title" content="V"><meta property="og:type" content="video.other">')).kind,
      'video',
    );
  });

  test('only the head counts: an <svg><title> or a <meta> in the body, a tag in a comment or a script are not read', () => {
    const html = page(
      `<!-- <meta property="og:title" content="Commented"> -->
      <script>document.write('<meta property="og:title" content="Scripted">')</script>
      <title>Real title</title>`,
      '<svg><title>Icon</title></svg><meta property="og:description" content="Body meta">',
    );
    const read = article(html);
    assert.equal(read.headline, 'Real title');
    assert.equal(read.description, undefined);
  });

  test('a page that names nothing gives an error naming what is missing', () => {
    assert.match(failure(page(''), 'headline').reason, /no JSON-LD, no og:title and no <title>/);
    const noUrl = readPage(page('<title>T</title>'));
    assert.ok(noUrl instanceof ArticleDataError);
    assert.equal(noUrl.field, 'url');
    assert.match(noUrl.reason, /no canonical link or og:url, and no base URL/);
  });
});

describe('JSON-LD first, field by field', () => {
  const news = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'From JSON-LD',
    datePublished: '2024-03-01T09:00:00Z',
  };

  test('JSON-LD wins; the tags fill its gaps (language, description, section, image, URL)', () => {
    const html = page(
      `${jsonLd(news)}
      <meta property="og:title" content="From Open Graph">
      <meta property="og:description" content="OG description">
      <meta property="article:section" content="Politics">
      <meta property="article:published_time" content="2020-01-01T00:00:00Z">
      <meta property="og:image" content="https://img.example/big.jpg">
      <link rel="canonical" href="https://news.example/canonical">`,
      '',
      ' lang="fr"',
    );
    assert.deepEqual(article(html), {
      url: 'https://news.example/canonical',
      headline: 'From JSON-LD',
      description: 'OG description',
      section: 'Politics',
      datePublished: '2024-03-01T09:00:00Z',
      image: { src: 'https://img.example/big.jpg', alt: 'From JSON-LD' },
      lang: 'fr',
      kind: 'article',
    });
  });

  test('JSON-LD in the body counts, and its inLanguage wins over <html lang>', () => {
    const html = page('<title>T</title>', jsonLd({ ...news, inLanguage: 'es', url: '/es' }), ' lang="en"');
    assert.deepEqual([article(html).lang, article(html).url], ['es', 'https://news.example/es']);
  });

  test('the larger image: og:image over a thumbnailUrl, or over a narrower JSON-LD image', () => {
    const og =
      '<meta property="og:image" content="https://img.example/full.jpg"><meta property="og:image:width" content="2000">';
    const thumbnail = page(`${jsonLd({ ...news, thumbnailUrl: 'https://img.example/350.jpg' })}${og}`);
    assert.equal(article(thumbnail).image?.src, 'https://img.example/full.jpg');
    const narrow = { ...news, image: { '@type': 'ImageObject', url: 'https://img.example/640.jpg', width: 640 } };
    assert.equal(article(page(`${jsonLd(narrow)}${og}`)).image?.src, 'https://img.example/full.jpg');
    const wide = { ...news, image: { '@type': 'ImageObject', url: 'https://img.example/3000.jpg', width: 3000 } };
    assert.equal(article(page(`${jsonLd(wide)}${og}`)).image?.src, 'https://img.example/3000.jpg');
    const unknownSize = { ...news, image: 'https://img.example/unknown.jpg' };
    assert.equal(article(page(`${jsonLd(unknownSize)}${og}`)).image?.src, 'https://img.example/unknown.jpg');
  });

  test("a modification from the tags is kept only when meaningfully later than JSON-LD's publication", () => {
    const modified = (time: string) =>
      article(page(`${jsonLd(news)}<meta property="article:modified_time" content="${time}">`)).dateModified;
    assert.equal(modified('2024-03-01T09:03:00Z'), undefined);
    assert.equal(modified('2024-03-01T11:00:00Z'), '2024-03-01T11:00:00Z');
  });

  test('blocks that do not parse are reported and left out; the rest of the page still counts', () => {
    const reported: [string, number, number][] = [];
    const html = page(
      `<script type="application/ld+json">{"@type": "NewsArticle",}</script>\n${jsonLd(news)}<title>T</title>`,
    );
    const read = readPage(html, {
      base: url,
      onInvalidBlock: (error, block) => reported.push([error.field, block.index, block.line]),
    });
    assert.equal((read as Article).headline, 'From JSON-LD');
    assert.deepEqual(reported, [['json', 0, 1]]);
  });

  test('JSON-LD with no article: the tags alone', () => {
    const html = page(`${jsonLd({ '@type': 'Organization', name: 'News' })}<meta property="og:title" content="OG">`);
    assert.equal(article(html).headline, 'OG');
  });
});

describe('never throws, never runs anything', () => {
  test('anything that is not a page', () => {
    for (const input of [
      undefined,
      null,
      42,
      {},
      [],
      '',
      '<',
      '<html',
      '<!--',
      '<meta content="x"',
      '\u0000'.repeat(10),
    ]) {
      const result = readPage(input as string, { base: url });
      assert.ok(result instanceof ArticleDataError, String(input));
    }
    assert.equal(failure(42, 'page').reason, 'expected HTML text, got number');
  });

  test('scripts are text: a page whose scripts would set a title gets none from them', () => {
    const html = page('<script>document.title = "Set by script"</script>');
    assert.match(failure(html, 'headline').reason, /no <title>/);
  });
});
