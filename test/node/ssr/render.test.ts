/**
 * article-widgets/ssr.js: each element as HTML with a declarative shadow root, its light-DOM
 * fallback and (for data) the inline JSON the browser hydrates from, read back with parse5.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { normalizeArticle, type Article } from '../../../src/data/index.js';
import { messagesFor } from '../../../src/i18n/index.js';
import {
  RenderInputError,
  elementStylesheets,
  renderArticleCard,
  renderPhoto,
  renderRelatedStories,
  renderShareButton,
} from '../../../src/ssr/index.js';
import { attribute, descendants, fixtures, parseRendered, textOf, type Element } from './helpers.js';

const seed: unknown = JSON.parse(readFileSync(new URL('seed-article.json', fixtures), 'utf8'));
const seedJsonLd: unknown = JSON.parse(readFileSync(new URL('seed-article.jsonld', fixtures), 'utf8'));
const related: unknown = JSON.parse(readFileSync(new URL('related-stories.json', fixtures), 'utf8'));

const seedUrl =
  'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov';
const seedHeadline = "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov";

function inlineData(light: Element[]): unknown {
  const scripts = light.filter((element) => element.tagName === 'script');
  assert.equal(scripts.length, 1, 'one inline JSON script');
  assert.equal(attribute(scripts[0]!, 'type'), 'application/json');
  return JSON.parse(textOf(scripts[0]!));
}

/** Asserts that `run` throws a RenderInputError naming `field`, with a message matching `reason`. */
function throwsInput(run: () => unknown, field: string, reason?: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof RenderInputError, `a RenderInputError, got ${String(error)}`);
    assert.ok(error instanceof TypeError);
    assert.equal(error.name, 'RenderInputError');
    assert.equal(error.field, field);
    assert.ok(error.message.startsWith(`${field}: `), error.message);
    if (reason) assert.match(error.reason, reason);
    return true;
  });
}

