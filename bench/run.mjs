#!/usr/bin/env node
// `npm run bench`: the rendering cost and heap of the elements against what a publisher would
// write instead, and the size of the built JavaScript. Prints markdown tables.
//   node bench/run.mjs [--rounds 11] [--counts 1,50,500] [--elements card,related,share]
//                      [--no-sizes] [--limit 1.6] [--json results.json]
//
// Rendering: bundles bench/page.ts (the elements as the package compiles them, production Lit;
// see bundle.mjs), serves it to headless Chromium and, for each element and count, inserts N
// elements (cards through the `article` property and as inline JSON in HTML, related-story
// lists of 10 stories through the `stories` property, share buttons as HTML) and the baselines:
// plain semantic HTML of the same content (bench/baselines.ts, the real floor), a naive Lit card
// (cards only), and the elements' own rendered DOM as static HTML with equivalent styles (what
// Lit adds over our DOM). Interleaved over several rounds after one warm-up round; each sample
// runs from just before insertion to the frame after layout, as wall time and main-thread CPU
// time, and is checked to have rendered. Prints medians, the ratios to each baseline and the
// heap per element; exits non-zero when a card ratio to plain HTML at the largest count is over
// --limit (1.6), or a related list's over 2.
//
// Sizes: raw, gzip -9 and brotli q11 bytes of every .js file in dist/ and of the partner path
// (the files of the partner budget in .size-limit.mjs). Runs `npm run build` first when dist/ is missing.
import { bundlePage } from './bundle.mjs';
import { commandLine, launchChromium, openPage, performanceMetrics, serveRoutes } from './chromium.mjs';
import { measureSizes } from './sizes.mjs';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const { option, flag } = commandLine();
const rounds = Number(option('rounds', 11));
const counts = String(option('counts', '1,50,500')).split(',').map(Number);
const elements = String(option('elements', 'card,related,share')).split(',');
/** Goals as ratios to plain HTML at the largest count: a run over one exits 1. */
const limits = { card: Number(option('limit', 1.6)), related: 2 };
const jsonOut = option('json', undefined);
const tags = { card: 'aw-article-card', related: 'aw-related-stories', share: 'aw-share-button' };
const unknown = elements.filter((element) => !(element in tags));
if (unknown.length > 0 || counts.some((count) => !(count > 0)) || !(rounds > 0)) {
  console.error(`bench: --elements takes ${Object.keys(tags).join(',')}; --counts and --rounds positive numbers`);
  process.exit(2);
}
const largest = Math.max(...counts);
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
const load = { start: loadAverage(), end: '' };

const sizes = flag('no-sizes') ? undefined : measureSizes();
const script = await bundlePage();
// The related lists' stories, from the test fixtures.
const relatedFixture = elements.includes('related')
  ? JSON.parse(readFileSync(new URL('../test/fixtures/related-stories.json', import.meta.url), 'utf8'))
  : undefined;

const favicon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>';
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>article-widgets bench</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; }
  #stage { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; width: 960px; padding: 16px; }
  #stage[data-element='share'] { display: flex; flex-wrap: wrap; align-items: start; }
