#!/usr/bin/env node
// Screenshots of a page of this repository in headless Chromium, bundling src/ on the fly.
//   node scripts/screenshot.mjs demo/index.html out.png [--dark] [--rtl] [--width 900] [--height 700] [--full]
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const [page, out] = args.filter(
  (a, i) => !a.startsWith('--') && !['--width', '--height', '--entry'].includes(args[i - 1]),
);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const entryIndex = args.indexOf('--entry');
const entry = entryIndex === -1 ? undefined : args[entryIndex + 1];
if (!page || !out) {
  console.error(
    'usage: node scripts/screenshot.mjs <page.html[?query]> <out.png> [--dark] [--rtl] [--width N] [--height N] [--full] [--entry src/file.ts]',
  );
  process.exit(2);
}

const { server, port } = await serve({ root: '.', live: true, entry });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: option('width', 900), height: option('height', 700) });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: flag('dark') ? 'dark' : 'light' }]);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(`${message.type()}: ${message.text()}`);
  });
  await tab.goto(`http://127.0.0.1:${port}/${page}`, { waitUntil: 'networkidle0' });
  if (flag('rtl')) await tab.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  await tab.screenshot({ path: out, fullPage: flag('full') });
  for (const error of errors) console.log(error);
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.close();
}
