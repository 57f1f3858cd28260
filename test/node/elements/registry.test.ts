import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  test('a sixth element is its folder and one registry line: the build writes its export lines', () => {
    const copy = mkdtempSync(join(tmpdir(), 'aw-entries-'));
    try {
      cpSync(new URL('src', root), join(copy, 'src'), { recursive: true });
      for (const script of ['entries', 'manifest', 'registry']) {
        cpSync(new URL(`scripts/${script}.mjs`, root), join(copy, `scripts/${script}.mjs`));
      }
      const folder = join(copy, 'src/components/story-count');
      mkdirSync(folder);
      writeFileSync(join(folder, 'story-count.ts'), 'export class AwStoryCount extends LitElement {}\n');
      writeFileSync(join(folder, 'story-count.ssr.ts'), 'export function renderStoryCount() {}\n');
      const registry = join(copy, 'src/elements.ts');
      const line =
        "  'aw-story-count': { name: 'story-count', load: () => import('./components/story-count/story-count.js') },";
      writeFileSync(registry, readFileSync(registry, 'utf8').replace(/^} as const;/m, `${line}\n} as const;`));
      const entries = (...args: string[]) =>
        spawnSync(process.execPath, ['scripts/entries.mjs', ...args], { cwd: copy, encoding: 'utf8' });

      const stale = entries('--check');
      assert.equal(stale.status, 1, 'the check fails until the build writes the new lines');
      assert.match(stale.stderr, /src\/components\/index\.ts is out of date with src\/elements\.ts/);
      execFileSync(process.execPath, ['scripts/entries.mjs'], { cwd: copy });
      const components = readFileSync(join(copy, 'src/components/index.ts'), 'utf8');
      assert.match(components, /^export \{ AwStoryCount \} from '\.\/story-count\/story-count\.js';$/m);
      const ssr = readFileSync(join(copy, 'src/ssr/index.ts'), 'utf8');
      assert.match(ssr, /^export \* from '\.\.\/components\/story-count\/story-count\.ssr\.js';$/m);
      assert.equal(entries('--check').status, 0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
