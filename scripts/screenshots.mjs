#!/usr/bin/env node
// npm run screenshots: PNGs of the demo pages (light, dark, right to left) in screenshots/, for
// review. Uses the built dist/ (run `npm run build` first) and serves the pages with the strict
// CSP a publisher may have (`script-src 'self'; style-src 'self'`, Trusted Types), so every
// violation and every uncaught error shows up here.
//   node scripts/screenshots.mjs [--live [--entry src/file.ts]] [--only article-light,gallery-ar-dark] [--out dir]
// --live bundles src/ on the fly instead of using dist/ (for looking at work in progress).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoCsp, demoRoutes } from '../demo/routes.mjs';
import { launchChromium } from './engines.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const live = args.includes('--live');
const outDir = option('out') ?? 'screenshots';
const only = option('only')?.split(',');

if (!live && !existsSync('dist/article-widgets.js')) {
  console.error('screenshots: dist/article-widgets.js is missing. Run `npm run build` first (or pass --live).');
  process.exit(1);
}
execFileSync(process.execPath, ['scripts/demo-images.mjs'], { stdio: 'ignore' });
mkdirSync(outDir, { recursive: true });

const desktop = { width: 1280, height: 900 };
const phone = { width: 412, height: 860, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** name, page (under demo/), viewport, colour scheme, and what to do before the shot. */
const shots = [
  { name: 'index-light', path: 'demo/', viewport: desktop, scheme: 'light' },
  { name: 'index-dark', path: 'demo/', viewport: desktop, scheme: 'dark' },
  { name: 'article-light', path: 'demo/article.html', viewport: desktop, scheme: 'light' },
  { name: 'article-dark', path: 'demo/article.html', viewport: desktop, scheme: 'dark' },
  { name: 'article-rtl', path: 'demo/article.html', viewport: desktop, scheme: 'light', rtl: true },
  { name: 'article-no-script', path: 'demo/article.html', viewport: desktop, scheme: 'light', noScript: true },
  { name: 'article-phone-light', path: 'demo/article.html', viewport: phone, scheme: 'light' },
  { name: 'section-light', path: 'demo/section.html', viewport: desktop, scheme: 'light' },
  { name: 'section-dark', path: 'demo/section.html', viewport: desktop, scheme: 'dark' },
  { name: 'section-phone-light', path: 'demo/section.html', viewport: phone, scheme: 'light' },
  { name: 'article-phone-dark', path: 'demo/article.html', viewport: phone, scheme: 'dark' },
  {
    name: 'article-share-open-light',
    path: 'demo/article.html',
    viewport: desktop,
    scheme: 'light',
    full: false,
    before: openSharePanel,
  },
  {
    name: 'article-share-open-dark',
    path: 'demo/article.html',
    viewport: desktop,
    scheme: 'dark',
    full: false,
    before: openSharePanel,
  },
  {
    name: 'article-share-open-rtl',
    path: 'demo/article.html',
    viewport: desktop,
    scheme: 'light',
    rtl: true,
    full: false,
    before: openSharePanel,
  },
  { name: 'gallery-en-light', path: 'demo/gallery.html?lang=en&theme=light', viewport: desktop, scheme: 'light' },
  { name: 'gallery-en-dark', path: 'demo/gallery.html?lang=en&theme=dark', viewport: desktop, scheme: 'dark' },
  { name: 'gallery-en-auto-dark', path: 'demo/gallery.html?lang=en&theme=auto', viewport: desktop, scheme: 'dark' },
  { name: 'gallery-fr-light', path: 'demo/gallery.html?lang=fr&theme=light', viewport: desktop, scheme: 'light' },
  { name: 'gallery-ar-light', path: 'demo/gallery.html?lang=ar&theme=light', viewport: desktop, scheme: 'light' },
  { name: 'gallery-ar-dark', path: 'demo/gallery.html?lang=ar&theme=dark', viewport: desktop, scheme: 'dark' },
  { name: 'gallery-phone-ar-dark', path: 'demo/gallery.html?lang=ar&theme=dark', viewport: phone, scheme: 'dark' },
  {
    name: 'gallery-theming-light',
    path: 'demo/gallery.html?lang=en&theme=light',
    viewport: desktop,
    scheme: 'light',
    full: false,
    before: editTheme,
  },
].filter((shot) => !only || only.includes(shot.name));

async function openSharePanel(tab) {
  // The panel's content loads when it first opens; `updateComplete` waits for it.
  await tab.evaluate(async () => {
    const share = document.querySelector('aw-share-button');
    share.scrollIntoView({ block: 'start' });
    share.shadowRoot.querySelector('button').click();
    await share.updateComplete;
  });
}

/** Sets theme tokens through the panel's inputs, as a reader would. */
async function editTheme(tab) {
  await tab.evaluate(() => {
    document.getElementById('theming').open = true;
    const set = (property, value) => {
      const input = document.querySelector(`[data-property="${property}"]`);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    set('--aw-color-accent', '#b3261e');
    set('--aw-color-surface', '#fff8e7');
    set('--aw-radius', '0');
    set('--aw-font-headline', "Georgia, 'Times New Roman', serif");
  });
}

/** Resolves once every aw-* element, also inside shadow roots, has rendered and its images settled. */
async function settle(tab) {
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error('the page did not settle in 30 s (an element never defined?)')), 30000).unref(),
  );
  await Promise.race([timeout, settleInPage(tab)]);
}

