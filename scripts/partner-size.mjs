#!/usr/bin/env node
// The JavaScript a partner page loads to show one card through the autoloader: the
// autoloader, the card's chunk and every chunk they import statically. Prints gzip and
// brotli sizes and fails over the budget, or when share, copy or related-stories code is
// among those files.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { compressedSizes, partnerFiles } from './js-sizes.mjs';

// Holds the line at today's size (23.9 KB) with a little room: Lit alone is 5.4 KB of it.
const budgetBrotli = Number(process.env.AW_PARTNER_BUDGET ?? 25 * 1024);
const forbidden = ['share-button', 'copy-button', 'related-stories'];

let files;
try {
  files = partnerFiles('dist');
} catch (error) {
  console.error(`partner-size: ${error.message}`);
  process.exit(1);
}
let gzip = 0;
let brotli = 0;
console.log('Partner page JavaScript (autoloader + one card):');
for (const file of files) {
  const size = compressedSizes(readFileSync(file));
  gzip += size.gzip;
  brotli += size.brotli;
  console.log(
    `  ${relative('dist', file).padEnd(40)} ${String(size.raw).padStart(7)} B  gzip ${String(size.gzip).padStart(6)} B  brotli ${String(size.brotli).padStart(6)} B`,
  );
}
console.log(
  `  ${'total'.padEnd(40)} ${' '.repeat(9)}  gzip ${String(gzip).padStart(6)} B  brotli ${String(brotli).padStart(6)} B (budget ${budgetBrotli} B)`,
);
const leaked = files.filter((file) => forbidden.some((name) => file.includes(name)));
if (leaked.length > 0) {
  console.error(`partner-size: a card-only page would load ${leaked.join(', ')}`);
  process.exit(1);
}
if (brotli > budgetBrotli) {
  console.error(`partner-size: ${brotli} B brotli is over the ${budgetBrotli} B budget`);
  process.exit(1);
}
