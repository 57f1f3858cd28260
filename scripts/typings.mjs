#!/usr/bin/env node
// The framework typings' lists of elements, properties and events, generated from
// custom-elements.json (itself made by `npm run build` from src/components/) in the order of
// src/elements.ts. Written between the lines `// typings:start …` and `// typings:end` of
// src/element-props.d.ts (element classes, properties, events) and of the JSX, Preact, Vue and
// Svelte entries (one line per tag); the rest of each file is written by hand.
//   node scripts/typings.mjs           rewrite the lists
//   node scripts/typings.mjs --check   exit 1 when a list is not what the manifest says
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { isPublic, manifestElements, writeOrCheck } from './manifest.mjs';

const SCRIPT = 'typings';
const START = '// typings:start';
const END = '// typings:end';
const NOTE = `${START} (written by scripts/typings.mjs from custom-elements.json: run \`npm run docs\`)`;
const check = process.argv.includes('--check');

const elements = await manifestElements(SCRIPT);

const union = (names) => (names.length === 0 ? 'never' : names.map((name) => `'${name}'`).join(' | '));

/** `src/components/photo/photo.ts` → `./components/photo/photo.js`, relative to src/. */
const importPath = (path) => `./${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

function elementProps() {
  const imports = elements
    .map(({ module, declaration }) => `import type { ${declaration.name} } from '${importPath(module.path)}';`)
    .sort();
  const entries = elements.map(({ tag, declaration }) => {
    // What a framework may set: public, writable fields.
    const properties = (declaration.members ?? [])
      .filter((member) => member.kind === 'field' && isPublic(member) && !member.readonly)
      .map((member) => member.name);
    const events = (declaration.events ?? []).map((event) => event.name).filter((name) => name?.startsWith('aw-'));
    return [
      `  '${tag}': {`,
      `    element: ${declaration.name};`,
      `    properties: ${union(properties)};`,
      `    events: ${union(events)};`,
      '  };',
    ].join('\n');
  });
  return [
    ...imports,
    '',
    "/** Each element's class, the properties a framework may set, and the events it fires. */",
    'export interface AwElements {',
    ...entries,
    '}',
  ].join('\n');
}

const tagLines = (type) => elements.map(({ tag }) => `'${tag}': ${type}<'${tag}'>;`).join('\n');

const files = {
  'src/element-props.d.ts': elementProps,
  'src/jsx.d.ts': () => tagLines('AwReactProps'),
  'src/preact.d.ts': () => tagLines('AwPreactProps'),
  'src/vue.d.ts': () => tagLines('AwVueElement'),
  'src/svelte.d.ts': () => tagLines('AwSvelteProps'),
};

let upToDate = true;
for (const [file, generate] of Object.entries(files)) {
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    console.error(`${SCRIPT}: ${file} needs the two marker lines ${START} and ${END} (in this order).`);
    process.exit(1);
  }
  const lineStart = current.lastIndexOf('\n', start) + 1;
  const joined = `${current.slice(0, lineStart)}${NOTE}\n${generate()}\n${current.slice(current.lastIndexOf('\n', end) + 1)}`;
  // Formatted as `prettier --check` (part of npm test) expects the file to be.
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  const next = await prettier.format(joined, options);
  const ok = writeOrCheck({
    script: SCRIPT,
    file,
    current,
    next,
    check,
    what: 'the element list',
    fix: 'npm run build && npm run docs',
  });
  upToDate &&= ok;
}
if (!upToDate) process.exit(1);
