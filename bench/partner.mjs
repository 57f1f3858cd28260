#!/usr/bin/env node
// Time from navigation to a rendered card on a partner page, on two local origins: the
// publisher (dist/ and the article JSON, on 127.0.0.1) and a partner page (on localhost) that
// holds the pasted snippet with the autoloader. Needs `npm run build` first.
//   node bench/partner.mjs [--runs 9] [--latency 0]
// `--latency` adds that many ms to every request's round trip (DevTools network emulation), as
// between a reader and a publisher's server far away; 0 is the local setup as it is.
import { commandLine, launchChromium } from './chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const { option } = commandLine();
const runs = Number(option('runs', 9));
const latency = Number(option('latency', 0));

const publisher = await serve({
  root: '.',
  headers: () => ({ 'access-control-allow-origin': '*', 'cache-control': 'no-store' }),
});
const publisherOrigin = `http://127.0.0.1:${publisher.port}`;
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="/measure.js"></script></head><body>
<aw-article-card src="${publisherOrigin}/demo/data/seed-article.json">
  <a href="https://publisher.example/a">US 'will respond' if Russia 'acts recklessly' against Ukraine</a>
</aw-article-card>
<script type="module" src="${publisherOrigin}/dist/autoloader.js"></script></body></html>`;
// Records when the card has rendered its data: aw-load fires after that render.
const measure = `document.querySelector('aw-article-card').addEventListener('aw-load', () => {
  window.cardRendered = performance.now();
});`;
const partner = await serve({
  root: 'demo/partner',
  headers: () => ({ 'cache-control': 'no-store' }),
  routes: async (url) => {
    if (url.pathname === '/') return { type: 'text/html; charset=utf-8', body: page };
    if (url.pathname === '/measure.js') return { type: 'text/javascript', body: measure };
    return undefined;
  },
});

const browser = await launchChromium();
const times = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    if (latency > 0) {
      const session = await tab.createCDPSession();
      await session.send('Network.enable');
      await session.send('Network.emulateNetworkConditions', {
        offline: false,
        latency,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    await tab.goto(`http://localhost:${partner.port}/`);
    await tab.waitForFunction(() => window.cardRendered !== undefined, { timeout: 30_000 });
    times.push(await tab.evaluate(() => window.cardRendered));
    await context.close();
  }
} finally {
  await browser.close();
  publisher.server.close();
  partner.server.close();
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const delay = latency > 0 ? `, ${latency} ms added to each round trip` : '';
console.log(`partner page, autoloader + one card, ${runs} cold runs (no cache), two local origins${delay}`);
console.log(
  `  navigation → card rendered: median ${median.toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`,
);
console.log('  bytes: `npm run size` (brotli of the same files; `npm run bench` adds gzip)');