</style>
<script type="module" src="/bench.js"></script>
</head>
<body><div id="stage"></div></body>
</html>`;
const routes = {
  '/': ['text/html; charset=utf-8', page],
  '/bench.js': ['text/javascript; charset=utf-8', script],
  // The photos are asked for and never answered: every variant's images stay on their way
  // through the rounds, so no round's time holds image decoding or load events that arrive
  // whenever the cache hands them over (they swamped the medians, 2–25 s a round).
  '/photo.png': 'never',
  '/favicon.ico': ['image/svg+xml', favicon],
};
const server = await serveRoutes((path) => routes[path]);
const browser = await launchChromium({ args: ['--js-flags=--expose-gc'] });

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Samples of every variant at every count, interleaved: { [count]: { [variant]: { wall, cpu } } }. */
async function sample(element) {
  // Main-thread CPU time from the DevTools protocol: unlike wall time it does not grow while
  // other processes hold the CPU, so it stays comparable on a busy machine.
  const { tab, session } = await openPage(browser, `${server.origin}/`, { timeDomain: 'threadTicks' });
  const threadTime = async () => (await performanceMetrics(session))('ThreadTime') * 1000;
  try {
    await tab.waitForFunction(() => window.bench !== undefined);
    const setup = await tab.evaluate(
      (name, max, data) => window.bench.setup(name, max, data),
      element,
      largest,
      element === 'related' ? relatedFixture : undefined,
    );
    const variants = setup.variants.map((variant) => variant.name);
    const samples = Object.fromEntries(
      counts.map((count) => [count, Object.fromEntries(variants.map((v) => [v, { wall: [], cpu: [] }]))]),
    );
    // One warm-up round (JIT, caches), not counted.
    for (let round = -1; round < rounds; round += 1) {
      console.error(`bench: ${tags[element]} ${round < 0 ? 'warm-up round' : `round ${round + 1} of ${rounds}`}`);
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
    const heap = await heapPerElement(tab, session, variants);
    return { setup, samples, heap, rows: summarize(setup.variants, samples) };
  } finally {
    await tab.close();
  }
}

/**
 * JavaScript heap each variant keeps per element at the largest count: the heap after garbage
 * collection with the elements on the page, less the heap of the empty page, over the count;
 * the median of three tries.
 */
async function heapPerElement(tab, session, variants) {
  const heap = {};
  for (const variant of variants) {
    const tries = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await tab.evaluate(() => window.bench.clear());
      const empty = await heapUsed(session);
      await tab.evaluate((v, n) => window.bench.insert(v, n), variant, largest);
      await tab.evaluate(() => window.bench.settle());
      tries.push(((await heapUsed(session)) - empty) / largest);
    }
    heap[variant] = median(tries);
  }
  await tab.evaluate(() => window.bench.clear());
  return heap;
}

/** Bytes of JavaScript heap in use after a full garbage collection. */
async function heapUsed(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

/** The baselines each element is measured against, in the order of the report's columns. */
const baselines = ['plain', 'naive', 'static'];

/** Per measure and count: each variant's median and fastest sample, and its ratios to each baseline. */
function summarize(variants, samples) {
  const rows = [];
  for (const measure of ['wall', 'cpu']) {
    for (const count of counts) {
      const row = { measure, count, median: {}, min: {}, ratio: {}, minRatio: {} };
      for (const { name } of variants) {
        row.median[name] = median(samples[count][name][measure]);
        row.min[name] = Math.min(...samples[count][name][measure]);
      }
      for (const { name } of variants) {
        row.ratio[name] = {};
        row.minRatio[name] = {};
        for (const baseline of baselines.filter((b) => b in row.median)) {
          row.ratio[name][baseline] = row.median[name] / row.median[baseline];
          row.minRatio[name][baseline] = row.min[name] / row.min[baseline];
        }
      }
      rows.push(row);
    }
  }
  return rows;
}

/** A markdown table, padded as prettier pads it; `right` marks the right-aligned columns. */
function table(header, rows, right = header.map((_, index) => index > 0)) {
  const widths = header.map((cell, index) => Math.max(cell.length, 3, ...rows.map((row) => String(row[index]).length)));
  const line = (cells) =>
    `| ${cells.map((cell, index) => (right[index] ? String(cell).padStart(widths[index]) : String(cell).padEnd(widths[index]))).join(' | ')} |`;
  const rule = widths.map((width, index) => (right[index] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)));
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Our variants of an element: every one that is not a baseline. */
function ours(setup) {
  return setup.variants.filter((variant) => !baselines.includes(variant.name));
}

function renderingReport(element, { setup, rows, heap }) {
  const measured = ours(setup);
  const against = baselines.filter((baseline) => setup.variants.some((variant) => variant.name === baseline));
  const labels = Object.fromEntries(setup.variants.map((variant) => [variant.name, variant.label]));
  const header = [
    'measure',
    'count',
    ...setup.variants.map((variant) => `${variant.label} ms`),
    ...measured.flatMap((variant) => against.map((baseline) => `${variant.name} ÷ ${baseline}`)),
  ];
  const body = rows.map((row) => [
    row.measure,
    row.count,
    ...setup.variants.map((variant) => row.median[variant.name].toFixed(1)),
    ...measured.flatMap((variant) =>
      against.map(
        (baseline) =>
          `${row.ratio[variant.name][baseline].toFixed(2)} (${row.minRatio[variant.name][baseline].toFixed(2)})`,
      ),
    ),
  ]);
  const worst = rows
    .filter((row) => row.count === largest)
    .map((row) => `${row.measure} ${Math.max(...measured.map((variant) => row.ratio[variant.name].plain)).toFixed(2)}`);
  const heapRows = setup.variants.map((variant) => [labels[variant.name], (heap[variant.name] / 1024).toFixed(2)]);
  return [
    `### \`<${tags[element]}>\``,
    '',
    `One element: ${setup.shadowElements} elements in its shadow root, ${setup.staticBytes} bytes of its DOM as static HTML.`,
    '',
    table(header, body),
    '',
    `Worst median ratio to plain HTML at ${largest}: ${worst.join(', ')}${limits[element] ? ` (goal: ${limits[element]})` : ''}.`,
    '',
    `JavaScript heap per element with ${largest} on the page (after garbage collection, median of 3):`,
    '',
    table(['variant', 'KB per element'], heapRows),
  ].join('\n');
}