describe('renderArticleCard', () => {
  test('renders the card in an open declarative shadow root, with its styles', () => {
    const html = renderArticleCard(seed);
    const { host, template, shadow, top } = parseRendered(html, 'aw-article-card');
    assert.equal(top.length, 1, 'the element alone, without markers around it');
    assert.equal(attribute(template, 'shadowrootmode'), 'open');
    assert.match(html, /^<aw-article-card lang="en"/);
    const elements = descendants(shadow);
    assert.ok(elements.some((element) => element.tagName === 'style'));
    const link = elements.find((element) => attribute(element, 'part') === 'link');
    assert.ok(link, 'headline link in the shadow root');
    assert.equal(attribute(link, 'href'), seedUrl);
    assert.equal(textOf(link).trim().startsWith(seedHeadline), true);
    // `auto` is the default: no style needs the attribute, so none is written.
    assert.equal(attribute(host, 'theme'), undefined);
  });

  test('renders the photo in the card’s own shadow root, through the photo’s template', () => {
    const { shadow } = parseRendered(renderArticleCard(seed), 'aw-article-card');
    assert.equal(
      descendants(shadow).some((element) => element.tagName === 'aw-photo'),
      false,
      'no nested element',
    );
    const figure = descendants(shadow).find((element) => element.tagName === 'figure');
    assert.match(attribute(figure!, 'part') ?? '', /\bphoto-figure\b/);
    const image = descendants(figure!).find((element) => element.tagName === 'img');
    assert.match(attribute(image!, 'part') ?? '', /\bphoto-image\b/);
    assert.equal(attribute(image!, 'src'), 'https://publisher.example/images/blinken-lavrov-stockholm.jpg');
    assert.equal(attribute(image!, 'alt'), 'Antony Blinken and Sergey Lavrov in Stockholm');
  });

  test('adds the headline link and the article as inline JSON in the light DOM', () => {
    const { light } = parseRendered(renderArticleCard(seed), 'aw-article-card');
    assert.deepEqual(
      light.map((element) => element.tagName),
      ['a', 'script'],
    );
    assert.equal(attribute(light[0]!, 'href'), seedUrl);
    assert.equal(textOf(light[0]!), seedHeadline);
    assert.deepEqual(inlineData(light), normalizeArticle(seed));
  });

  test('hydrates from the same data: the inline JSON renders the same card again', () => {
    const html = renderArticleCard(seedJsonLd, { layout: 'row', lang: 'de' });
    const data = inlineData(parseRendered(html, 'aw-article-card').light);
    assert.deepEqual(normalizeArticle(data), data, 'normalizing the inline data changes nothing');
    assert.equal(renderArticleCard(data, { layout: 'row', lang: 'de' }), html);
  });

  test('reads schema.org JSON-LD like our shape', () => {
    const html = renderArticleCard(seedJsonLd);
    const { light } = parseRendered(html, 'aw-article-card');
    assert.equal(attribute(light[0]!, 'href'), seedUrl);
    assert.equal(textOf(light[0]!), seedHeadline);
  });

  test('writes the options as the attributes the element reads back', () => {
    const html = renderArticleCard(seed, {
      layout: 'overlay',
      lang: 'fr',
      theme: 'dark',
      headingLevel: 4,
      target: '_blank',
    });
    const { host, shadow, light } = parseRendered(html, 'aw-article-card');
    assert.equal(attribute(host, 'layout'), 'overlay');
    assert.equal(attribute(host, 'lang'), 'fr');
    assert.equal(attribute(host, 'theme'), 'dark');
    assert.equal(attribute(host, 'heading-level'), '4');
    assert.equal(attribute(host, 'target'), '_blank');
    assert.ok(descendants(shadow).some((element) => element.tagName === 'h4'));
    assert.equal(attribute(light[0]!, 'target'), '_blank');
    assert.equal(attribute(light[0]!, 'rel'), 'noopener noreferrer');
  });

  test('always writes a lang: the option, else the article, else English', () => {
    const lang = (html: string) => attribute(parseRendered(html, 'aw-article-card').host, 'lang');
    assert.equal(lang(renderArticleCard(seed, { lang: 'pt-BR' })), 'pt-BR');
    assert.equal(lang(renderArticleCard({ ...(seed as object), lang: 'it' })), 'it');
    assert.equal(lang(renderArticleCard({ ...(seed as object), lang: undefined })), 'en');
    // A malformed lang falls back, as in the browser; it never throws.
    assert.equal(lang(renderArticleCard(seed, { lang: 'not a tag!' })), 'en');
  });

  test('escapes text and URLs for HTML and for the script element', () => {
    const headline = '</script><script>alert(1)</script> & "quotes" <b>bold</b> a < b <!-- x';
    const article = { url: 'https://a.example/x?a=1&b=2', headline };
    const html = renderArticleCard(article);
    const { shadow, light, top } = parseRendered(html, 'aw-article-card');
    assert.equal(top.length, 1);
    assert.equal(textOf(light[0]!), headline);
    assert.equal(attribute(light[0]!, 'href'), 'https://a.example/x?a=1&b=2');
    assert.equal((inlineData(light) as Article).headline, headline);
    const scripts = [...descendants({ childNodes: light }), ...descendants(shadow)].filter(
      (element) => element.tagName === 'script',
    );
    assert.equal(scripts.length, 1, 'no script element made from data');
    assert.ok(!/<\/script>/i.test(textOf(scripts[0]!)));
    const link = descendants(shadow).find((element) => attribute(element, 'part') === 'link')!;
    assert.equal(textOf(link).trim().startsWith(headline), true);
  });

  test('throws a RenderInputError naming the field for data it cannot use', () => {
    throwsInput(() => renderArticleCard({ url: 'https://a.example/' }), 'article.headline');
    throwsInput(() => renderArticleCard({ headline: 'No link' }), 'article.url');
    throwsInput(() => renderArticleCard({ url: 'javascript:alert(1)', headline: 'x' }), 'article.url', /javascript/);
    throwsInput(() => renderArticleCard('{"url": '), 'article.json', /not valid JSON/);
    throwsInput(() => renderArticleCard(42), 'article');
    throwsInput(() => renderArticleCard(undefined), 'article');
    throwsInput(
      () => renderArticleCard({ '@type': 'Organization', name: 'Publisher' }),
      'article.@type',
      /no article found/,
    );
  });

  test('keeps the cause: the data layer error', () => {
    try {
      renderArticleCard({ url: 'https://a.example/' });
      assert.fail('should throw');
    } catch (error) {
      assert.ok(error instanceof RenderInputError);
      assert.equal((error.cause as { name: string }).name, 'ArticleDataError');
    }
  });

  test('throws for option values that are not allowed', () => {
    throwsInput(() => renderArticleCard(seed, { layout: 'grid' as never }), 'options.layout', /"stack"/);
    throwsInput(() => renderArticleCard(seed, { theme: 'blue' as never }), 'options.theme');
    throwsInput(() => renderArticleCard(seed, { headingLevel: 1 }), 'options.headingLevel', /2 to 6/);
    throwsInput(() => renderArticleCard(seed, { headingLevel: 2.5 }), 'options.headingLevel');
    throwsInput(() => renderArticleCard(seed, { target: 5 as never }), 'options.target');
    throwsInput(() => renderArticleCard(seed, { base: '/relative' }), 'options.base');
    throwsInput(() => renderArticleCard(seed, null as never), 'options');
  });

  test('resolves relative URLs in the data against base', () => {
    const html = renderArticleCard({ url: '/news/1', headline: 'Relative' }, { base: 'https://publisher.example/a/' });
    const { light } = parseRendered(html, 'aw-article-card');
    assert.equal(attribute(light[0]!, 'href'), 'https://publisher.example/news/1');
  });
});

