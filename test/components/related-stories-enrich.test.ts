import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AwRelatedStories } from '../../src/components/related-stories/related-stories.js';
import { stubProperty } from '../helpers/copy-share.js';

/**
 * `<aw-related-stories enrich>` (issue 19): a plain list of links becomes stories by reading each
 * linked page, lazily near the viewport, a few at a time; a link whose page can't be read stays a
 * link. The pages are put on the test server's echo route: small article pages whose photos are
 * data: URLs, so nothing leaves this machine.
 */

const photo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#2a4a70"/></svg>',
)}`;

/** A page on the echo route: its head holds Open Graph tags. */
async function articlePage(id: string, title: string, withPhoto = true): Promise<string> {
  const body = `<!doctype html><html lang="fr"><head><title>${title} - Site</title>
<meta property="og:title" content="${title}">
${withPhoto ? `<meta property="og:image" content="${photo}"><meta property="og:image:width" content="1600"><meta property="og:image:height" content="900">` : ''}
<meta property="article:published_time" content="2021-12-02T10:00:00Z"></head><body><p>Story</p></body></html>`;
  const response = await fetch(`/echo/enrich-${id}`, { method: 'PUT', headers: { 'content-type': 'text/html' }, body });
  expect(response.status).to.equal(204);
  return `/echo/enrich-${id}`;
}

function list(urls: string[]): string {
  return `<ul>${urls.map((url, index) => `<li><a href="${url}">Link ${index + 1}</a></li>`).join('')}</ul>`;
}

function texts(el: AwRelatedStories): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('[part="link"]'), (link) => link.textContent!.trim());
}

/** Counts the requests to the echo route that are in flight at once, through the page's fetch. */
function countRequests(): { requested: string[]; mostAtOnce: () => number; restore: () => void } {
  const original = window.fetch;
  const requested: string[] = [];
  let active = 0;
  let most = 0;
  const restore = stubProperty(window, 'fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/echo/enrich-') || init?.method === 'PUT') return original(input, init);
    requested.push(new URL(url, location.href).pathname);
    most = Math.max(most, ++active);
    try {
      // Slow enough that the pages near the viewport overlap.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return await original(input, init);
    } finally {
      active--;
    }
  });
  return { requested, mostAtOnce: () => most, restore };
}

describe('<aw-related-stories enrich>', () => {
  let counter: ReturnType<typeof countRequests>;

  beforeEach(() => {
    counter = countRequests();
  });
  afterEach(() => counter.restore());

  it("turns each link into its page's story, and keeps the link when the page cannot be read", async () => {
    const first = await articlePage('first', 'Première histoire');
    const second = await articlePage('second', 'Deuxième histoire', false);
    const missing = '/echo/enrich-missing';
    const errors: string[] = [];
    const el = await fixture<AwRelatedStories>(
      html`<aw-related-stories
        enrich
        lang="fr"
        @aw-error=${(event: CustomEvent<{ source: string }>) => errors.push(event.detail.source)}
        .innerHTML=${list([first, second, missing])}
      ></aw-related-stories>`,
    );
    await waitUntil(() => texts(el)[0] === 'Première histoire' && texts(el)[1] === 'Deuxième histoire', 'pages read', {
      timeout: 5000,
    });
    await waitUntil(() => errors.length === 1, 'the missing page reported');
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['Première histoire', 'Deuxième histoire', 'Link 3']);
    expect(errors).to.deep.equal(['enrich']);
    // The link's URL stays the story's: the list's events and links name what the page linked.
    const links = Array.from(el.shadowRoot!.querySelectorAll('[part="link"]'), (link) => link.getAttribute('href'));
    expect(links).to.deep.equal([first, second, missing].map((url) => new URL(url, location.href).href));
    expect(el.shadowRoot!.querySelectorAll('[part="thumbnail"] img')).to.have.length(1);
    // The link left as a link shows no time: its empty <time> takes no room.
    const shown = Array.from(el.shadowRoot!.querySelectorAll('time')).filter(
      (time) => time.getClientRects().length > 0,
    );
    expect(shown.map((time) => time.textContent)).to.have.length(2);
    expect(shown.every((time) => time.textContent !== '')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reads only pages near the viewport, at most three at a time', async () => {
    const urls = await Promise.all(
      Array.from({ length: 8 }, (_, i) => articlePage(`many-${i}`, `Histoire ${i}`, false)),
    );
    const stage = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 300vh"></div>
        <aw-related-stories enrich .innerHTML=${list(urls)}></aw-related-stories>
      </div>`,
    );
    const el = stage.querySelector('aw-related-stories') as AwRelatedStories;
    await el.updateComplete;
    // Far below the viewport: nothing is read. (Two frames: time for the observer's first answer.)
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(counter.requested).to.deep.equal([]);
    el.scrollIntoView();
    await waitUntil(() => texts(el).every((text) => text.startsWith('Histoire')), 'every page read', { timeout: 8000 });
    expect(counter.requested).to.have.length(8);
    expect(counter.mostAtOnce()).to.be.within(1, 3);
  });

  it('leaves data from a property, inline JSON or src alone, and does nothing without enrich', async () => {
    const page = await articlePage('plain', 'Jamais lue');
    const el = await fixture<AwRelatedStories>(
      html`<aw-related-stories .innerHTML=${list([page])}></aw-related-stories>`,
    );
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(texts(el)).to.deep.equal(['Link 1']);
    el.enrich = true;
    el.stories = [{ url: new URL(page, location.href).href, headline: 'From the property' }];
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(texts(el)).to.deep.equal(['From the property']);
    expect(counter.requested).to.deep.equal([]);
  });
});
