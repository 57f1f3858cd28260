#!/usr/bin/env node
// npm test: every check, in the order that fails fastest. Stops at the first failing step
// and ends with the totals (node and the three browser engines).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { ensureEngines } from './engines.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['export lists (src/elements.ts)', process.execPath, ['scripts/entries.mjs', '--check']],
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', process.execPath, ['scripts/lint.mjs']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['API reference (docs/api.md)', process.execPath, ['scripts/docs.mjs', '--check']],
  ['framework typings', process.execPath, ['scripts/typings.mjs', '--check']],
  ['size budgets (bundles and the partner page)', bin('size-limit'), []],
  [
    'node tests',
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=.test-results/node.tap',
      // Node 20's --test takes no glob patterns: list the files.
      ...readdirSync('test/node', { recursive: true })
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => `test/node/${name}`)
        .sort(),
    ],
  ],
  // A real app installs the packed tarball, type-checks, builds with Vite and renders a card.
  ['consumer build', process.execPath, ['scripts/consumer-build.mjs']],
  // The keyboard walks open the demo article page, pictures included.
  ['demo images', process.execPath, ['scripts/demo-images.mjs']],
  ['browser tests', process.execPath, ['scripts/browsers.mjs'], { AW_RESULTS_DIR: '.test-results' }],
];

mkdirSync('.test-results', { recursive: true });
const started = Date.now();
// First, so that a machine without the engines stops at once with what to install, and a bare
// Debian or Ubuntu machine gets them before the first step that opens a browser.
console.log('\n▶ browsers');
if (!ensureEngines()) {
  console.error('\n✖ browsers missing');
  process.exit(1);
}
console.log('✔ browsers');
for (const [label, command, args, env] of steps) {
  console.log(`\n▶ ${label}`);
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (${seconds} s)`);
    printTotals();
    process.exit(1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}
printTotals();
console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);

function printTotals() {
  let passed = 0;
  let failed = 0;
  console.log('\nTest totals');
  if (existsSync('.test-results/node.tap')) {
    const tap = readFileSync('.test-results/node.tap', 'utf8');
    const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
    passed += count('pass');
    failed += count('fail');
    console.log(`  node      ${count('pass')} passed, ${count('fail')} failed`);
  }
  for (const engine of ['chromium', 'firefox', 'webkit']) {
    const path = `.test-results/${engine}.json`;
    if (!existsSync(path)) continue;
    const totals = JSON.parse(readFileSync(path, 'utf8'));
    passed += totals.passed;
    failed += totals.failed;
    console.log(`  ${engine.padEnd(9)} ${totals.passed} passed, ${totals.failed} failed in ${totals.files} files`);
  }
  console.log(`total: ${passed} passed, ${failed} failed`);
}
