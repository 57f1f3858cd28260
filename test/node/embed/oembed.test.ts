import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { toOEmbed } from '../../../src/data.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const seed = JSON.parse(readFileSync(new URL('seed-article.json', fixtures), 'utf8'));
const seedJsonLd = JSON.parse(readFileSync(new URL('seed-article.jsonld', fixtures), 'utf8'));
const options = {
  src: 'https://publisher.example/articles/123.json',
  scriptUrl: 'https://publisher.example/widgets/article-widgets.js',
};

// oEmbed 1.0, section 2.3.4: every response has type and version; `rich` requires html,
// width and height; thumbnail_url, thumbnail_width and thumbnail_height come all together or
// not at all and must respect maxwidth/maxheight.
const allowedFields = new Set([
  'type',
  'version',
  'title',
  'author_name',
  'author_url',
  'provider_name',
  'provider_url',
  'cache_age',
  'thumbnail_url',
  'thumbnail_width',
  'thumbnail_height',
  'html',
  'width',
  'height',
]);

function assertValidRich(response: Record<string, unknown>) {
  for (const key of Object.keys(response)) assert.ok(allowedFields.has(key), `unexpected field ${key}`);
  assert.equal(response.type, 'rich');
  assert.equal(response.version, '1.0');
  assert.equal(typeof response.html, 'string');
  assert.ok(Number.isInteger(response.width) && (response.width as number) > 0, 'width is a positive integer');
  assert.ok(Number.isInteger(response.height) && (response.height as number) > 0, 'height is a positive integer');
  const thumbnails = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((key) => key in response);
  assert.ok(thumbnails.length === 0 || thumbnails.length === 3, 'thumbnail fields all or none');
  if (response.cache_age !== undefined) assert.ok(Number.isInteger(response.cache_age));
  // JSON round trip: a provider serves this with JSON.stringify.
  assert.deepEqual(JSON.parse(JSON.stringify(response)), response);
}

describe('toOEmbed', () => {
  test('answers a rich response for the seed article, field by field', () => {
    const response = toOEmbed(seed, options);
    assertValidRich(response as unknown as Record<string, unknown>);
    assert.equal(response.title, seed.headline);
    assert.equal(response.author_name, 'By Euronews with AP');
    assert.equal(response.provider_name, 'Euronews');
    assert.equal(response.provider_url, 'https://publisher.example/');
    assert.equal(response.cache_age, 3600);
    assert.equal(response.width, 600);
    assert.equal(response.height, Math.ceil((600 * 675) / 1200) + 230);
    assert.equal(response.thumbnail_url, 'https://publisher.example/images/blinken-lavrov-stockholm.jpg');
    assert.equal(response.thumbnail_width, 1200);
    assert.equal(response.thumbnail_height, 675);
    assert.equal(
      response.html,
      [
        '<aw-article-card src="https://publisher.example/articles/123.json">',
        `  <a href="${seed.url}">US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov</a>`,
        '</aw-article-card>',
        '<script type="module" src="https://publisher.example/widgets/article-widgets.js"></script>',
      ].join('\n'),
    );
  });

  test('reads JSON-LD too', () => {
    const response = toOEmbed(seedJsonLd, { ...options, cacheAge: 600 });
    assertValidRich(response as unknown as Record<string, unknown>);
    assert.equal(response.title, seed.headline);
    assert.equal(response.author_name, 'Euronews, AP');
    assert.equal(response.cache_age, 600);
  });

  test('honours maxwidth, and leaves out a thumbnail larger than allowed', () => {
    const response = toOEmbed(seed, { ...options, maxwidth: 400 });
    assertValidRich(response as unknown as Record<string, unknown>);
    assert.equal(response.width, 400);
    assert.equal(response.height, Math.ceil((400 * 675) / 1200) + 230);
    assert.equal('thumbnail_url' in response, false);
    assert.equal('thumbnail_width' in response, false);
    assert.equal('thumbnail_height' in response, false);
  });

  test('honours maxheight by switching to the compact layout', () => {
    const response = toOEmbed(seed, { ...options, maxheight: 200 });
    assertValidRich(response as unknown as Record<string, unknown>);
    assert.ok(response.height <= 200);
    assert.match(response.html, /<aw-article-card src="[^"]+" layout="compact">/);
  });

  test('writes the iframe snippet on request', () => {
    const response = toOEmbed(seed, { ...options, format: 'iframe' });
    assertValidRich(response as unknown as Record<string, unknown>);
    assert.match(response.html, /^<iframe data-aw-embed src="https:\/\/publisher\.example\/widgets\/embed\.html\?src=/);
  });

  test('omits what it does not know', () => {
    const response = toOEmbed({ url: 'https://news.example/a', headline: 'A' }, options);
    assertValidRich(response as unknown as Record<string, unknown>);
    assert.equal('author_name' in response, false);
    assert.equal('provider_name' in response, false);
    assert.equal(response.provider_url, 'https://news.example/');
    assert.equal('thumbnail_url' in response, false);
  });

  test('throws a TypeError for data that makes no article', () => {
    assert.throws(() => toOEmbed({ headline: 'no url' }, options), TypeError);
    assert.throws(() => toOEmbed(null, options), TypeError);
    assert.throws(() => toOEmbed(seed, { ...options, src: 'javascript:alert(1)' }), TypeError);
  });
});
