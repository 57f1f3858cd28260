#!/usr/bin/env node
// The modules whose exports list every element, written from the registry (src/elements.ts) so
// that adding an element needs no export line by hand:
// - src/components/index.ts: each element's class (the public entry and the bundles export it);
// - src/ssr/index.ts: each element's server renderer, `<name>.ssr.ts`, where there is one.
// The lines go between `// entries:start …` and `// entries:end`; the rest is written by hand.
// `npm run build` writes them first; `npm test` checks them.
//   node scripts/entries.mjs           rewrite the lists
//   node scripts/entries.mjs --check   exit 1 when a list is not what the registry says
import { existsSync, readFileSync } from 'node:fs';
import { writeOrCheck } from './manifest.mjs';
import { REGISTRY, elementNames } from './registry.mjs';

const SCRIPT = 'entries';
const START = '// entries:start';
const END = '// entries:end';
const NOTE = `${START} (written by scripts/entries.mjs from ${REGISTRY}: run \`npm run build\`)`;
const check = process.argv.includes('--check');

let names;
try {
  names = elementNames();
} catch (error) {
  fail(error.message);
}

/** The element class a module exports: `export class AwPhoto extends …`. */
function elementClass(name) {
  const file = `src/components/${name}/${name}.ts`;
  if (!existsSync(file)) fail(`${REGISTRY} lists ${name}, but ${file} does not exist.`);
  const found = readFileSync(file, 'utf8').match(/^export class (\w+) extends /m);
  if (!found) fail(`${file} exports no class (\`export class Aw… extends LitElement\`).`);
  return found[1];
}

const files = {
  'src/components/index.ts': () =>
    names.map((name) => `export { ${elementClass(name)} } from './${name}/${name}.js';`).join('\n'),
  'src/ssr/index.ts': () =>
    names
      .filter((name) => existsSync(`src/components/${name}/${name}.ssr.ts`))
      .map((name) => `export * from '../components/${name}/${name}.ssr.js';`)
      .join('\n'),
};

let upToDate = true;
for (const [file, generate] of Object.entries(files)) {
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 || end === -1 || end < start)
    fail(`${file} needs the marker lines ${START} and ${END}, in this order.`);
  const lineStart = current.lastIndexOf('\n', start) + 1;
  const next = `${current.slice(0, lineStart)}${NOTE}\n${generate()}\n${current.slice(current.lastIndexOf('\n', end) + 1)}`;
  const what = "the list of the elements' exports";
  upToDate &&= writeOrCheck({
    script: SCRIPT,
    file,
    current,
    next,
    check,
    what,
    source: REGISTRY,
    fix: 'npm run build',
  });
}
if (!upToDate) process.exit(1);

function fail(message) {
  console.error(`${SCRIPT}: ${message}`);
  process.exit(1);
}
