// `npm run size` (a step of `npm test`): every budget, in size-limit. The budgets of single files
// are in .size-budgets.json; the partner page's is computed here, because its files are the
// autoloader, the card's chunk and every chunk they import statically, whose hashed names change
// with each build (scripts/js-sizes.mjs finds them, as bench/sizes.mjs reports them).
import { readFileSync } from 'node:fs';
import { autoloaderPageFiles, partnerFiles } from './scripts/js-sizes.mjs';

const budgets = JSON.parse(readFileSync(new URL('./.size-budgets.json', import.meta.url), 'utf8'));

// A page showing one card loads no share, copy or related-stories code.
const forbidden = ['share-button', 'copy-button', 'related-stories'];

let files;
let photoAndShare;
try {
  files = partnerFiles('dist');
  photoAndShare = autoloaderPageFiles(['photo', 'share-button'], 'dist');
} catch (error) {
  throw new Error(`the partner page's files: ${error.message} (run \`npm run build\` first)`, { cause: error });
}
const leaked = files.filter((file) => forbidden.some((name) => file.includes(name)));
if (leaked.length > 0) throw new Error(`a partner page showing one card would load ${leaked.join(', ')}`);

export default [
  ...budgets,
  {
    name: 'partner page: dist/autoloader.js + one card (brotli)',
    path: files,
    brotli: true,
    // Holds the line near today's size (23.5 kB); Lit alone is about 5.5 kB of it.
    limit: process.env.AW_PARTNER_BUDGET ? `${process.env.AW_PARTNER_BUDGET} B` : '23.6 kB',
  },
  {
    // The share panel's content and popover load when a panel first opens: not counted here.
    name: 'photo + share button page: dist/autoloader.js and the chunks it loads (brotli)',
    path: photoAndShare,
    brotli: true,
    // About 100 B over today's size: the chunks' hashed names move it by tens of bytes per build.
    limit: '16.8 kB',
  },
];