function sizeReport({ files, partner, warning }) {
  const columns = ['raw B', 'gzip B', 'brotli B'];
  const cells = (size) => [size.raw, size.gzip, size.brotli];
  return [
    '### JavaScript in `dist/`',
    '',
    ...(warning ? [`**${warning}.**`, ''] : []),
    table(
      ['file', ...columns],
      files.map((size) => [`\`${size.file}\``, ...cells(size)]),
    ),
    '',
    '### Partner path (autoloader + one card, as `npm run size` counts it)',
    '',
    table(
      ['file', ...columns],
      [...partner.files.map((size) => [`\`${size.file}\``, ...cells(size)]), ['**total**', ...cells(partner.total)]],
    ),
  ].join('\n');
}

let exitCode = 0;
const results = {};
try {
  for (const element of elements) results[element] = await sample(element);
  load.end = loadAverage();
  const chromium = await browser.version();
  const sections = [
    '## Rendering',
    '',
    `${chromium}, Node ${process.versions.node}; ${cpus().length} CPUs, load average (1, 5, 15 min) ${load.start} at the start, ${load.end} at the end.`,
    `${rounds} interleaved rounds after a warm-up round; medians of the rounds.`,
    'wall: ms from insertion to the frame after layout; cpu: main-thread CPU ms in that time.',
    'Ratios: element / static, of the medians (in brackets, of the fastest samples).',
    ...elements.flatMap((element) => ['', renderingReport(element, results[element])]),
  ];
  if (sizes) sections.push('', '## Size', '', sizeReport(sizes));
  console.log(sections.join('\n'));
  for (const element of elements) {
    if (limits[element] === undefined) continue;
    for (const row of results[element].rows.filter((candidate) => candidate.count === largest)) {
      const worst = Math.max(...ours(results[element].setup).map((variant) => row.ratio[variant.name].plain));
      if (worst > limits[element]) {
        exitCode = 1;
        console.error(
          `bench: ${tags[element]} at ${largest} is ${worst.toFixed(2)}× plain HTML (${row.measure}), over ${limits[element]}`,
        );
      }
    }
  }
  if (jsonOut) {
    const json = { chromium, node: process.versions.node, rounds, counts, load, elements: results, sizes };
    writeFileSync(jsonOut, JSON.stringify(json, null, 2));
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