describe('renderRelatedStories', () => {
  test('renders the list in a declarative shadow root, a plain list as fallback and the stories as JSON', () => {
    const html = renderRelatedStories(related);
    const { host, template, shadow, light } = parseRendered(html, 'aw-related-stories');
    assert.equal(attribute(template, 'shadowrootmode'), 'open');
    assert.equal(attribute(host, 'lang'), 'en');
    const links = descendants(shadow).filter((element) => element.tagName === 'a');
    assert.equal(links.length, 3);
    assert.deepEqual(
      light.map((element) => element.tagName),
      ['ul', 'script'],
    );
    const fallback = descendants(light[0]!).filter((element) => element.tagName === 'a');
    assert.deepEqual(
      fallback.map((link) => attribute(link, 'href')),
      links.map((link) => attribute(link, 'href')),
    );
    assert.equal(textOf(fallback[1]!), 'Sweden says Russian warplane violated its airspace');
    const data = inlineData(light) as { stories: Article[] };
    assert.equal(data.stories.length, 3);
    assert.ok(/You might also like/.test(textOf(shadow)));
  });

  test('applies limit and one story per URL to the shadow root, the fallback and the data alike', () => {
    const stories = (related as { stories: object[] }).stories;
    const html = renderRelatedStories([stories[0], stories[0], ...stories], { limit: 2 });
    const { host, shadow, light } = parseRendered(html, 'aw-related-stories');
    assert.equal(attribute(host, 'limit'), '2');
    assert.equal(descendants(shadow).filter((element) => attribute(element, 'part') === 'item').length, 2);
    assert.equal(descendants(light[0]!).filter((element) => element.tagName === 'li').length, 2);
    assert.equal((inlineData(light) as { stories: Article[] }).stories.length, 2);
  });

  test('writes heading, level, layout, lang and theme as attributes', () => {
    const html = renderRelatedStories(related, {
      heading: 'Lire aussi',
      headingLevel: 3,
      layout: 'grid',
      lang: 'fr',
      theme: 'light',
    });
    const { host, shadow } = parseRendered(html, 'aw-related-stories');
    assert.equal(attribute(host, 'heading'), 'Lire aussi');
    assert.equal(attribute(host, 'heading-level'), '3');
    assert.equal(attribute(host, 'layout'), 'grid');
    assert.equal(attribute(host, 'lang'), 'fr');
    assert.equal(attribute(host, 'theme'), 'light');
    const heading = descendants(shadow).find((element) => element.tagName === 'h3');
    assert.equal(textOf(heading!), 'Lire aussi');
  });

  test('reads a schema.org ItemList', () => {
    const list = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 2, url: 'https://a.example/2', name: 'Second' },
        { '@type': 'ListItem', position: 1, url: 'https://a.example/1', name: 'First' },
      ],
    };
    const { light } = parseRendered(renderRelatedStories(list), 'aw-related-stories');
    assert.deepEqual(
      descendants(light[0]!)
        .filter((element) => element.tagName === 'a')
        .map(textOf),
      ['First', 'Second'],
    );
  });

  test('leaves invalid stories out and reports them to onInvalid', () => {
    const reported: [string, number][] = [];
    const html = renderRelatedStories(
      [{ url: 'https://a.example/1', headline: 'Good' }, { headline: 'No URL' }, { url: 'https://a.example/3' }],
      { onInvalid: (error, index) => reported.push([error.field, index]) },
    );
    assert.deepEqual(reported, [
      ['url', 1],
      ['headline', 2],
    ]);
    const { light } = parseRendered(html, 'aw-related-stories');
    assert.equal((inlineData(light) as { stories: Article[] }).stories.length, 1);
  });

  test('throws a RenderInputError for input without a single valid story', () => {
    throwsInput(() => renderRelatedStories({ nothing: true }), 'stories', /expected an array/);
    throwsInput(() => renderRelatedStories([]), 'stories', /empty/);
    throwsInput(() => renderRelatedStories([{ headline: 'No URL' }]), 'stories', /no valid story.*url/);
    throwsInput(() => renderRelatedStories('[oops'), 'stories', /not valid JSON/);
  });

  test('throws for option values that are not allowed', () => {
    throwsInput(() => renderRelatedStories(related, { limit: 0 }), 'options.limit');
    throwsInput(() => renderRelatedStories(related, { limit: 1.5 }), 'options.limit');
    throwsInput(() => renderRelatedStories(related, { layout: 'stack' as never }), 'options.layout');
    throwsInput(() => renderRelatedStories(related, { headingLevel: 7 }), 'options.headingLevel');
    throwsInput(() => renderRelatedStories(related, { heading: 3 as never }), 'options.heading');
    throwsInput(() => renderRelatedStories(related, { onInvalid: 'log' as never }), 'options.onInvalid');
  });
});

