/**
 * What every `Article` out of the data layer must satisfy, whatever went in: each URL passes
 * the URL policy for its use and is already in normal form, and each text is plain, trimmed
 * text within its limit.
 */
import assert from 'node:assert/strict';
import { checkUrl, isArticle, type Article, type UrlKind } from '../../../src/data/index.js';

/** Every URL of an article, with what it is used for. */
export function urlsOf(article: Article): { field: string; url: string; kind: UrlKind }[] {
  const urls: { field: string; url: string; kind: UrlKind }[] = [{ field: 'url', url: article.url, kind: 'link' }];
  article.authors?.forEach((author, index) => {
    if (author.url !== undefined) urls.push({ field: `authors[${index}].url`, url: author.url, kind: 'link' });
  });
  if (article.publisher?.url !== undefined)
    urls.push({ field: 'publisher.url', url: article.publisher.url, kind: 'link' });
  if (article.publisher?.logo !== undefined)
    urls.push({ field: 'publisher.logo', url: article.publisher.logo, kind: 'image' });
  if (article.image !== undefined) {
    urls.push({ field: 'image.src', url: article.image.src, kind: 'image' });
    for (const candidate of (article.image.srcset ?? '').split(/,\s+/).filter(Boolean)) {
      // Rebuilt by the data layer as "url descriptor, url descriptor".
      const [url, descriptor, extra] = candidate.split(' ');
      assert.equal(extra, undefined, `srcset candidate "${candidate}" has more than one descriptor`);
      if (descriptor !== undefined)
        assert.match(descriptor, /^\d+(?:\.\d+)?[wx]$/, `srcset descriptor "${descriptor}"`);
      urls.push({ field: 'image.srcset', url: url!, kind: 'image' });
    }
  }
  return urls;
}

const limits: Record<string, number> = {
  headline: 500,
  description: 2000,
  section: 100,
  byline: 300,
};

// Control characters other than tab, newline and the like are removed; whitespace is collapsed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
// The data layer's whitespace (text.ts): any of it but a single space means it was not collapsed.
const COLLAPSIBLE = /[\t\n\v\f\r\u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]| {2}/;

function assertPlainText(field: string, text: string | undefined, max?: number): void {
  if (text === undefined) return;
  assert.equal(typeof text, 'string', `${field} is a string`);
  assert.notEqual(text, '', `${field} is not empty (absent instead)`);
  assert.equal(text, text.trim(), `${field} is trimmed`);
  assert.doesNotMatch(text, CONTROL, `${field} has no control characters`);
  assert.doesNotMatch(text, COLLAPSIBLE, `${field} has its whitespace collapsed`);
  if (max !== undefined) assert.ok(text.length <= max, `${field} is at most ${max} characters (${text.length})`);
}

export function assertCleanArticle(article: Article): void {
  assert.ok(isArticle(article), 'the result has the Article shape');
  for (const { field, url, kind } of urlsOf(article)) {
    const checked = checkUrl(url, { kind });
    assert.ok(
      'url' in checked,
      `${field} passes the URL policy: ${JSON.stringify(url).slice(0, 200)} (${'error' in checked ? checked.error : ''})`,
    );
    assert.equal(checked.url, url, `${field} is in normal form`);
    const protocol = new URL(url).protocol;
    const allowed = kind === 'image' ? ['http:', 'https:', 'data:'] : ['http:', 'https:'];
    assert.ok(allowed.includes(protocol), `${field} is ${allowed.join(' or ')}, not ${protocol}`);
  }
  for (const [field, max] of Object.entries(limits)) {
    assertPlainText(field, article[field as keyof Article] as string | undefined, max);
  }
  article.authors?.forEach((author, index) => assertPlainText(`authors[${index}].name`, author.name, 200));
  assertPlainText('publisher.name', article.publisher?.name, 200);
  assertPlainText('image.caption', article.image?.caption, 1000);
  assertPlainText('image.credit', article.image?.credit, 300);
  if (article.image?.width !== undefined)
    assert.ok(Number.isInteger(article.image.width) && article.image.width > 0, 'image.width');
  if (article.image?.height !== undefined)
    assert.ok(Number.isInteger(article.image.height) && article.image.height > 0, 'image.height');
  if (article.lang !== undefined)
    assert.deepEqual(Intl.getCanonicalLocales(article.lang), [article.lang], 'lang is a canonical tag');
  for (const field of ['datePublished', 'dateModified'] as const) {
    const value = article[field];
    if (value !== undefined) assert.ok(!Number.isNaN(Date.parse(value)), `${field} ${value} is a date`);
  }
}