function settleInPage(tab) {
  return tab.evaluate(async () => {
    const all = (root) => {
      const found = [];
      for (const node of root.querySelectorAll('*')) {
        if (node.localName.startsWith('aw-')) found.push(node);
        if (node.shadowRoot) found.push(...all(node.shadowRoot));
      }
      return found;
    };
    const tags = new Set(all(document).map((element) => element.localName));
    await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
    for (let round = 0; round < 5; round += 1) {
      const elements = all(document);
      await Promise.all(elements.map((element) => element.updateComplete));
      const images = elements.flatMap((element) => Array.from(element.shadowRoot?.querySelectorAll('img') ?? []));
      // Images from /demo/api/slow never arrive, on purpose; everything else must have loaded or failed.
      // A lazy image outside the viewport does not load at all.
      const visible = (image) =>
        image.getClientRects().length > 0 &&
        (image.loading !== 'lazy' || image.getBoundingClientRect().top < innerHeight + 1250);
      const pending = images.filter((image) => !image.complete && !image.src.includes('/api/slow') && visible(image));
      if (pending.length === 0 && round > 0) break;
      const waitAWhile = new Promise((resolve) => setTimeout(resolve, 3000));
      await Promise.race([waitAWhile, Promise.all(pending.map((image) => image.decode().catch(() => undefined)))]);
      await document.fonts.ready;
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250)));
  });
}

/** Loads one page, lets it settle, and writes its screenshot (and, for the gallery, its sections). */
async function capture(tab, shot) {
  await tab.setViewport(shot.viewport);
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
  // What readers (and crawlers) get when the bundle never runs: the fallbacks in the page.
  if (shot.noScript) await tab.setJavaScriptEnabled(false);
  await tab.goto(`http://127.0.0.1:${port}/${shot.path}`, { waitUntil: 'load' });
  // Two requests to /demo/api/slow stay open on purpose in the gallery.
  await tab.waitForNetworkIdle({ idleTime: 300, concurrency: 2, timeout: 15000 }).catch(() => undefined);
  if (shot.noScript) {
    await tab.screenshot({ path: join(outDir, `${shot.name}.png`), fullPage: true });
    console.log(`screenshot: ${join(outDir, `${shot.name}.png`)}`);
    return;
  }
  if (shot.rtl) await tab.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await settle(tab);
  if (shot.before) {
    await shot.before(tab);
    await settle(tab);
  }
  if (shot.full !== false) {
    // A viewport as tall as the page, so that lazy images below the fold load before the shot.
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    await tab.setViewport({ ...shot.viewport, height: Math.min(height, 16000) });
    await settle(tab);
  }
  const file = join(outDir, `${shot.name}.png`);
  // Not `fullPage`: the viewport already holds the page, and Chromium's full-page capture
  // shifts right-to-left pages sideways.
  await tab.screenshot({ path: file });
  console.log(`screenshot: ${file}`);
  // A tall page is hard to review as one picture: each section of the gallery on its own too.
  if (shot.path.includes('gallery') && shot.full !== false) {
    const sections = await tab.$$eval('.group', (groups) =>
      groups.map((group) => {
        const box = group.getBoundingClientRect();
        return { id: group.getAttribute('aria-labelledby'), y: box.top + scrollY, height: box.height };
      }),
    );
    for (const section of sections) {
      const clip = { x: 0, y: Math.max(0, section.y - 8), width: shot.viewport.width, height: section.height + 16 };
      await tab.screenshot({ path: join(outDir, `${shot.name}--${section.id}.png`), clip });
    }
    console.log(`  and ${sections.length} sections: ${shot.name}--<section>.png`);
  }
}

const headers = (path) => (path.endsWith('.html') || path.endsWith('/') ? { 'content-security-policy': demoCsp } : {});
const { server, port } = await serve({ root: '.', live, entry: option('entry'), headers, routes: demoRoutes });
const browser = await launchChromium({ args: ['--hide-scrollbars'] });

let problems = 0;
const started = Date.now();
try {
  for (const shot of shots) {
    const tab = await browser.newPage();
    const notes = [];
    // Requests that fail on purpose in the gallery's error states.
    const expected = /\/(missing\.(json|svg))|\/api\/(gone|slow)/;
    tab.on('pageerror', (error) => {
      problems += 1;
      notes.push(`  ✖ uncaught: ${error.message}`);
    });
    tab.on('console', (message) => {
      const text = message.text();
      const url = message.location()?.url ?? '';
      if (message.type() !== 'error' && message.type() !== 'warn') return;
      if (/Failed to load resource/.test(text) && expected.test(url)) return;
      const csp = /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text);
      if (csp || message.type() === 'error') problems += 1;
      notes.push(`  ${csp ? '✖ CSP' : message.type() === 'error' ? '✖' : '!'} ${text}${url ? ` (${url})` : ''}`);
    });
    try {
      await capture(tab, shot);
    } catch (error) {
      problems += 1;
      notes.push(`  ✖ ${shot.name}: ${error.message}`);
    }
    for (const note of notes) console.log(note);
    await tab.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
console.log(`${shots.length} screenshots in ${outDir}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (problems > 0) {
  console.error(`screenshots: ${problems} page error(s) or CSP violation(s), listed above.`);
  process.exit(1);
}