describe('renderPhoto', () => {
  test('renders the figure in a declarative shadow root and a lazy <img> as fallback', () => {
    const html = renderPhoto({
      src: 'https://publisher.example/a.jpg',
      alt: 'A "quoted" <alt>',
      width: 1200,
      height: 675,
      caption: 'Caption',
      credit: 'AP',
      lang: 'de',
    });
    const { host, template, shadow, light } = parseRendered(html, 'aw-photo');
    assert.equal(attribute(template, 'shadowrootmode'), 'open');
    assert.equal(attribute(host, 'src'), 'https://publisher.example/a.jpg');
    assert.equal(attribute(host, 'lang'), 'de');
    const image = descendants(shadow).find((element) => element.tagName === 'img')!;
    assert.equal(attribute(image, 'alt'), 'A "quoted" <alt>');
    assert.match(textOf(shadow), /Caption/);
    assert.ok(textOf(shadow).includes(messagesFor('de').credit('AP')), 'credit line in German');
    assert.deepEqual(
      light.map((element) => element.tagName),
      ['img'],
    );
    assert.equal(attribute(light[0]!, 'loading'), 'lazy');
    assert.equal(attribute(light[0]!, 'alt'), 'A "quoted" <alt>');
    assert.equal(attribute(light[0]!, 'width'), '1200');
  });

  test('keeps a relative src as written, for the browser to resolve', () => {
    const { light } = parseRendered(renderPhoto({ src: '/images/a.jpg', alt: '' }), 'aw-photo');
    assert.equal(attribute(light[0]!, 'src'), '/images/a.jpg');
  });

  test('throws for a missing alt or an unsafe src', () => {
    throwsInput(() => renderPhoto({ src: 'https://a.example/a.jpg' } as never), 'attrs.alt', /decoration/);
    throwsInput(() => renderPhoto({ src: 'javascript:alert(1)', alt: '' }), 'attrs.src');
    throwsInput(() => renderPhoto({ src: 'data:text/html,<b>', alt: '' }), 'attrs.src', /data:/);
    throwsInput(() => renderPhoto({ alt: '' } as never), 'attrs.src', /required/);
    throwsInput(() => renderPhoto({ src: '/a.jpg', alt: '', width: -1 }), 'attrs.width');
    throwsInput(() => renderPhoto({ src: '/a.jpg', alt: '', loading: 'soon' as never }), 'attrs.loading');
    throwsInput(() => renderPhoto(undefined as never), 'attrs');
  });
});

