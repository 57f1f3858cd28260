#!/usr/bin/env node
// Rendering cost of <aw-article-card> against the same cards as static HTML.
//   node bench/run.mjs [--rounds 7] [--counts 1,50,500] [--json results.json]
//
// Bundles bench/page.ts (the card and its photo as the package compiles them, production Lit;
// see bundle.mjs), serves it to headless Chromium and, for each count, inserts N cards (set up
// through the `article` property, and as inline JSON in HTML), then the same cards' rendered
// markup as plain HTML with equivalent styles, interleaved over several rounds. Each sample runs
// from just before insertion to the frame after layout, as wall time and as main-thread CPU
// time. Prints medians and the ratios card / static; exits non-zero when a ratio at the
// largest count is above --limit (1.2).
import { bundlePage } from './bundle.mjs';
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const rounds = Number(option('rounds', 7));
const counts = String(option('counts', '1,50,500')).split(',').map(Number);
const limit = Number(option('limit', 1.2));
const jsonOut = option('json', undefined);
const variants = ['card', 'card-inline', 'static'];

const script = await bundlePage();

const photo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675"><rect width="1200" height="675" fill="#5a7391"/><circle cx="930" cy="150" r="70" fill="#fff6d5"/><rect y="450" width="1200" height="225" fill="#123049"/></svg>`;
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>aw-article-card bench</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  #stage { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; width: 960px; padding: 16px; }
</style>
<script type="module" src="/bench.js"></script>
</head>
<body><div id="stage"></div></body>
</html>`;

const routes = {
  '/': ['text/html; charset=utf-8', page],
  '/bench.js': ['text/javascript; charset=utf-8', script],
  '/photo.svg': ['image/svg+xml', photo],
};
const server = createServer((request, response) => {
  const route = routes[new URL(request.url ?? '/', 'http://localhost').pathname];
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': route[0], 'cache-control': 'max-age=3600' });
  response.end(route[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
});

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

let exitCode = 0;
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  tab.on('console', (message) => message.type() === 'error' && console.error('console:', message.text()));
  await tab.setViewport({ width: 1000, height: 800 });
  await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.bench !== undefined);
  const setup = await tab.evaluate((max) => window.bench.setup(max), Math.max(...counts));

  // Main-thread CPU time from the DevTools protocol: unlike wall time it does not grow while
  // other processes hold the CPU, so it stays comparable on a busy machine.
  const session = await tab.createCDPSession();
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
  };
  const samples = Object.fromEntries(
    counts.map((count) => [count, Object.fromEntries(variants.map((v) => [v, { wall: [], cpu: [] }]))]),
  );
  // One warm-up round (JIT, caches, the photo in the memory cache), not counted.
  for (let round = -1; round < rounds; round += 1) {
    for (const count of counts) {
      // Alternate the order so neither variant always runs on a freshly collected heap.
      const order = round % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        await tab.evaluate(() => window.bench.clear());
        const before = await threadTime();
        const wall = await tab.evaluate((v, n) => window.bench.insert(v, n), variant, count);
        const cpu = (await threadTime()) - before;
        await tab.evaluate((v, n) => window.bench.check(v, n), variant, count);
        if (round >= 0) {
          samples[count][variant].wall.push(wall);
          samples[count][variant].cpu.push(cpu);
        }
      }
    }
  }

  const chromium = await browser.version();
  const rows = [];
  for (const measure of ['wall', 'cpu']) {
    for (const count of counts) {
      const pick = (variant, statistic) => statistic(samples[count][variant][measure]);
      const row = { measure, count };
      for (const [name, statistic] of [
        ['median', median],
        ['min', (values) => Math.min(...values)],
      ]) {
        const card = pick('card', statistic);
        const inline = pick('card-inline', statistic);
        const plain = pick('static', statistic);
        row[name] = { card, inline, static: plain, ratio: card / plain, inlineRatio: inline / plain };
      }
      rows.push(row);
    }
  }

  const ms = (value) => value.toFixed(1).padStart(9);
  const ratio = (value) => value.toFixed(2).padStart(6);
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(`\n<aw-article-card> against the same cards as static HTML, ${rounds} interleaved rounds`);
  console.log(
    `${chromium}; ${setup.elementsPerCard} elements in a card's shadow root; ${setup.staticBytes} bytes of static HTML per card`,
  );
  console.log(`load average ${load} on ${cpus().length} CPUs`);
  console.log('wall: ms from insertion to the frame after layout; cpu: main-thread CPU ms in that time');
  console.log('ratios: card / static, of the medians (and of the fastest samples)\n');
  console.log('  measure |  cards | card (property) | card (inline JSON) |    static | ratio property | ratio inline');
  console.log('  --------|--------|-----------------|--------------------|-----------|----------------|--------------');
  for (const row of rows) {
    const { median: m, min } = row;
    console.log(
      `  ${row.measure.padEnd(7)} | ${String(row.count).padStart(6)} | ${ms(m.card)}       | ${ms(m.inline)}          | ${ms(m.static)} | ${ratio(m.ratio)} (${ratio(min.ratio).trim()}) | ${ratio(m.inlineRatio)} (${ratio(min.inlineRatio).trim()})`,
    );
  }
  const largest = rows.filter((row) => row.count === Math.max(...counts));
  const verdicts = largest.map((row) => {
    const worst = Math.max(row.median.ratio, row.median.inlineRatio);
    if (worst > limit) exitCode = 1;
    return `${row.measure} ${worst.toFixed(2)} (${worst <= limit ? 'within' : 'ABOVE'} ${limit})`;
  });
  console.log(`\nworst median ratio at ${Math.max(...counts)} cards: ${verdicts.join(', ')}`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ chromium, rounds, load, setup, rows, samples }, null, 2));
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
