#!/usr/bin/env node
// npm run docs: the README's API reference, generated from custom-elements.json (itself made
// by `npm run build` from the JSDoc of src/components/). Written between the markers
// `<!-- api:start -->` and `<!-- api:end -->`; nothing else in README.md is touched.
//   node scripts/docs.mjs           rewrite the section
//   node scripts/docs.mjs --check   exit 1 when the section is not what the manifest says
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const README = 'README.md';
const MANIFEST = 'custom-elements.json';
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

/** Elements in the registry's order (src/elements.ts, as built into lib/). */
const { elementTags: order } = await import('../lib/elements.js');

function fail(message) {
  console.error(`docs: ${message}`);
  process.exit(1);
}

if (!existsSync(MANIFEST) || !existsSync('lib/elements.js'))
  fail(`${MANIFEST} or lib/ is missing. Run \`npm run build\` first: it writes both.`);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end === -1 || end < start) {
  fail(`${README} needs the two marker lines ${START} and ${END} (in this order) around the API reference.`);
}

const elements = [];
const guessed = [];
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement) continue;
    // The analyzer knows tag names from customElements.define(); the elements register through
    // defineElement(), which only the analyzer plugin in custom-elements-manifest.config.mjs
    // reads. Without it, the tag follows from the class name (AwArticleCard → aw-article-card).
    if (!declaration.tagName && /^Aw[A-Z]/.test(declaration.name)) {
      guessed.push(declaration.name);
      declaration.tagName = declaration.name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();
    }
    if (declaration.tagName) elements.push({ module, declaration });
  }
}
if (elements.length === 0) fail(`${MANIFEST} describes no custom element.`);
if (guessed.length > 0) {
  console.warn(
    `docs: ${MANIFEST} has no tag name for ${guessed.join(', ')}; took it from the class name ` +
      '(the defineElement plugin of custom-elements-manifest.config.mjs records it).',
  );
}
const rank = (tag) => (order.includes(tag) ? order.indexOf(tag) : order.length);
elements.sort(
  (a, b) =>
    rank(a.declaration.tagName) - rank(b.declaration.tagName) ||
    a.declaration.tagName.localeCompare(b.declaration.tagName),
);

// --- markdown helpers ---------------------------------------------------------------------

