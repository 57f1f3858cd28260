#!/usr/bin/env node
// npm run lighthouse: Lighthouse on the demo's article page and section front, served from the
// built dist/ with the demo's strict CSP, in Debian's Chromium; prints the performance,
// accessibility and best-practices scores (mobile and desktop) and every audit that cost points.
//   node scripts/lighthouse.mjs [--page demo/article.html] [--mobile-only] [--min 100]
// --min N exits 1 when a score is below N. Lighthouse 12.8.2 (the last major that runs on
// Node 20) is installed on first use into ~/.cache/article-widgets/lighthouse, not as a
// devDependency: one of its dependencies asks for a dist-tag ("latest"), which would put
// package-lock.json out of step with the registry and break `npm ci`. LIGHTHOUSE_BIN overrides.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { demoCsp, demoRoutes } from '../demo/routes.mjs';
import { chromiumArgs, chromiumPath } from './engines.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const page = option('page') ?? 'demo/article.html';
const min = option('min') === undefined ? undefined : Number(option('min'));
const categories = ['performance', 'accessibility', 'best-practices'];
const cacheDir = join(homedir(), '.cache', 'article-widgets', 'lighthouse');
const bin = process.env.LIGHTHOUSE_BIN ?? join(cacheDir, 'node_modules', '.bin', 'lighthouse');
if (!process.env.LIGHTHOUSE_BIN && !existsSync(bin)) {
  console.log(`lighthouse: installing lighthouse@12.8.2 into ${cacheDir}`);
  mkdirSync(cacheDir, { recursive: true });
  execFileSync('npm', ['install', '--prefix', cacheDir, '--no-audit', '--no-fund', '--no-save', 'lighthouse@12.8.2'], {
    stdio: 'inherit',
  });
}
const chrome = process.env.CHROME_PATH ?? chromiumPath;

if (!existsSync(bin)) {
  console.error(
    `lighthouse: ${bin} is missing: set LIGHTHOUSE_BIN to a lighthouse CLI, or let this script install it.`,
  );
  process.exit(1);
}
if (!existsSync('dist/article-widgets.js')) {
  console.error('lighthouse: dist/article-widgets.js is missing. Run `npm run build` first.');
  process.exit(1);
}
// The demo's pictures are drawn, not committed (as `npm start` and `npm run screenshots` do):
// without them the pages would be measured with missing images and console errors.
execFileSync(process.execPath, ['scripts/demo-images.mjs'], { stdio: 'ignore' });

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
  const brotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
  const routed = await demoRoutes(url, request);
  if (routed) {
    // Pages the demo server makes (the server-rendered section front) go out compressed too.
    if (!brotli || typeof routed.body !== 'string') return routed;
    const headers = { ...routed.headers, 'content-encoding': 'br', vary: 'accept-encoding' };
    return { ...routed, body: brotliCompressSync(routed.body), headers };
  }
  if (!brotli) return undefined;
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
          `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
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
