/**
 * Server rendering cost and weight: cards rendered per second in Node, and the size of the
 * seed card's HTML (raw, gzip, brotli; how much of it is the shadow root's stylesheet).
 *
 *   node --import tsx bench/ssr.ts [--seconds 3]
 *
 * Runs the TypeScript source through tsx (esbuild, the same JavaScript the build emits) with
 * Lit's production build, as a server would load the package.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { renderArticleCard, renderRelatedStories } from '../src/ssr/index.js';

const args = process.argv.slice(2);
const secondsIndex = args.indexOf('--seconds');
const seconds = secondsIndex === -1 ? 3 : Number(args[secondsIndex + 1]);

const fixtures = new URL('../test/fixtures/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const seed = read('seed-article.json');
const seedJsonLd = read('seed-article.jsonld');
const related = read('related-stories.json');

/** Renders per second over about `duration` seconds. */
function rate(render: () => string, duration: number): number {
  let count = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(duration * 1e9));
  let now = start;
  while (now < end) {
    for (let i = 0; i < 20; i += 1) render();
    count += 20;
    now = process.hrtime.bigint();
  }
  return count / (Number(now - start) / 1e9);
}

const cases: [string, () => string][] = [
  ['card with photo (seed .json)', () => renderArticleCard(seed)],
  ['card, no photo (seed .jsonld)', () => renderArticleCard(seedJsonLd)],
  ['related stories (3)', () => renderRelatedStories(related)],
];

// Warm up every case first, then interleave rounds: the machine may be busy with other work,
// and the best round is the one least disturbed by it.
for (const [, render] of cases) for (let i = 0; i < 300; i += 1) render();
const rounds = 5;
const rates = cases.map(() => [] as number[]);
for (let round = 0; round < rounds; round += 1) {
  cases.forEach(([, render], index) => rates[index]!.push(rate(render, seconds / rounds)));
}

console.log(`Node ${process.version}, ${rounds} rounds of ${seconds / rounds} s per case`);
cases.forEach(([name], index) => {
  const sorted = [...rates[index]!].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const best = sorted[sorted.length - 1]!;
  console.log(
    `${name.padEnd(30)} median ${Math.round(median).toLocaleString('en').padStart(6)}/s, best ${Math.round(best).toLocaleString('en').padStart(6)}/s (${(1000 / best).toFixed(2)} ms per render)`,
  );
});

const html = renderArticleCard(seed);
const bytes = (text: string | Buffer) => (typeof text === 'string' ? Buffer.byteLength(text) : text.length);
const styles = [...html.matchAll(/<style>[\s\S]*?<\/style>/g)].reduce((sum, match) => sum + bytes(match[0]), 0);
console.log(
  `seed card HTML: ${bytes(html).toLocaleString('en')} B, gzip ${bytes(gzipSync(html)).toLocaleString('en')} B, ` +
    `brotli ${bytes(brotliCompressSync(html)).toLocaleString('en')} B; ` +
    `of which <style> (card + photo) ${styles.toLocaleString('en')} B`,
);
