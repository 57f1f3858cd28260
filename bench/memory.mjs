#!/usr/bin/env node
// Memory: do cards and related-story lists leave anything behind when they are removed?
//   node bench/memory.mjs [--rounds 10] [--cards 1000] [--lists 100] [--tolerance 0.1] [--json out.json]
//
// Bundles the elements (src/index.ts and every element module, production Lit) with esbuild,
// serves them to headless Chromium (puppeteer-core, /usr/bin/chromium) and, each round, adds
// `--cards` article cards (through the `article` property, inline JSON and `src`, with photos
// and relative times) and `--lists` related-story lists (with thumbnails and impression
// watching), waits until every one has rendered its data, removes them all, collects garbage
// (HeapProfiler.collectGarbage) and reads the counters: JS heap used (Performance.getMetrics),
// documents, nodes and JS event listeners (Memory.getDOMCounters), and the library's own: the
// shared clock's subscribers and timer, and impression watches.
//
// Fails (exit 1) when the last round is more than `--tolerance` (10%) above the second (the
// first warms caches and compiles code), with a small absolute allowance for noise, or when
// anything of the library's own is left after a round.
import { commandLine, launchChromium, openPage, performanceMetrics, serveRoutes } from './chromium.mjs';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { option } = commandLine();
const rounds = Number(option('rounds', 10));
const cardCount = Number(option('cards', 1000));
const listCount = Number(option('lists', 100));
const tolerance = Number(option('tolerance', 0.1));
const jsonOut = option('json', undefined);

const root = fileURLToPath(new URL('../', import.meta.url));

