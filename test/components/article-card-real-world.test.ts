import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AwArticleCard } from '../../src/components/article-card/article-card.js';
import '../../src/components/article-card/article-card.js';
import { ArticleDataError, normalizeArticle, type Article } from '../../src/data/index.js';

/**
 * Cards from schema.org JSON-LD copied out of real news pages (test/fixtures/real-world,
 * described in its INDEX.md): whatever the data layer makes of a block, the card must show
 * exactly that, or keep its fallback when the data layer refuses it.
 */
const files = [
  '1000things-1.json',
  'aerztezeitung-1.json',
  'aktualne-1.json',
  'albayan-1.json',
  'ambito-1.json',
  'bbc-1.json',
  'biobiochile-1.json',
  'bloomberg-1.json',
  'chicagotribune-1.json',
  'cio-1.json',
  'cnn-1.json',
  'corkbeo-1.json',
  'denverpost-1.json',
  'denverpost-2.json',
  'economist-1.json',
  'elsiglo-1.json',
  'engadget-1.json',
  'faz-1.json',
  'ft-1.json',
  'hola-1.json',
  'journalistenwatch-1.json',
  'katapult-1.json',
  'larepublica-1.json',
  'lemonde-1.json',
  'lrt-1.json',
  'mashable-1.json',
  'natgeo-uk-1.json',
  'nbcnews-1.json',
  'nbcnews-2.json',
  'npr-1.json',
  'nytimes-1.json',
  'nytimes-2.json',
  'prnewswire-1.json',
  'registerguard-1.json',
  'repubblica-1.json',
  'scmp-1.json',
  'sfchronicle-1.json',
  'spiegel-1.json',
  'techcrunch-1.json',
  'theverge-1.json',
  'theverge-2.json',
  'timesofindia-1.json',
  'vice-1.json',
  'wickedlocal-1.json',
  'yahoo-1.json',
  'yahoo-2.json',
];

/** Blocks that sit side by side on one page, fed together as the page would. */
const pages = [
  ['nytimes-1.json', 'nytimes-2.json'],
  ['theverge-1.json', 'theverge-2.json'],
  ['nbcnews-1.json', 'nbcnews-2.json'],
  ['denverpost-1.json', 'denverpost-2.json'],
];

async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`/fixtures/real-world/${encodeURIComponent(name)}`);
  expect(response.ok, name).to.equal(true);
  return response.text();
}

function ldScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  // Text, never markup: the block goes into the script's text as it was published.
  script.textContent = text;
  return script;
}

interface Rendered {
  el: AwArticleCard;
  loads: CustomEvent<{ article?: Article }>[];
  errors: CustomEvent<{ error: Error; source: string }>[];
}

async function renderCard(texts: string[]): Promise<Rendered> {
  const loads: Rendered['loads'] = [];
  const errors: Rendered['errors'] = [];
  const wrapper = await fixture<HTMLElement>(
    html`<div
      @aw-load=${(event: Rendered['loads'][number]) => loads.push(event)}
      @aw-error=${(event: Rendered['errors'][number]) => errors.push(event)}
    >
      <aw-article-card>${texts.map(ldScript)}<a href="https://publisher.example/fallback">Fallback</a></aw-article-card>
    </div>`,
  );
  const el = wrapper.querySelector('aw-article-card')!;
  await el.updateComplete;
  await waitUntil(
    () => loads.length > 0 || errors.some((event) => event.detail.source !== 'image'),
    'the card did not settle',
  );
  return { el, loads, errors };
}

function checkCard(rendered: Rendered, expected: Article | ArticleDataError, label: string): void {
  const { el, loads, errors } = rendered;
  const root = el.shadowRoot!;
  if (expected instanceof ArticleDataError) {
    const dataErrors = errors.filter((event) => event.detail.source !== 'image');
    expect(dataErrors, `${label}: aw-error`).to.have.length(1);
    expect(dataErrors[0]!.detail.source).to.equal('inline');
    expect(root.querySelector('[part~="link"]'), `${label}: no card link`).to.equal(null);
    expect(el.querySelector('a')!.assignedSlot, `${label}: the fallback is shown`).not.to.equal(null);
    return;
  }
  expect(loads, `${label}: aw-load`).to.have.length(1);
  expect(loads[0]!.detail.article).to.deep.equal(expected);
  const link = root.querySelector<HTMLAnchorElement>('[part~="link"]')!;
  expect(link.textContent, `${label}: headline`).to.equal(expected.headline);
  expect(link.getAttribute('href'), `${label}: link`).to.equal(expected.url);
  expect(root.querySelectorAll('a'), `${label}: one link`).to.have.length(1);
  expect(root.querySelector('h3')!.contains(link), `${label}: the link is the headline`).to.equal(true);
  const image = root.querySelector<HTMLImageElement>('[part~="photo-image"]');
  if (expected.image === undefined) {
    expect(image, `${label}: no photo`).to.equal(null);
    return;
  }
  expect(image!.getAttribute('src'), `${label}: photo`).to.equal(expected.image.src);
  expect(image!.getAttribute('alt'), `${label}: alt`).to.equal(expected.image.alt);
}

describe('<aw-article-card> with real-world JSON-LD', () => {
  it('has all 46 parseable fixtures in its list', async () => {
    const index = await fixtureText('INDEX.md');
    const listed = [...index.matchAll(/^\| `([^`]+\.json)` \|/gm)].map((match) => match[1]);
    expect([...new Set(listed)].sort()).to.deep.equal([...files].sort());
  });

  for (const name of files) {
    it(`renders ${name} as the data layer reads it`, async () => {
      const text = await fixtureText(name);
      const expected = normalizeArticle(JSON.parse(text), { base: document.baseURI });
      checkCard(await renderCard([text]), expected, name);
    });
  }

  for (const names of pages) {
    it(`renders the page of ${names.join(' + ')}`, async () => {
      const texts = await Promise.all(names.map(fixtureText));
      const expected = normalizeArticle(
        texts.map((text) => JSON.parse(text) as unknown),
        { base: document.baseURI },
      );
      checkCard(await renderCard(texts), expected, names.join(' + '));
    });
  }
});
