// The element registry (src/elements.ts) as the build scripts read it, from its text: they run
// before (or without) the TypeScript build.
import { readFileSync } from 'node:fs';

export const REGISTRY = 'src/elements.ts';

/** The registry's element names (`article-card`, …), in its order; throws when it lists none. */
export function elementNames(registry = REGISTRY) {
  const names = [...readFileSync(registry, 'utf8').matchAll(/^\s*'aw-[\w-]+': \{\s*name: '([\w-]+)'/gm)].map(
    (match) => match[1],
  );
  if (names.length === 0) throw new Error(`${registry} lists no element (lines like \`'aw-x': { name: 'x', … }\`).`);
  return names;
}
