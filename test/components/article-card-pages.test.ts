import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article-card/article-card.js';
import type { AwArticleCard } from '../../src/components/article-card/article-card.js';
import { ArticleDataError, readPage, type Article } from '../../src/data/index.js';
import { declaredLang, realPageNames } from '../helpers/real-pages.js';

/**
 * `<aw-article-card src>` naming an HTML article page (issue 19): each of the 48 real pages of
 * test/fixtures/real-pages, served by the test server as `text/html` at /pages/<name>/, gives a
 * card with the article `readPage` reads from the same text, in the language the page declares
 * (else the language around the card). The cards sit in a container that is not displayed: the
 * pages' photos are on hosts this machine cannot reach, and a lazy image that is not rendered is
 * never requested.
 */

describe('<aw-article-card src> pointing at a real article page', () => {
  let stage: HTMLElement;

  beforeEach(async () => {
    stage = await fixture<HTMLElement>(html`<div lang="en" style="display: none"></div>`);
  });

  for (const name of realPageNames) {
    it(name, async () => {
      const src = `/pages/${name}/`;
      const card = document.createElement('aw-article-card') as AwArticleCard;
      card.src = src;
      card.innerHTML = `<a href="${src}">Fallback</a>`;
      const loaded = oneEvent(card, 'aw-load');
      stage.append(card);
      const { detail } = (await loaded) as CustomEvent<{ article: Article }>;
      await card.updateComplete;

      // The browser reads the page as Node does: the same function on the same text.
      const expected = readPage(await (await fetch(src)).text(), { base: new URL(src, location.href).href });
      if (expected instanceof ArticleDataError) throw expected;
      expect(detail.article).to.deep.equal(expected);

      const root = card.shadowRoot!;
      expect(root.querySelector('[part="link"]')?.textContent?.trim().startsWith(expected.headline)).to.equal(true);
      expect(root.querySelector('[part="link"]')?.getAttribute('href')).to.equal(expected.url);
      expect(root.querySelector('[part="card"]')?.getAttribute('lang')).to.equal(declaredLang[name] ?? 'en');
    });
  }
});
