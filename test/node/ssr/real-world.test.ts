/**
 * Every real-world JSON-LD block (test fixtures from public news pages) renders to a card
 * with the headline, escaped, the link and a declarative shadow root; blocks the data layer
 * refuses throw an error naming the same field, never half a card.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

import { ArticleDataError, normalizeArticle } from '../../../src/data/index.js';
import { RenderInputError, renderArticleCard } from '../../../src/ssr/index.js';
import { attribute, descendants, fixtures, parseRendered, textOf } from './helpers.js';

const folder = new URL('real-world/', fixtures);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort();
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));

/** Sibling blocks of one page, passed together as a page holds them. */
const pages = [
  ['nytimes-1.json', 'nytimes-2.json'],
  ['theverge-1.json', 'theverge-2.json'],
  ['nbcnews-1.json', 'nbcnews-2.json'],
  ['denverpost-1.json', 'denverpost-2.json'],
];

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function checkCard(label: string, input: unknown): 'card' | 'refused' {
  const article = normalizeArticle(input);
  if (article instanceof ArticleDataError) {
    assert.throws(
      () => renderArticleCard(input),
      (error: unknown) =>
        error instanceof RenderInputError &&
        error.field === `article.${article.field}` &&
        error.cause instanceof ArticleDataError,
      label,
    );
    return 'refused';
  }
  const html = renderArticleCard(input);
  assert.ok(/<template shadowroot="open" shadowrootmode="open">/.test(html), `${label}: declarative shadow root`);
  assert.ok(html.includes(`>${escapeText(article.headline)}</a>`), `${label}: escaped headline link`);
  const { shadow, light } = parseRendered(html, 'aw-article-card');
  assert.equal(attribute(light[0]!, 'href'), article.url, `${label}: fallback link`);
  assert.equal(textOf(light[0]!), article.headline, `${label}: fallback text`);
  const link = descendants(shadow).find((element) => attribute(element, 'part') === 'link');
  assert.equal(attribute(link!, 'href'), article.url, `${label}: card link`);
  assert.ok(textOf(link!).trim().startsWith(article.headline.trim()), `${label}: card headline`);
  const script = light.find((element) => element.tagName === 'script')!;
  assert.deepEqual(JSON.parse(textOf(script)), article, `${label}: inline JSON`);
  return 'card';
}

test('every real-world block renders a card, or is refused with the field named', () => {
  assert.ok(files.length >= 46, `${files.length} fixtures`);
  const outcomes = files.map((name) => [name, checkCard(name, read(name))] as const);
  const cards = outcomes.filter(([, outcome]) => outcome === 'card').map(([name]) => name);
  // A block without any URL, or a page's publisher block alone, is no card: that is the data
  // layer's decision, shared with the browser, and the list below changes only with it.
  assert.deepEqual(
    outcomes.filter(([, outcome]) => outcome === 'refused').map(([name]) => name),
    ['denverpost-2.json', 'elsiglo-1.json', 'ft-1.json', 'nytimes-2.json', 'theverge-2.json'],
  );
  assert.equal(cards.length, files.length - 5);
});

test('sibling blocks of one page render the page article', () => {
  for (const page of pages) {
    assert.equal(checkCard(page.join(' + '), page.map(read)), 'card', page.join(' + '));
  }
});
