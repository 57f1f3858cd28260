/**
 * The layers of src/ (issue 18): the data layer imports nothing from above it (embed/,
 * components/, internal/, ssr/, i18n/), embed/ builds on data/ only, and no module imports
 * itself back through others. Read from the source text: `import` and `export … from`
 * statements and `import('…')` calls; `import type` makes no dependency at run time.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .map((name) => name.split('\\').join('/'));

/** Each module's run-time imports of other modules of src/, as paths relative to src/. */
const imports = new Map<string, string[]>(
  files.map((file) => {
    const text = readFileSync(join(src, file), 'utf8');
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm),
      ...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g),
    ].map((match) => match[1]!);
    const targets = specifiers.map((specifier) =>
      relative(src, resolve(dirname(join(src, file)), specifier))
        .split('\\')
        .join('/')
        .replace(/\.js$/, '.ts'),
    );
    return [file, targets.filter((target) => files.includes(target))];
  }),
);

describe('layers', () => {
  test('the data layer imports only the data layer', () => {
    const outside = [...imports]
      .filter(([file]) => file.startsWith('data/'))
      .flatMap(([file, targets]) =>
        targets.filter((target) => !target.startsWith('data/')).map((target) => `${file} -> ${target}`),
      );
    assert.deepEqual(outside, []);
    assert.ok(files.filter((file) => file.startsWith('data/')).length >= 20);
  });

  test('embed/ builds on data/ and itself; i18n/ takes only dates, the cache and language tags from data/', () => {
    const i18nFromData = ['data/dates.ts', 'data/loose-dates.ts', 'data/cache.ts', 'data/lang-tag.ts'];
    const wrong = [...imports].flatMap(([file, targets]) =>
      targets
        .filter((target) =>
          file.startsWith('embed/') && file !== 'embed/embed-page.ts'
            ? !target.startsWith('data/') && !target.startsWith('embed/')
            : file.startsWith('i18n/') && target.startsWith('data/') && !i18nFromData.includes(target),
        )
        .map((target) => `${file} -> ${target}`),
    );
    assert.deepEqual(wrong, []);
  });

  test('no import cycles in src/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const target of imports.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].join(' -> '));
        else if (!state.has(target)) visit(target, [...path, target]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    assert.deepEqual(cycles, []);
  });
});