describe('renderShareButton', () => {
  test('renders the button in a declarative shadow root, with no light-DOM children', () => {
    const html = renderShareButton({
      url: 'https://publisher.example/a',
      headline: 'A headline',
      networks: ['x', 'email'],
      native: 'never',
      embed: true,
      embedSrc: 'https://publisher.example/a.json',
      scriptUrl: 'https://publisher.example/aw.js',
      label: 'Partager',
      lang: 'fr',
    });
    const { host, template, shadow, light } = parseRendered(html, 'aw-share-button');
    assert.equal(attribute(template, 'shadowrootmode'), 'open');
    assert.deepEqual(light, []);
    assert.equal(attribute(host, 'url'), 'https://publisher.example/a');
    assert.equal(attribute(host, 'networks'), 'x email');
    assert.equal(attribute(host, 'embed'), '');
    assert.equal(attribute(host, 'embed-src'), 'https://publisher.example/a.json');
    assert.equal(attribute(host, 'script-url'), 'https://publisher.example/aw.js');
    assert.equal(attribute(host, 'lang'), 'fr');
    const button = descendants(shadow).find((element) => attribute(element, 'part') === 'button')!;
    assert.equal(attribute(button, 'aria-expanded'), 'false');
    assert.match(textOf(button), /Partager/);
  });

  test('renders with no attributes at all: the page gives the URL when the reader shares', () => {
    const { host } = parseRendered(renderShareButton(), 'aw-share-button');
    assert.equal(attribute(host, 'url'), undefined);
    assert.equal(attribute(host, 'lang'), 'en');
  });

  test('throws for unsafe URLs, unknown networks and an embed without its source', () => {
    throwsInput(() => renderShareButton({ url: 'javascript:alert(1)' }), 'attrs.url');
    throwsInput(() => renderShareButton({ networks: 'x myspace' }), 'attrs.networks', /myspace/);
    throwsInput(() => renderShareButton({ networks: [1] as never }), 'attrs.networks');
    throwsInput(() => renderShareButton({ embed: true }), 'attrs.embedSrc', /required/);
    throwsInput(() => renderShareButton({ embed: 'yes' as never }), 'attrs.embed');
    throwsInput(() => renderShareButton({ scriptUrl: 'data:text/javascript,1' }), 'attrs.scriptUrl');
  });
});