async function bundle() {
  const contents = `
    export * from './src/index.ts';
    import './src/components/article-card/article-card.ts';
    import './src/components/related-stories/related-stories.ts';
    import { clockIsRunning, clockSubscriberCount } from './src/internal/clock.ts';
    import { impressionWatchCount } from './src/internal/impressions.ts';
    window.__awLeaks = () => ({
      clockSubscribers: clockSubscriberCount(),
      clockRunning: clockIsRunning(),
      impressionWatches: impressionWatchCount(),
    });
  `;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'memory-entry.ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const photo =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90"><rect width="160" height="90" fill="#5a7391"/></svg>';

function articleJson(index) {
  return JSON.stringify({
    url: `https://publisher.example/src/${index}`,
    headline: `Loaded from src ${index}`,
    datePublished: new Date(Date.now() - 5 * 60_000).toISOString(),
    image: { src: `/photo.svg?src=${index}`, alt: '' },
  });
}

// The page's script: adds and removes the elements, and says when they have all rendered.
const driver = `
const stage = document.getElementById('stage');
const recent = () => new Date(Date.now() - 5 * 60_000).toISOString();
window.__awRound = async (cards, lists) => {
  let pending = 0;
  const settled = new Promise((resolve) => {
    const done = (event) => {
      if (event.detail && event.detail.source === 'image') return;
      pending -= 1;
      if (pending === 0) resolve();
    };
    stage.addEventListener('aw-load', done);
    stage.addEventListener('aw-error', done);
    window.__awCleanup = () => {
      stage.removeEventListener('aw-load', done);
      stage.removeEventListener('aw-error', done);
    };
  });
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < cards; i++) {
    const card = document.createElement('aw-article-card');
    const kind = i % 5;
    if (kind < 3) {
      card.article = {
        url: 'https://publisher.example/a/' + i,
        headline: 'Card ' + i,
        description: 'Standfirst ' + i,
        authors: [{ name: 'Ana' }, { name: 'Ben' }],
        datePublished: recent(),
        image: { src: '/photo.svg?i=' + i, alt: '', width: 160, height: 90, credit: 'AP' },
      };
    } else if (kind === 3) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ url: 'https://publisher.example/i/' + i, headline: 'Inline ' + i, datePublished: recent() });
      card.append(script);
    } else {
      card.src = '/article/' + i + '.json';
      const link = document.createElement('a');
      link.href = 'https://publisher.example/src/' + i;
      link.textContent = 'Fallback ' + i;
      card.append(link);
    }
    pending += 1;
    fragment.append(card);
  }
  for (let i = 0; i < lists; i++) {
    const list = document.createElement('aw-related-stories');
    list.stories = Array.from({ length: 5 }, (_, n) => ({
      url: 'https://publisher.example/r/' + i + '/' + n,
      headline: 'Related ' + i + '.' + n,
      datePublished: recent(),
      image: n % 2 ? undefined : { src: '/photo.svg?r=' + i + '-' + n, alt: '' },
    }));
    pending += 1;
    fragment.append(list);
  }
  stage.append(fragment);
  await settled;
  window.__awCleanup();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return window.__awLeaks();
};
window.__awClear = async () => {
  stage.replaceChildren();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return window.__awLeaks();
};
`;

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>article-widgets memory</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 960px; }</style>
<script type="module" src="/elements.js"></script>
<script type="module" src="/driver.js"></script>
</head>
<body><div id="stage"></div></body>
</html>`;

const script = await bundle();
const routes = {
  '/': ['text/html; charset=utf-8', page],
  '/elements.js': ['text/javascript; charset=utf-8', script],
  '/driver.js': ['text/javascript; charset=utf-8', driver],
  '/photo.svg': ['image/svg+xml', photo],
  '/favicon.ico': ['image/svg+xml', photo],
};
const server = await serveRoutes((path) => {
  const article = /^\/article\/(\d+)\.json$/.exec(path);
  return article ? ['application/json', articleJson(Number(article[1]))] : routes[path];
});

const browser = await launchChromium({ protocolTimeout: 600_000 });

let exitCode = 0;
const results = [];
try {
  const errors = [];
  const { tab, session: cdp } = await openPage(browser, `${server.origin}/`, { onError: (text) => errors.push(text) });
  await tab.waitForFunction(() => typeof window.__awRound === 'function' && customElements.get('aw-article-card'));

  async function measure({ collect = true } = {}) {
    if (collect) {
      // Twice: the first collection can leave objects whose finalizers free more.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const metric = await performanceMetrics(cdp);
    const counters = await cdp.send('Memory.getDOMCounters');
    return {
      heapUsedMB: metric('JSHeapUsedSize') / 1024 / 1024,
      documents: counters.documents,
      nodes: counters.nodes,
      listeners: counters.jsEventListeners,
      performanceListeners: metric('JSEventListeners'),
    };
  }

  const baseline = await measure();
  console.log(`memory: ${cardCount} cards and ${listCount} related lists, added and removed ${rounds} times`);
  console.log(
    `baseline: heap ${baseline.heapUsedMB.toFixed(2)} MB, ${baseline.documents} documents, ${baseline.nodes} nodes, ${baseline.listeners} listeners`,
  );
  console.log('per round: with the elements on the page (before GC) → after removing them and collecting garbage');
  console.log(
    'round         heap MB     documents             nodes        listeners  clock subs/timer  impression watches   time',
  );
  const onOff = (state) => `${state.clockSubscribers}/${state.clockRunning ? 'on' : 'off'}`;
  for (let round = 1; round <= rounds; round++) {
    const started = Date.now();
    const leaksDuring = await tab.evaluate((cards, lists) => window.__awRound(cards, lists), cardCount, listCount);
    const during = await measure({ collect: false });
    const leaksAfter = await tab.evaluate(() => window.__awClear());
    const after = await measure();
    const row = {
      round,
      ...after,
      during,
      leaks: { during: leaksDuring, after: leaksAfter },
      ms: Date.now() - started,
    };
    results.push(row);
    console.log(
      [
        String(round).padStart(5),
        `${during.heapUsedMB.toFixed(1)} → ${after.heapUsedMB.toFixed(2)}`.padStart(15),
        `${during.documents} → ${after.documents}`.padStart(13),
        `${during.nodes} → ${after.nodes}`.padStart(17),
        `${during.listeners} → ${after.listeners}`.padStart(16),
        `${onOff(leaksDuring)} → ${onOff(leaksAfter)}`.padStart(17),
        `${leaksDuring.impressionWatches} → ${leaksAfter.impressionWatches}`.padStart(19),
        `${(row.ms / 1000).toFixed(1)} s`.padStart(6),
      ].join(' '),
    );
  }

  const problems = [];
  if (errors.length > 0) problems.push(`page errors: ${errors.slice(0, 5).join(' | ')}`);
  for (const { round, leaks } of results) {
    if (leaks.after.clockSubscribers !== 0 || leaks.after.clockRunning) {
      problems.push(`round ${round}: the clock kept subscribers/timer ${onOff(leaks.after)}`);
    }
    if (leaks.after.impressionWatches !== 0) {
      problems.push(`round ${round}: ${leaks.after.impressionWatches} impression watches left`);
    }
    if (leaks.during.clockSubscribers === 0 || leaks.during.impressionWatches === 0) {
      problems.push(`round ${round}: the counters read 0 with the elements on the page, so they would show no leak`);
    }
  }
  if (results.length >= 3) {
    const second = results[1];
    const last = results.at(-1);
    // Relative tolerance, plus an absolute allowance for the noise of a nearly empty page.
    const checks = [
      ['heap used', 'heapUsedMB', 0.5],
      ['nodes', 'nodes', 50],
      ['event listeners', 'listeners', 20],
      ['documents', 'documents', 0],
    ];
    for (const [label, key, slack] of checks) {
      const limit = second[key] * (1 + tolerance) + slack;
      if (last[key] > limit) {
        problems.push(
          `${label} grew: ${second[key].toFixed?.(2) ?? second[key]} after round 2, ${last[key].toFixed?.(2) ?? last[key]} after round ${last.round} (limit ${limit.toFixed(2)})`,
        );
      }
    }
  }
  if (problems.length > 0) {
    exitCode = 1;
    console.error(`\nmemory: FAILED\n  ${problems.join('\n  ')}`);
  } else {
    console.log('\nmemory: no growth beyond noise, nothing of the library left after removal');
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ baseline, results, problems }, null, 2));
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