/** JSDoc text as one table cell: line breaks inside a paragraph become spaces, pipes are escaped. */
function cell(text) {
  if (text === undefined || text === null || text === '') return '';
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  if (text === undefined || text === null || text === '') return '';
  const value = cell(text);
  // A value holding a backtick needs a longer fence around it.
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

/** JSDoc text as paragraphs: a single line break joins, a blank line separates. */
function paragraphs(text) {
  return String(text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** A table; a column left empty in every row (say, no event declares a type) is left out. */
function table(allHeaders, allRows) {
  if (allRows.length === 0) return [];
  const keep = allHeaders.map((_, column) => column === 0 || allRows.some((row) => row[column] !== ''));
  const headers = allHeaders.filter((_, column) => keep[column]);
  const rows = allRows.map((row) => row.filter((_, column) => keep[column]));
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function section(title, headers, rows) {
  if (rows.length === 0) return [];
  return [`#### ${title}`, '', ...table(headers, rows)];
}

/** `src/components/article-card/article-card.ts` → `article-widgets/article-card.js`. */
function entryPoint(path) {
  const match = /^src\/components\/([^/]+)\/\1\.ts$/.exec(path);
  return match ? `article-widgets/${match[1]}.js` : undefined;
}

const isPublic = (member) =>
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('_') &&
  !member.name.startsWith('#');

function defaultValue(value) {
  return value === undefined || value === 'undefined' ? '' : code(value);
}

const globalAttributes = {
  lang: 'The global attribute, observed: language of the words and dates; else the closest `lang` on the page, else English.',
  dir: 'The global attribute, observed: writing direction.',
};

// --- one element --------------------------------------------------------------------------

function describeElement({ module, declaration }) {
  const tag = declaration.tagName;
  const lines = [`### \`<${tag}>\``, ''];
  if (declaration.summary) lines.push(cell(declaration.summary), '');
  for (const paragraph of paragraphs(declaration.description)) lines.push(paragraph, '');
  const entry = entryPoint(module.path);
  const className = declaration.name;
  if (entry) lines.push(`Import: \`import '${entry}';\` (class \`${className}\`)`, '');

  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const attributesByField = new Map(
    (declaration.attributes ?? []).map((attribute) => [attribute.fieldName, attribute]),
  );
  const rows = fields.map((field) => {
    const attribute = field.attribute ?? attributesByField.get(field.name)?.name;
    const reflectsSaid = /reflect/i.test(field.description ?? '');
    const notes = [
      field.reflects && !reflectsSaid ? 'Reflected to the attribute.' : '',
      field.readonly ? 'Read-only.' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return [
      attribute ? code(attribute) : '—',
      code(field.name),
      code(field.type?.text),
      defaultValue(field.default),
      cell([field.description, notes].filter(Boolean).join(' ')),
    ];
  });
  // Attributes without a property of their own: the element observes a global attribute.
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName && fields.some((field) => field.name === attribute.fieldName)) continue;
    const description = attribute.description || globalAttributes[attribute.name] || '';
    rows.push([
      code(attribute.name),
      '—',
      code(attribute.type?.text),
      defaultValue(attribute.default),
      cell(description),
    ]);
  }
  lines.push(
    ...section('Attributes and properties', ['Attribute', 'Property', 'Type', 'Default', 'Description'], rows),
  );

  const methods = (declaration.members ?? []).filter((member) => member.kind === 'method' && isPublic(member));
  lines.push(
    ...section(
      'Methods',
      ['Method', 'Description'],
      methods.map((method) => {
        const parameters = (method.parameters ?? [])
          .map((parameter) => `${parameter.name}${parameter.type ? `: ${parameter.type.text}` : ''}`)
          .join(', ');
        const returns = method.return?.type?.text;
        return [code(`${method.name}(${parameters})${returns ? `: ${returns}` : ''}`), cell(method.description)];
      }),
    ),
  );

  lines.push(
    ...section(
      'Events',
      ['Event', 'Type', 'Description'],
      (declaration.events ?? [])
        .filter((event) => event.name)
        .map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
  );
  lines.push(
    ...section(
      'Slots',
      ['Slot', 'Description'],
      (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
    ),
  );
  lines.push(
    ...section(
      'CSS parts',
      ['Part', 'Description'],
      (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]),
    ),
  );
  lines.push(
    ...section(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (declaration.cssProperties ?? []).map((property) => [
        code(property.name),
        defaultValue(property.default),
        cell(property.description),
      ]),
    ),
  );
  return lines;
}

// --- the section --------------------------------------------------------------------------

const body = [
  '<!-- Generated by scripts/docs.mjs from custom-elements.json: edit the JSDoc in src/components/ and run `npm run docs`. -->',
  '',
  ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName})`),
  '',
  ...elements.flatMap(describeElement),
].join('\n');

const options = { ...(await prettier.resolveConfig(README)), parser: 'markdown', filepath: README };
// Formatted as `prettier --check` (part of npm test) expects the README to be.
const formatted = (await prettier.format(body, options)).trimEnd();
const next = `${readme.slice(0, start + START.length)}\n\n${formatted}\n\n${readme.slice(end)}`;

if (check) {
  if (next === readme) {
    console.log(`docs: ${README} API reference is up to date (${elements.length} elements).`);
    process.exit(0);
  }
  const current = readme.split('\n');
  const wanted = next.split('\n');
  let line = 0;
  while (line < wanted.length && current[line] === wanted[line]) line += 1;
  console.error(
    `docs: the API reference in ${README} is out of date with ${MANIFEST} (first difference at line ${line + 1}):\n` +
      `  now:      ${current[line] ?? '(end of file)'}\n` +
      `  expected: ${wanted[line] ?? '(end of file)'}\n` +
      'Run `npm run build && npm run docs` and commit README.md.',
  );
  process.exit(1);
}

if (next === readme) {
  console.log(`docs: ${README} API reference already up to date (${elements.length} elements).`);
} else {
  writeFileSync(README, next);
  console.log(`docs: wrote the API reference of ${elements.length} elements into ${README}.`);
}
