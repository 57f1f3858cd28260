// Routes the browser tests need from the test server: fixtures from test/fixtures, the real
// article pages of test/fixtures/real-pages served as text/html, JSON endpoints that misbehave
// on purpose (status codes, content types, size, slowness), and an echo of what a test put.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** @type {import('@web/dev-server-core').Plugin} */
const fixturesPlugin = {
  name: 'aw-test-routes',
  async serve(context) {
    const { path } = context;
    if (path.startsWith('/fixtures/')) {
      const name = decodeURIComponent(path.slice('/fixtures/'.length));
      if (name.includes('..')) return { status: 400, body: 'bad path' };
      const body = await readFile(fixturesDir + name, 'utf8');
      const type = name.endsWith('.jsonld')
        ? 'application/ld+json'
        : name.endsWith('.json')
          ? 'application/json'
          : 'text/plain';
      return { body, type };
    }
    if (path.startsWith('/pages/')) {
      // /pages/<name>/: the head of a real article page (test/fixtures/real-pages/<name>), as a
      // publisher's server sends the page.
      const name = decodeURIComponent(path.slice('/pages/'.length)).replace(/\/$/, '');
      if (!/^[\w-]+$/.test(name)) return { status: 400, body: 'bad page name' };
      try {
        return { body: await readFile(`${fixturesDir}real-pages/${name}/head.html`, 'utf8'), type: 'html' };
      } catch {
        return { status: 404, body: 'no such page' };
      }
    }
    if (path.startsWith('/test/e2e/pages/') && path.endsWith('.html')) {
      // Partner pages: templates naming the publisher's origin, which is this same server
      // reached as localhost while the partner page is opened as 127.0.0.1.
      const port = String(context.host ?? '')
        .split(':')
        .pop();
      const template = await readFile(
        new URL(`../e2e/pages/${path.slice('/test/e2e/pages/'.length)}`, import.meta.url),
        'utf8',
      );
      return { body: template.replaceAll('{{publisher}}', `http://localhost:${port}`), type: 'html' };
    }
    return undefined;
  },
};

/**
 * `aw-emulate-media`: emulates prefers-color-scheme / prefers-reduced-motion where the
 * browser's automation can (Chromium over CDP) and answers false elsewhere. The runner's own
 * `emulateMedia` command throws from inside puppeteer under Firefox's WebDriver BiDi and leaves
 * the run hanging, and WebKitGTK's WebDriver has no such command at all.
 * @type {import('@web/test-runner-core').TestRunnerPlugin}
 */
const emulateMediaPlugin = {
  name: 'aw-emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'aw-emulate-media') return undefined;
    if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return false;
    const page = session.browser.getPage(session.id);
    const features = [];
    if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
    if (payload?.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
    await page.emulateMediaFeatures(features);
    return true;
  },
};

export const testServerPlugins = [fixturesPlugin, emulateMediaPlugin];

/** The strict policy the contract promises to work under, plus frames for the iframe embed. */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http://localhost:* http://127.0.0.1:*",
  'frame-src http://localhost:* http://127.0.0.1:*',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** A partner site's strict policy that lets in the publisher's script, data and frames. */
export const partnerCsp = [
  "default-src 'self'",
  "script-src 'self' http://localhost:*",
  "style-src 'self'",
  "img-src 'self' data: http://localhost:* https://publisher.example",
  "connect-src 'self' http://localhost:*",
  'frame-src http://localhost:*',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * The partner policy, except that scripts may come only from the test pages and the two full
 * bundles, not from dist/chunks/: a page whose policy (or server) leaves out the files the
 * bundles load on demand. Asked for with `?chunks=blocked`.
 */
function blockedChunksCsp(origin) {
  const scripts = `script-src ${origin}/test/e2e/pages/ ${origin}/dist/article-widgets.js ${origin}/dist/article-widgets.iife.js`;
  return partnerCsp.replace(/script-src [^;]*/, scripts);
}

/** Bodies put to /echo/<id> (a test's hostile corpus), answered by GET with their type; the oldest go first. */
const echoed = new Map();
const MAX_ECHOED = 64;
const MAX_ECHO_BYTES = 8_000_000;

async function echo(context) {
  const id = context.path.slice('/echo/'.length);
  context.set('Cache-Control', 'no-store');
  if (context.method === 'PUT') {
    const chunks = [];
    let length = 0;
    for await (const chunk of context.req) {
      length += chunk.length;
      if (length > MAX_ECHO_BYTES) {
        context.status = 413;
        return;
      }
      chunks.push(chunk);
    }
    echoed.delete(id);
    echoed.set(id, { body: Buffer.concat(chunks), type: context.get('content-type') || 'application/json' });
    if (echoed.size > MAX_ECHOED) echoed.delete(echoed.keys().next().value);
    context.status = 204;
    return;
  }
  const stored = echoed.get(id);
  if (stored === undefined) {
    context.status = 404;
    return;
  }
  context.type = stored.type;
  context.body = stored.body;
}

/**
 * Koa middleware for the test server: publisher JSON is readable from any origin (the
 * partner pages are served from 127.0.0.1 while the tests run on localhost), and pages under
 * test/e2e/pages/ are served with the strict CSP.
 */
export async function testServerMiddleware(context, next) {
  if (context.path.startsWith('/echo/')) return echo(context);
  if (context.path.startsWith('/api/')) {
    // Answered here rather than by a dev-server plugin: plugins cannot set a status code.
    const url = new URL(context.url, 'http://localhost');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await sleep(Math.min(delay, 20_000));
    const fixture = url.searchParams.get('fixture');
    let body =
      url.searchParams.get('body') ??
      (fixture ? await readFile(fixturesDir + fixture.replace(/\.\./g, ''), 'utf8') : '{}');
    const size = Number(url.searchParams.get('size') ?? 0);
    if (size > 0) body = JSON.stringify({ padding: 'x'.repeat(size) });
    context.set('Access-Control-Allow-Origin', '*');
    context.set('Cache-Control', 'no-store');
    context.status = Number(url.searchParams.get('status') ?? 200);
    context.type = url.searchParams.get('type') ?? 'application/json';
    context.body = body;
    return;
  }
  // Module scripts from another origin need CORS too, and so does the sandboxed embed frame,
  // whose origin is opaque: publishers serve dist/ with this header (see docs/publishers.md).
  if (context.path.startsWith('/fixtures/') || context.path.startsWith('/dist/')) {
    context.set('Access-Control-Allow-Origin', '*');
  }
  if (context.path.startsWith('/test/e2e/pages/') && context.path.endsWith('.html')) {
    const blocked = context.query.chunks === 'blocked';
    context.set('Content-Security-Policy', blocked ? blockedChunksCsp(context.origin) : partnerCsp);
  }
  return next();
}
