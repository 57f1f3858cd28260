#!/usr/bin/env node
// npm run test:consumer: the package as an app developer gets it. Packs the built package
// (`npm pack`), makes a throwaway React 19 + TypeScript + Vite app from test/consumer/ in a temp
// dir, installs the tarball there, type-checks it (the `article-widgets/jsx` types included),
// builds it, loads it in headless Chromium and checks that a card rendered the article it was
// given as a property and that React heard its aw-load event; then that the app's bundle holds
// exactly one copy of Lit. Run after `npm run build`.
//   node scripts/consumer-build.mjs [--keep]   (--keep leaves the temp dir for a look)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './engines.mjs';
import { serve } from './serve.mjs';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const keep = process.argv.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dependencies = [
  'react@19',
  'react-dom@19',
  'vite@7',
  'typescript@~6.0.3',
  '@types/react@19',
  '@types/react-dom@19',
];
/** Each is written once by its module (a version list on globalThis): one count per copy of Lit. */
const litMarkers = ['reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];

const timings = [];
const started = Date.now();
let work;

class StepError extends Error {}

/** Runs one step, timed; a failing command's output is printed with what went wrong. */
async function step(label, action) {
  const begun = Date.now();
  process.stdout.write(`▶ ${label} … `);
  try {
    const result = await action();
    const seconds = (Date.now() - begun) / 1000;
    timings.push([label, seconds]);
    console.log(`${seconds.toFixed(1)} s`);
    return result;
  } catch (error) {
    console.log('failed');
    const output = [error.stdout, error.stderr].filter(Boolean).map(String).join('\n').trim();
    throw new StepError(
      `${label}: ${error instanceof StepError ? error.message : (error.message ?? error)}${output ? `\n${output}` : ''}`,
    );
  }
}

function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

try {
  if (!existsSync(join(repo, 'lib/index.js')) || !existsSync(join(repo, 'custom-elements.json'))) {
    throw new StepError('the package is not built: run `npm run build` first.');
  }
  work = mkdtempSync(join(tmpdir(), 'article-widgets-consumer-'));
  const app = join(work, 'app');

  const tarball = await step('npm pack', () => {
    const output = run(npm, ['pack', '--json', '--pack-destination', work], repo);
    const [packed] = JSON.parse(output.slice(output.indexOf('[')));
    for (const file of ['lib/jsx.d.ts', 'lib/element-props.d.ts', 'lib/components/article-card/article-card.js']) {
      if (!packed.files.some((entry) => entry.path === file)) {
        throw new StepError(`${file} is not in the package (does the build copy src/*.d.ts to lib/?)`);
      }
    }
    return join(work, packed.filename);
  });

  await step('app from test/consumer/', () => cpSync(join(repo, 'test/consumer'), app, { recursive: true }));

  await step(`npm install (tarball, ${dependencies.join(', ')})`, () =>
    run(
      npm,
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...dependencies],
      app,
    ),
  );

  await step('tsc --noEmit (React 19 JSX types of the elements)', () =>
    run(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', app], app),
  );

  await step('vite build', () =>
    run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', 'dist'], app),
  );

  const expectedHeadline = await step('headless Chromium: the card renders its article property', async () => {
    const { server, port } = await serve({ root: join(app, 'dist') });
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      tab.on('console', (message) => {
        if (message.type() === 'error')
          problems.push(`console error: ${message.text()} ${message.location()?.url ?? ''}`);
      });
      tab.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
      const wanted = 'Consumer build: a card with its data passed as a property';
      const result = await tab
        .waitForFunction(
          (headline) => {
            const card = document.querySelector('aw-article-card');
            const shown = card?.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim();
            const status = document.getElementById('status')?.textContent;
            if (shown !== headline || status !== `aw-load: ${headline}`) return false;
            return {
              shown,
              status,
              attribute: card.getAttribute('article'),
              property: typeof card.article,
              defined: customElements.get('aw-article-card') !== undefined,
            };
          },
          { timeout: 15000 },
          wanted,
        )
        .then((handle) => handle.jsonValue())
        .catch(async () => {
          const state = await tab.evaluate(() => {
            const card = document.querySelector('aw-article-card');
            return {
              defined: customElements.get('aw-article-card') !== undefined,
              articleAttribute: card?.getAttribute('article'),
              headline: card?.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim() ?? null,
              status: document.getElementById('status')?.textContent,
            };
          });
          throw new StepError(`the card did not show its headline and fire aw-load in 15 s: ${JSON.stringify(state)}`);
        });
      if (result.attribute !== null || result.property !== 'object') {
        throw new StepError(`React set the article as an attribute, not a property: ${JSON.stringify(result)}`);
      }
      if (problems.length > 0) throw new StepError(problems.join('\n'));
      return result.shown;
    } finally {
      await browser.close();
      server.close();
    }
  });

  const litCounts = await step('one copy of Lit in the bundle', () => {
    const code = filesUnder(join(app, 'dist'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const counts = Object.fromEntries(litMarkers.map((marker) => [marker, code.split(marker).length - 1]));
    const wrong = Object.entries(counts).filter(([, count]) => count !== 1);
    if (wrong.length > 0) {
      throw new StepError(
        `expected each Lit module once, found ${wrong.map(([marker, count]) => `${marker} ×${count}`).join(', ')}`,
      );
    }
    return counts;
  });

  const bundle = filesUnder(join(app, 'dist'))
    .filter((file) => file.endsWith('.js'))
    .reduce((total, file) => total + readFileSync(file).length, 0);
  console.log(`\n✔ consumer build passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`  card headline: "${expectedHeadline}"`);
  console.log(
    `  Lit markers: ${Object.entries(litCounts)
      .map(([marker, count]) => `${marker} ×${count}`)
      .join(', ')}`,
  );
  console.log(`  app bundle: ${(bundle / 1024).toFixed(1)} KiB of JavaScript (minified, React included)`);
  for (const [label, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${label}`);
  if (keep) console.log(`  kept: ${work}`);
} catch (error) {
  console.error(`\n✖ consumer build failed: ${error instanceof StepError ? error.message : (error.stack ?? error)}`);
  if (work) console.error(`  (work dir ${keep ? 'kept' : 'removed'}: ${work})`);
  process.exitCode = 1;
} finally {
  if (work && !keep) rmSync(work, { recursive: true, force: true });
}
