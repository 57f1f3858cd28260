// Sizes of the built JavaScript in dist/, shared by .size-limit.mjs (the partner path's
// budget) and bench/run.mjs (the size tables).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) bytes of a file's contents. */
export function compressedSizes(contents) {
  return {
    raw: contents.length,
    gzip: gzipSync(contents, { level: 9 }).length,
    brotli: brotliCompressSync(contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The relative modules a built file imports, statically and through `import()`, as paths. */
export function imports(file) {
  const code = readFileSync(file, 'utf8');
  const statics = [...code.matchAll(/(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1],
  );
  const dynamics = [...code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]);
  const resolve = (specifier) => join(dirname(file), specifier);
  return { statics: statics.map(resolve), dynamics: dynamics.map(resolve) };
}

/** The entries and every file they import statically, in the order they are reached. */
export function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file).statics);
  }
  return seen;
}

/**
 * The JavaScript a page loads to show the given elements through the autoloader (element
 * names as in their chunks: `article-card`, `photo`, `share-button`, …): the autoloader, the
 * elements' chunks and every chunk they import statically. Throws when the autoloader loads no
 * chunk for one of them.
 */
export function autoloaderPageFiles(names, dist = 'dist') {
  const autoloader = join(dist, 'autoloader.js');
  const chunks = names.map((name) => {
    // `chunks/photo-<8-character hash>.js`, not `chunks/photo-controller-<hash>.js`.
    const chunk = imports(autoloader).dynamics.find((file) => new RegExp(`/${name}-[\\w-]{8}\\.js$`).test(file));
    if (!chunk) throw new Error(`the autoloader does not load a ${name} chunk`);
    return chunk;
  });
  return [...closure([autoloader, ...chunks])];
}

/** The JavaScript a partner page loads to show one card through the autoloader. */
export function partnerFiles(dist = 'dist') {
  return autoloaderPageFiles(['article-card'], dist);
}

/** Every .js file under `dist` (chunks included, source maps not), sorted by path. */
export function distFiles(dist = 'dist') {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