describe('styles of the declarative shadow roots (StyleOptions)', () => {
  const article = {
    url: 'https://publisher.example/a',
    headline: 'A',
    image: { src: 'https://publisher.example/a.jpg', alt: '' },
  };
  const sheets = new Map(elementStylesheets().map((sheet) => [sheet.tagName, sheet]));

  test('elementStylesheets: one file per element, the exact text of its inline <style>, and its CSP hash', () => {
    assert.deepEqual([...sheets.keys()].sort(), [
      'aw-article-card',
      'aw-copy-button',
      'aw-photo',
      'aw-related-stories',
      'aw-share-button',
    ]);
    for (const [tag, html] of [
      ['aw-article-card', renderArticleCard(article)],
      ['aw-photo', renderPhoto({ src: 'a.jpg', alt: '' })],
    ] as const) {
      const sheet = sheets.get(tag)!;
      assert.equal(sheet.fileName, `${tag}.css`);
      assert.ok(html.includes(`<style>${sheet.css}</style>`), `${tag}: the inline style is the file`);
      assert.match(sheet.hash, /^'sha256-[A-Za-z0-9+/]{43}='$/);
    }
  });

  test('by default an inline <style> opens the shadow root: one, the card’s photo included', () => {
    const html = renderArticleCard(article);
    assert.equal(html.match(/<template shadowroot/g)?.length, 1);
    assert.equal(html.match(/<style>/g)?.length, 1);
  });

  test("stylesheets: a <link> to the element's file in its shadow root, and no <style>", () => {
    for (const [folder, prefix] of [
      ['/widgets/styles/', '/widgets/styles/'],
      ['/widgets/styles', '/widgets/styles/'],
      ['https://cdn.example/aw/1.0/', 'https://cdn.example/aw/1.0/'],
    ]) {
      const html = renderArticleCard(article, { stylesheets: folder });
      assert.doesNotMatch(html, /<style/);
      assert.deepEqual(html.match(/<link [^>]*>/g), [`<link rel="stylesheet" href="${prefix}aw-article-card.css">`]);
    }
    assert.match(
      renderPhoto({ src: 'a.jpg', alt: '' }, { stylesheets: '/s/' }),
      /<link rel="stylesheet" href="\/s\/aw-photo.css">/,
    );
    assert.match(renderShareButton({}, { stylesheets: '/s/' }), /href="\/s\/aw-share-button.css"/);
    assert.match(renderRelatedStories([article], { stylesheets: '/s/' }), /href="\/s\/aw-related-stories.css"/);
  });

  test('nonce: on every <style>', () => {
    const html = renderArticleCard(article, { nonce: 'r4nd0m+/nonce_-==' });
    assert.equal(html.match(/<style nonce="r4nd0m\+\/nonce_-==">/g)?.length, 1);
    assert.doesNotMatch(html, /<style>/);
    assert.match(renderPhoto({ src: 'a.jpg', alt: '' }, { nonce: 'abc' }), /<style nonce="abc">/);
    assert.match(renderShareButton({}, { nonce: 'abc' }), /<style nonce="abc">/);
  });

  test('refuses a nonce that is not base64, an unsafe stylesheets URL, and both at once', () => {
    for (const nonce of ['', 'a b', '"><script>', 'abc=def', 42]) {
      throwsInput(() => renderArticleCard(article, { nonce: nonce as string }), 'options.nonce');
    }
    for (const stylesheets of ['javascript:alert(1)//', 'data:text/css,x', '\ufeff', 42]) {
      throwsInput(() => renderArticleCard(article, { stylesheets: stylesheets as string }), 'options.stylesheets');
    }
    throwsInput(() => renderPhoto({ src: 'a.jpg', alt: '' }, { nonce: 'abc', stylesheets: '/s/' }), 'options.nonce');
    throwsInput(() => renderShareButton({}, null as never), 'options');
  });
});
