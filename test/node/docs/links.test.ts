import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Markdown without its fenced code blocks, where `#` and `[a](b)` mean nothing. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Markdown without any code, fenced or inline. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '');
}

/** The targets of the inline links and images of a page: `[text](target)`, `![alt](target "title")`. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]);
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const found = new Set<string>();
  for (const match of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(match[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

const isRelative = (target: string) => !/^[a-z][a-z\d+.-]*:/i.test(target) && !target.startsWith('//');

describe('links in README.md and docs/*.md', () => {
  test('the pages are found', () => {
    assert.ok(pages.includes('docs/api.md'), `pages: ${pages.join(', ')}`);
    assert.ok(pages.length >= 7, `pages: ${pages.join(', ')}`);
  });

  test('the link reader sees links, not code', () => {
    const markdown = 'See [a](docs/a.md#x) and ![b](b.png "t").\n\n```md\n[c](c.md)\n```\n\n`[d](d.md)`';
    assert.deepEqual(linkTargets(markdown), ['docs/a.md#x', 'b.png']);
    assert.deepEqual(
      [...anchors("## `<aw-photo>`\n## What the server's page says\n## A\n## A")],
      ['aw-photo', 'what-the-servers-page-says', 'a', 'a-1'],
    );
  });

  for (const page of pages) {
    test(`${page}: every relative link points at a file that exists, and at a heading in it`, () => {
      const markdown = readFileSync(join(root, page), 'utf8');
      const broken: string[] = [];
      for (const target of linkTargets(markdown).filter(isRelative)) {
        const [path, fragment] = target.split('#', 2);
        const file = path === '' ? join(root, page) : resolve(root, dirname(page), decodeURIComponent(path));
        if (!file.startsWith(root) || !existsSync(file)) {
          broken.push(`${target}: no file ${relative(root, file)}`);
          continue;
        }
        if (fragment && file.endsWith('.md') && statSync(file).isFile()) {
          if (!anchors(readFileSync(file, 'utf8')).has(fragment)) broken.push(`${target}: no heading #${fragment}`);
        }
      }
      assert.deepEqual(broken, []);
    });
  }
});
