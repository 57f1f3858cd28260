import { expect, waitUntil } from '@open-wc/testing';
import { translations } from '../../src/i18n/translations.js';

/**
 * End to end, on two origins: the tests run on the publisher's origin (localhost) and open
 * partner pages from another origin (127.0.0.1, same server), which load the built files in
 * dist/ exactly as a pasted snippet does. The partner pages report back with postMessage.
 * Needs `npm run build` first (npm test builds before the browser tests).
 */
const partnerOrigin = `http://127.0.0.1:${location.port}`;

interface CardReport {
  id: string;
  event: 'aw-load' | 'aw-error';
  status: number | null;
  headline: string | null;
  href: string | null;
  text: string;
  fallbackVisible: boolean;
}

interface Report {
  page: string;
  violations: string[];
  scripts: string[];
  timings: { name: string; startTime: number; responseEnd: number }[];
  cards?: CardReport[];
  initial?: number[];
  heights?: number[];
}

const frames: HTMLIFrameElement[] = [];

function openPartnerPage(name: string): Promise<Report> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== partnerOrigin || event.data?.type !== 'aw-e2e-report') return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as Report);
    };
    window.addEventListener('message', onMessage);
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '1200px';
    frame.src = `${partnerOrigin}/test/e2e/pages/${name}`;
    frames.push(frame);
    document.body.append(frame);
  });
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('a partner page with the autoloader and cards', function () {
  this.timeout(30_000);
  let report: Report;

  before(async () => {
    report = await openPartnerPage('autoloader-card.html');
  });

  it('shows the publisher’s card from another origin', () => {
    const card = report.cards!.find((c) => c.id === 'ok')!;
    expect(card.event).to.equal('aw-load');
    expect(card.headline).to.equal(
      "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov",
    );
    expect(card.href).to.equal(
      'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov',
    );
  });

  it('loads the autoloader and the card’s code only: no share, copy or related-stories code', () => {
    const ours = report.scripts.filter((url) => url.includes('/dist/'));
    expect(ours.some((url) => url.endsWith('/dist/autoloader.js'))).to.equal(true);
    expect(ours.some((url) => /article-card-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(ours.filter((url) => /share-button|copy-button|related-stories/.test(url))).to.deep.equal([]);
    expect(ours.some((url) => url.endsWith('/dist/article-widgets.js'))).to.equal(false);
  });

  it('asks for the card’s chunk and the chunks it imports at once, not one round trip after another', async () => {
    const ours = report.timings.filter((entry) => entry.name.includes('/dist/chunks/'));
    const card = ours.find((entry) => /article-card-[\w-]+\.js$/.test(entry.name))!;
    // The chunks the card's chunk imports, read from the chunk itself.
    const source = await (await fetch(new URL(card.name).pathname)).text();
    const imported = [...source.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((match) => match[1]!);
    expect(imported.length, 'chunks the card imports').to.be.greaterThan(0);
    for (const name of imported) {
      const entry = ours.find((candidate) => candidate.name.endsWith(`/chunks/${name}`));
      expect(entry, `${name} requested`).to.not.equal(undefined);
      expect(entry!.startTime, name).to.be.at.most(card.responseEnd);
    }
  });

  it('loads neither the JSON-LD reader (data in our shape) nor other languages’ strings (English page)', () => {
    const ours = report.scripts.filter((url) => url.includes('/dist/'));
    expect(ours.filter((url) => /\/(?:normalize|translations)-[\w-]+\.js$/.test(url))).to.deep.equal([]);
  });

  it('says a withdrawn (410) article is no longer available, without the link', () => {
    const card = report.cards!.find((c) => c.id === 'gone')!;
    expect(card.event).to.equal('aw-error');
    expect(card.status).to.equal(410);
    expect(card.text).to.contain('This article is no longer available');
    expect(card.fallbackVisible).to.equal(false);
  });

  it('keeps the fallback link for a missing (404) article', () => {
    const card = report.cards!.find((c) => c.id === 'missing')!;
    expect(card.event).to.equal('aw-error');
    expect(card.status).to.equal(404);
    expect(card.fallbackVisible).to.equal(true);
  });

  it('reports no Content-Security-Policy or Trusted Types violation', () => {
    expect(report.violations).to.deep.equal([]);
  });
});

describe('a French partner page with a card whose src answers JSON-LD', function () {
  this.timeout(30_000);

  it('loads the JSON-LD reader and the translations on demand and shows the card in French', async () => {
    const report = await openPartnerPage('autoloader-jsonld.html');
    const card = report.cards!.find((c) => c.id === 'ok')!;
    expect(card.event).to.equal('aw-load');
    expect(card.headline).to.equal(
      "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov",
    );
    expect(card.text).to.contain('Mis à jour');
    expect(card.text).not.to.contain('Updated');
    const ours = report.scripts.filter((url) => url.includes('/dist/'));
    expect(ours.filter((url) => /\/json-ld-[\w-]+\.js$/.test(url))).to.have.length(1);
    expect(ours.filter((url) => /\/translations-[\w-]+\.js$/.test(url))).to.have.length(1);
    expect(report.violations).to.deep.equal([]);
  });
});

describe('an iframe embed on a partner page', function () {
  this.timeout(30_000);

  it('renders the card and takes its content’s height through the resizer', async () => {
    const report = await openPartnerPage('iframe-embed.html');
    // 150 px is an iframe's default height (plus its border); the card is taller than that.
    expect(report.initial![0]).to.be.at.most(160);
    expect(report.heights![0]).to.be.greaterThan(300);
    expect(report.heights![0]).to.be.at.most(4000);
    expect(report.violations).to.deep.equal([]);
  });
});

describe('the iframe embed page in another language', function () {
  this.timeout(30_000);

  it('loads that language’s strings on demand for its message (English alone is inline)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/dist/embed.html?lang=de';
    document.body.append(frame);
    try {
      const message = () => frame.contentDocument?.querySelector('.aw-embed-message')?.textContent;
      await waitUntil(() => message(), 'the embed page shows its message', { timeout: 20_000 });
      expect(message()).to.equal(translations.de.unavailable);
      const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(scripts.filter((url) => /\/translations-[\w-]+\.js$/.test(url))).to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});
