#!/usr/bin/env node
// Runs the browser tests in each engine (default: all three), installing missing browsers on
// Debian as root, writing the server-rendered fixtures, and starting Xvfb + WebKitWebDriver for WebKit. They are always stopped
// again: on success, on failure, and on Ctrl+C.
//   node scripts/browsers.mjs [chromium] [firefox] [webkit] [-- test/file.test.ts,...]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { engines, ensureEngines } from './engines.mjs';

const args = process.argv.slice(2);
const dashIndex = args.indexOf('--');
const wanted = (dashIndex === -1 ? args : args.slice(0, dashIndex)).filter((a) => engines.includes(a));
const files = dashIndex === -1 ? undefined : args.slice(dashIndex + 1).join(',');
const selected = wanted.length > 0 ? wanted : engines;

if (!ensureEngines(selected)) process.exit(1);

// Server HTML for the hydration tests (browsers cannot run the server renderer), written fresh
// for every run so that it always comes from the current source.
const fixtures = spawnSync(process.execPath, ['--import', 'tsx', 'test/ssr/make-fixtures.ts'], { stdio: 'inherit' });
if (fixtures.status !== 0) {
  console.error('browsers: could not write the server-rendered fixtures (test/ssr/make-fixtures.ts)');
  process.exit(1);
}

const children = new Set();
function start(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: false });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.on('exit', () => children.delete(child));
  child.stderrText = () => stderr;
  children.add(child);
  return child;
}
function stopAll() {
  for (const child of children) {
    try {
      child.kill('SIGTERM');
    } catch {
      // already gone
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited: ${child.stderrText()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('WebKitWebDriver did not start within 30 s');
}

async function startWebKitServices() {
  // A display number nobody uses: :99 may be taken on a developer's machine.
  let display = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X${display}-lock`)) display += 1;
  const xvfb = start('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  const env = { ...process.env, DISPLAY: `:${display}` };
  const deadline = Date.now() + 10_000;
  while (!existsSync(`/tmp/.X11-unix/X${display}`) && Date.now() < deadline) {
    if (xvfb.exitCode !== null) throw new Error(`Xvfb exited: ${xvfb.stderrText()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const port = await freePort();
  const driver = start('WebKitWebDriver', [`--port=${port}`], env);
  await waitForDriver(port, driver);
  return { port, env };
}

function run(engine, extraEnv) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...extraEnv, AW_BROWSER: engine, AW_RESULTS_DIR: resultsDir };
    if (files) env.AW_FILES = files;
    const child = spawn(
      process.execPath,
      ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'],
      {
        env,
        stdio: 'inherit',
      },
    );
    children.add(child);
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

// Each run writes its own totals, so runs side by side do not overwrite each other's.
const resultsDir = process.env.AW_RESULTS_DIR ?? `.test-results/run-${process.pid}`;
for (const engine of selected) rmSync(`${resultsDir}/${engine}.json`, { force: true });
let failed = false;
for (const engine of selected) {
  console.log(`\n=== ${engine} ===`);
  let extraEnv = {};
  if (engine === 'webkit') {
    try {
      const services = await startWebKitServices();
      extraEnv = { DISPLAY: services.env.DISPLAY, WEBKIT_DRIVER_PORT: String(services.port) };
    } catch (error) {
      console.error(`browsers: could not start WebKit: ${error.message}`);
      failed = true;
      stopAll();
      continue;
    }
  }
  const code = await run(engine, extraEnv);
  if (code !== 0) failed = true;
  if (engine === 'webkit') stopAll();
}
stopAll();

console.log('\nBrowser test totals');
let passed = 0;
let failures = 0;
let skipped = 0;
for (const engine of selected) {
  const path = `${resultsDir}/${engine}.json`;
  if (!existsSync(path)) {
    console.log(`  ${engine.padEnd(9)} no results (the run did not finish)`);
    failed = true;
    continue;
  }
  const totals = JSON.parse(readFileSync(path, 'utf8'));
  passed += totals.passed;
  failures += totals.failed;
  skipped += totals.skipped;
  console.log(
    `  ${engine.padEnd(9)} ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped in ${totals.files} files`,
  );
  if (totals.failed > 0 || totals.skipped > 0 || totals.passed === 0) failed = true;
}
console.log(`browsers: ${passed} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
