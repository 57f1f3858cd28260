// The three browser engines the checks run in, in one place: where each is found, how to
// install the missing ones, and how every script launches headless Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export const engines = ['chromium', 'firefox', 'webkit'];

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const webkitBrowserPath =
  process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Flags for headless Chromium as root on a machine whose network reaches nothing but the
 * registries: no sandbox (root), no GPU, and none of the background requests (updates, sync,
 * component downloads) that would only fail there.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const present = {
  chromium: () => existsSync(chromiumPath),
  firefox: () => existsSync(firefoxPath),
  webkit: () => onPath('WebKitWebDriver') && onPath('Xvfb') && existsSync(webkitBrowserPath),
};

/** The engines of `wanted` this machine lacks. */
export function missingEngines(wanted = engines) {
  return wanted.filter((engine) => !present[engine]());
}

/**
 * Makes sure the engines are installed: runs scripts/setup-browsers.sh for the missing ones
 * (apt on Debian or Ubuntu as root; elsewhere it prints what to install). Returns false, having
 * said why, when any is still missing.
 */
export function ensureEngines(wanted = engines) {
  const missing = missingEngines(wanted);
  if (missing.length === 0) return true;
  console.log(`browsers: missing ${missing.join(', ')}; running scripts/setup-browsers.sh`);
  const setup = spawnSync('bash', [new URL('./setup-browsers.sh', import.meta.url).pathname], { stdio: 'inherit' });
  const still = missingEngines(wanted);
  if (setup.status !== 0 || still.length > 0) {
    console.error(`browsers: ${still.join(', ') || missing.join(', ')} still missing; see the message above.`);
    return false;
  }
  return true;
}

/**
 * Puppeteer's launch options for headless Chromium (Debian's /usr/bin/chromium) with the flags
 * above, plus `args` and any other option: what launchChromium and the browser tests'
 * launcher (web-test-runner.config.mjs) both start.
 */
export function chromiumLaunchOptions({ args = [], ...options } = {}) {
  return {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...args.filter((flag) => !chromiumArgs.includes(flag))],
    ...options,
  };
}

/** Headless Chromium through puppeteer-core, launched with chromiumLaunchOptions(options). */
export function launchChromium(options) {
  return puppeteer.launch(chromiumLaunchOptions(options));
}
