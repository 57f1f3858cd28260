// Routes the browser tests need from the test server: fixtures from ../shared/fixtures and
// JSON endpoints that misbehave on purpose (status codes, content types, size, slowness).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const fixturesDir = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

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
    if (path.startsWith('/api/')) {
      const url = new URL(context.url, 'http://localhost');
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay > 0) await sleep(Math.min(delay, 20_000));
      const status = Number(url.searchParams.get('status') ?? 200);
      const type = url.searchParams.get('type') ?? 'application/json';
      const fixture = url.searchParams.get('fixture');
      let body =
        url.searchParams.get('body') ??
        (fixture ? await readFile(fixturesDir + fixture.replace(/\.\./g, ''), 'utf8') : '{}');
      const size = Number(url.searchParams.get('size') ?? 0);
      if (size > 0) body = JSON.stringify({ padding: 'x'.repeat(size) });
      return { status, body, type };
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
