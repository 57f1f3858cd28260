#!/usr/bin/env node
// npm run build: lib/ (npm modules + .d.ts), dist/ (browser bundles), custom-elements.json.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
function step(label, command, args) {
  const started = Date.now();
  execFileSync(command, args, { stdio: 'inherit' });
  console.log(`build: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// The elements' export lines in src/components/index.ts and src/ssr/index.ts, from src/elements.ts.
step('export lists from the element registry', process.execPath, ['scripts/entries.mjs']);
rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
step('lib/ with type declarations', bin('tsc'), ['-p', 'tsconfig.build.json']);
// Hand-written type entries (JSX, Vue, Svelte): tsc does not copy .d.ts files.
for (const file of readdirSync('src').filter((name) => name.endsWith('.d.ts'))) cpSync(`src/${file}`, `lib/${file}`);
step('dist/ bundles', bin('rollup'), ['-c', '--silent']);
for (const file of ['embed.html', 'embed.css']) cpSync(`src/embed/${file}`, `dist/${file}`);
step('custom-elements.json', bin('cem'), ['analyze', '--litelement', '--quiet']);
