// The size half of `npm run bench`: raw, gzip and brotli bytes of every JavaScript file in
// dist/ and of the partner path (scripts/js-sizes.mjs, as the partner budget in .size-limit.mjs counts it).
import { compressedSizes, distFiles, partnerFiles } from '../scripts/js-sizes.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The newest modification time of the files under `folder`, in ms. */
function newest(folder) {
  return Math.max(
    ...readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs),
  );
}

/**
 * Builds dist/ first when it holds no bundle (`npm run build`, whose output goes to stderr so
 * that stdout stays the report). Returns a warning when src/ changed after the last build.
 */
export function ensureBuilt(dist = 'dist') {
  if (!existsSync(join(dist, 'autoloader.js'))) {
    console.error('bench: dist/ has not been built; running `npm run build` first');
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', process.stderr, process.stderr] });
    return undefined;
  }
  return newest('src') > statSync(join(dist, 'autoloader.js')).mtimeMs
    ? 'src/ changed after dist/ was built: the sizes are of the last `npm run build`'
    : undefined;
}

function sizesOf(files, dist) {
  return files.map((file) => ({ file: relative(dist, file), ...compressedSizes(readFileSync(file)) }));
}

/** Every dist/ file's sizes, and the partner path's files with their total. */
export function measureSizes(dist = 'dist') {
  const warning = ensureBuilt(dist);
  const partner = sizesOf(partnerFiles(dist), dist);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const size of partner) for (const key of Object.keys(total)) total[key] += size[key];
  return { files: sizesOf(distFiles(dist), dist), partner: { files: partner, total }, warning };
}
