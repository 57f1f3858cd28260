import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { elementStylesheets } from '../../../src/ssr/index.js';
import * as everything from '../../../src/index.js';
import { elements, elementTags } from '../../../src/elements.js';

/**
 * src/elements.ts is the one list of elements: what is written out elsewhere (the public
 * entry's exports, the package's entry points, the manifest) must agree with it.
 */
const root = new URL('../../../', import.meta.url);

describe('the element registry (src/elements.ts)', () => {
  test('lists each element once, by a tag that matches its folder', () => {
    assert.equal(new Set(elementTags).size, elementTags.length);
    for (const tag of elementTags) assert.equal(tag, `aw-${elements[tag].name}`);
  });

  test('loads each element, which defines its tag', async () => {
    for (const tag of elementTags) {
      await elements[tag].load();
      assert.ok(customElements.get(tag), `${tag} is defined by its module`);
    }
  });

  test('the public entry exports every element class, and the server renderer styles every element', () => {
    const exported = new Set<unknown>(Object.values(everything));
    for (const tag of elementTags) assert.ok(exported.has(customElements.get(tag)), `src/index.ts exports <${tag}>`);
    assert.deepEqual(
      elementStylesheets().map((sheet) => sheet.tagName),
      elementTags,
    );
  });

  test('each element is an entry point of the package, and its source is where the entry point says', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      exports: Record<string, { types: string; default: string } | string>;
    };
    const pattern = pkg.exports['./*.js'] as { types: string; default: string };
    assert.equal(pattern.default, './lib/components/*/*.js');
    assert.equal(pattern.types, './lib/components/*/*.d.ts');
    for (const tag of elementTags) {
      const { name } = elements[tag];
      assert.ok(existsSync(new URL(`src/components/${name}/${name}.ts`, root)), `src/components/${name}/${name}.ts`);
    }
  });

  test('the manifest describes every element', () => {
    const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as {
      modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
    };
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((declaration) => declaration.customElement).map((d) => d.tagName),
    );
    assert.deepEqual([...tags].sort(), [...elementTags].sort());
  });
});
