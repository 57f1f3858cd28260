import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/no-page-errors.js';
import '../../src/components/article-card/article-card.js';
import '../../src/components/related-stories/related-stories.js';
import '../../src/components/share-button/share-button.js';
import type { Article } from '../../src/data/index.js';
import { clockIsRunning, clockSubscriberCount } from '../../src/internal/clock.js';
import { impressionWatchCount } from '../../src/internal/impressions.js';

/**
 * What the elements share at page level (one clock for every relative time, one observer for
 * every impression) is let go when the elements go: no subscriber, no timer, no watch. The
 * counts are first shown to be non-zero while the elements are on the page, so the test can
 * fail. bench/memory.mjs checks the same over ten rounds of a thousand cards.
 */

const recent = () => new Date(Date.now() - 5 * 60_000).toISOString();
const photo = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 9'/%3E";

function articles(count: number, prefix: string): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `https://publisher.example/${prefix}/${i}`,
    headline: `${prefix} ${i}`,
    datePublished: recent(),
    image: { src: photo, alt: '' },
  }));
}

describe('shared clock and impressions after the elements are removed', function () {
  this.timeout(30_000);

  it('no clock subscriber, no clock timer and no impression watch are left', async () => {
    expect(clockSubscriberCount(), 'nothing before the test').to.equal(0);
    const stage = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const cards = articles(50, 'card').map((article) => {
      const card = document.createElement('aw-article-card');
      card.article = article;
      return card;
    });
    const lists = Array.from({ length: 5 }, (_, i) => {
      const list = document.createElement('aw-related-stories');
      list.stories = articles(4, `related-${i}`);
      return list;
    });
    const share = document.createElement('aw-share-button');
    share.setAttribute('native', 'never');
    share.setAttribute('url', 'https://publisher.example/shared');
    stage.append(...cards, ...lists, share);
    await Promise.all([...cards, ...lists, share].map((element) => element.updateComplete));
    // Open the share panel too: it listens on the window and the document while open.
    share.shadowRoot!.querySelector<HTMLButtonElement>('#button')!.click();
    await waitUntil(() => share.shadowRoot!.querySelector('#button')!.getAttribute('aria-expanded') === 'true');

    expect(clockSubscriberCount(), 'every card and list subscribes').to.equal(55);
    expect(clockIsRunning(), 'the clock runs for "5 minutes ago"').to.equal(true);
    expect(impressionWatchCount(), 'every story is watched').to.equal(20);

    stage.replaceChildren();
    await new Promise((resolve) => requestAnimationFrame(resolve));

    expect(clockSubscriberCount()).to.equal(0);
    expect(clockIsRunning()).to.equal(false);
    expect(impressionWatchCount()).to.equal(0);
  });

  it('an element moved (removed and added again) subscribes again, once', async () => {
    const stage = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const card = document.createElement('aw-article-card');
    card.article = articles(1, 'moved')[0]!;
    stage.append(card);
    await card.updateComplete;
    expect(clockSubscriberCount()).to.equal(1);
    for (let i = 0; i < 5; i++) {
      card.remove();
      stage.append(card);
    }
    await card.updateComplete;
    expect(clockSubscriberCount()).to.equal(1);
    expect(clockIsRunning()).to.equal(true);
    card.remove();
    expect(clockSubscriberCount()).to.equal(0);
    expect(clockIsRunning()).to.equal(false);
  });
});
