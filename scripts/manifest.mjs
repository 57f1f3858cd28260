// The elements as custom-elements.json describes them, in the order of the registry
// (src/elements.ts, as built into lib/): what scripts/docs.mjs and scripts/typings.mjs read.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const MANIFEST = 'custom-elements.json';

/**
 * `[{ tag, module, declaration }]` for every custom element of the manifest, in registry order.
 * Exits with a message when the manifest or lib/ is missing (`npm run build` writes both).
 */
export async function manifestElements(script) {
  if (!existsSync(MANIFEST) || !existsSync('lib/elements.js')) {
    console.error(`${script}: ${MANIFEST} or lib/ is missing. Run \`npm run build\` first: it writes both.`);
    process.exit(1);
  }
  const { elementTags: order } = await import(new URL('../lib/elements.js', import.meta.url).href);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const elements = [];
  const guessed = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      // The analyzer knows tag names from customElements.define(); the elements register through
      // defineElement(), which only the analyzer plugin in custom-elements-manifest.config.mjs
      // reads. Without it, the tag follows from the class name (AwArticleCard → aw-article-card).
      let tag = declaration.tagName;
      if (!tag && /^Aw[A-Z]/.test(declaration.name)) {
        guessed.push(declaration.name);
        tag = declaration.name.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();
      }
      if (tag) elements.push({ tag, module, declaration });
    }
  }
  if (elements.length === 0) {
    console.error(`${script}: ${MANIFEST} describes no custom element.`);
    process.exit(1);
  }
  if (guessed.length > 0) {
    console.warn(
      `${script}: ${MANIFEST} has no tag name for ${guessed.join(', ')}; took it from the class name ` +
        '(the defineElement plugin of custom-elements-manifest.config.mjs records it).',
    );
  }
  const missing = order.filter((tag) => !elements.some((element) => element.tag === tag));
  if (missing.length > 0) {
    console.error(`${script}: ${MANIFEST} lacks ${missing.join(', ')} of src/elements.ts. Run \`npm run build\`.`);
    process.exit(1);
  }
  const rank = (tag) => (order.includes(tag) ? order.indexOf(tag) : order.length);
  return elements.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

/** Whether a member is public API: not static, not private or protected, not `_`/`#`-named. */
export const isPublic = (member) =>
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('_') &&
  !member.name.startsWith('#');

/**
 * Writes `next` over `file`, or with `check` only compares: exits 1 naming the first line that
 * differs, the file it is made from (`source`) and the command that rewrites it.
 */
export function writeOrCheck({ script, file, current, next, check, what, fix, source = MANIFEST }) {
  if (next === current) {
    console.log(`${script}: ${what} in ${file} ${check ? 'is' : 'already'} up to date.`);
    return true;
  }
  if (check) {
    const now = current.split('\n');
    const wanted = next.split('\n');
    let line = 0;
    while (line < wanted.length && now[line] === wanted[line]) line += 1;
    console.error(
      `${script}: ${what} in ${file} is out of date with ${source} (first difference at line ${line + 1}):\n` +
        `  now:      ${now[line] ?? '(end of file)'}\n` +
        `  expected: ${wanted[line] ?? '(end of file)'}\n` +
        `Run \`${fix}\` and commit ${file}.`,
    );
    return false;
  }
  writeFileSync(file, next);
  console.log(`${script}: wrote ${what} into ${file}.`);
  return true;
}
