#!/usr/bin/env node
// npm run docs: the API reference, docs/api.md, generated from custom-elements.json (itself made
// by `npm run build` from the JSDoc of src/components/), elements in the order of src/elements.ts.
//   node scripts/docs.mjs           rewrite docs/api.md
//   node scripts/docs.mjs --check   exit 1 when docs/api.md is not what the manifest says
import { existsSync, readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { isPublic, manifestElements, writeOrCheck } from './manifest.mjs';

const SCRIPT = 'docs';
const API = 'docs/api.md';
const check = process.argv.includes('--check');

const elements = (await manifestElements(SCRIPT)).map(({ module, declaration, tag }) => ({
  module,
  declaration: { ...declaration, tagName: tag },
}));

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
  return [`### ${title}`, '', ...table(headers, rows)];
}

/** `src/components/article-card/article-card.ts` → `article-widgets/article-card.js`. */
function entryPoint(path) {
  const match = /^src\/components\/([^/]+)\/\1\.ts$/.exec(path);
  return match ? `article-widgets/${match[1]}.js` : undefined;
}

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
  const lines = [`## \`<${tag}>\``, ''];
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

// --- the file -----------------------------------------------------------------------------

const body = [
  '# API reference',
  '',
  '<!-- Generated by scripts/docs.mjs from custom-elements.json: edit the JSDoc in src/components/ and run `npm run docs`. -->',
  '',
  'Every element, its attributes and properties, methods, events, slots, CSS parts and CSS custom',
  'properties, as the JSDoc in `src/components/` describes them. Styling with these: [styling.md](styling.md);',
  'the data every element reads: [developers.md](developers.md#data). Back to the [README](../README.md).',
  '',
  ...elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName})`),
  '',
  ...elements.flatMap(describeElement),
].join('\n');

const options = { ...(await prettier.resolveConfig(API)), parser: 'markdown', filepath: API };
// Formatted as `prettier --check` (part of npm test) expects the file to be.
const next = await prettier.format(body, options);
const current = existsSync(API) ? readFileSync(API, 'utf8') : '';
const what = `the API reference of ${elements.length} elements`;
if (!writeOrCheck({ script: SCRIPT, file: API, current, next, check, what, fix: 'npm run build && npm run docs' })) {
  process.exit(1);
}
