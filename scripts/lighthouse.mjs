#!/usr/bin/env node
// npm run lighthouse: Lighthouse on the demo's article page, served from the built dist/ with
// the demo's strict CSP, in Debian's Chromium; prints the performance, accessibility and
// best-practices scores (mobile and desktop) and every audit that cost points.
//   node scripts/lighthouse.mjs [--page demo/article.html] [--mobile-only] [--min 100]
// --min N exits 1 when a score is below N. Needs the `lighthouse` devDependency (12.8.2: the
// last major that runs on Node 20), or LIGHTHOUSE_BIN pointing at a lighthouse CLI.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { demoCsp, demoRoutes } from '../demo/routes.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const page = option('page') ?? 'demo/article.html';
const min = option('min') === undefined ? undefined : Number(option('min'));
const categories = ['performance', 'accessibility', 'best-practices'];
const bin = process.env.LIGHTHOUSE_BIN ?? 'node_modules/.bin/lighthouse';
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

if (!existsSync(bin)) {
  console.error(
    `lighthouse: ${bin} is missing. Add lighthouse@12.8.2 to devDependencies (npm install), or set LIGHTHOUSE_BIN.`,
  );
  process.exit(1);
}
if (!existsSync('dist/article-widgets.js')) {
  console.error('lighthouse: dist/article-widgets.js is missing. Run `npm run build` first.');
  process.exit(1);
}

const run = promisify(execFile);
const headers = (path) => (path.endsWith('.html') || path.endsWith('/') ? { 'content-security-policy': demoCsp } : {});

const textTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const compressed = new Map();

/**
 * Text files brotli-compressed, as any CDN in front of a publisher's site serves them: Lighthouse
 * simulates a slow network from the bytes transferred. Everything else goes to the demo server.
 */
async function routes(url, request) {
  const routed = await demoRoutes(url, request);
  if (routed) return routed;
  if (!/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) return undefined;
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  const type = textTypes[extname(path)];
  const file = normalize(join('.', path));
  if (!type || file.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return undefined;
  if (!compressed.has(file)) compressed.set(file, brotliCompressSync(readFileSync(file)));
  return {
    type,
    body: compressed.get(file),
    headers: { 'content-encoding': 'br', vary: 'accept-encoding', 'cache-control': 'max-age=3600' },
  };
}

const { server, port } = await serve({ root: '.', headers, routes });
const work = mkdtempSync(join(tmpdir(), 'article-widgets-lighthouse-'));
const url = `http://127.0.0.1:${port}/${page}`;
const presets = args.includes('--mobile-only') ? ['mobile'] : ['mobile', 'desktop'];
const results = [];
let failed = false;

try {
  for (const preset of presets) {
    const report = join(work, `${preset}.json`);
    const started = Date.now();
    try {
      await run(
        bin,
        [
          url,
          '--output=json',
          `--output-path=${report}`,
          `--only-categories=${categories.join(',')}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          '--quiet',
          ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
      );
    } catch (error) {
      console.error(`lighthouse (${preset}) failed:\n${error.stderr || error.message}`);
      failed = true;
      continue;
    }
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    results.push({ preset, scores });
    console.log(`\n${url} — ${preset} (${seconds} s)`);
    for (const id of categories) console.log(`  ${lhr.categories[id].title.padEnd(16)} ${scores[id]}`);
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ];
    console.log(`  ${metrics.map((id) => `${lhr.audits[id].title}: ${lhr.audits[id].displayValue}`).join(' · ')}`);
    for (const id of categories) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const detail = audit.displayValue ? ` (${audit.displayValue})` : '';
        console.log(`  ✖ ${id}: ${audit.title}${detail} — score ${Math.round(audit.score * 100)}`);
      }
    }
  }
} finally {
  server.closeAllConnections();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

if (min !== undefined) {
  const low = results.flatMap(({ preset, scores }) =>
    Object.entries(scores)
      .filter(([, score]) => score < min)
      .map(([id, score]) => `${preset} ${id} ${score}`),
  );
  if (low.length > 0) {
    console.error(`\nlighthouse: below ${min}: ${low.join(', ')}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
