// What the browser benchmarks share: their command-line options, a tiny server for the pages
// they generate, and headless Chromium (puppeteer-core, Debian's /usr/bin/chromium).
import { createServer } from 'node:http';

export { launchChromium } from '../scripts/engines.mjs';

/** Reads `--name value` options and `--name` flags from the command line. */
export function commandLine(args = process.argv.slice(2)) {
  const at = (name) => args.indexOf(`--${name}`);
  return {
    option: (name, fallback) => (at(name) === -1 ? fallback : args[at(name) + 1]),
    flag: (name) => at(name) !== -1,
  };
}

/**
 * Serves generated pages on 127.0.0.1: `route(path)` answers `[contentType, body]`, `'never'`
 * for a request left unanswered, or nothing for a 404. Responses may be cached.
 */
export async function serveRoutes(route) {
  const server = createServer((request, response) => {
    const found = route(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    // A request left unanswered until the browser gives up on it (see the bench's photos).
    if (found === 'never') return;
    response.writeHead(200, { 'content-type': found[0], 'cache-control': 'max-age=3600' });
    response.end(found[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * A 1000 × 800 tab on `url`, loaded, that reports its script errors and console errors to
 * `onError`, with a DevTools protocol session that has the Performance domain enabled.
 */
export async function openPage(browser, url, { onError = (text) => console.error(text), timeDomain } = {}) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => onError(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && onError(`console: ${message.text()}`));
  await tab.setViewport({ width: 1000, height: 800 });
  await tab.goto(url, { waitUntil: 'load' });
  const session = await tab.createCDPSession();
  await session.send('Performance.enable', timeDomain ? { timeDomain } : {});
  return { tab, session };
}

/** The current `Performance.getMetrics` values, by name (ThreadTime, JSHeapUsedSize, …). */
export async function performanceMetrics(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return (name) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
}
