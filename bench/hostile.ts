/**
 * `npm run bench:hostile`: the adversarial corpus (bench/hostile-corpus.ts), each input about
 * 1 MB, through the data layer (normalizeArticle, normalizeStories or readPage), the server
 * renderers (renderArticleCard, renderRelatedStories) and the CLI (render card|related from
 * standard input). Prints, per input, the median time of each path over the rounds and the
 * worst of them, as a Markdown table. Goal: every input under 100 ms.
 *
 *   node --import tsx bench/hostile.ts [--rounds 5] [--bytes 1000000] [--only <name part>]
 *
 * Timings on a shared 2-core machine are noisy: the median of several rounds, after a warm-up
 * round that is not counted.
 */
import { parseArgs } from 'node:util';
import { ArticleDataError, normalizeArticle, normalizeStories, readPage } from '../src/data/index.js';
import { main, type CliIO } from '../src/ssr/cli.js';
import { RenderInputError, renderArticleCard, renderRelatedStories } from '../src/ssr/index.js';
import { countFor, hostileInputs, type HostileInput } from './hostile-corpus.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    bytes: { type: 'string', default: '1000000' },
    only: { type: 'string' },
  },
});
const rounds = Math.max(1, Number(values.rounds));
const bytes = Number(values.bytes);
const base = 'https://publisher.example/hostile/page';
const GOAL_MS = 100;

/** The data layer's reader for the input's kind; returns what it made, or the error it gave. */
function readData(input: HostileInput, text: string): unknown {
  if (input.kind === 'article') return normalizeArticle(text);
  if (input.kind === 'stories') return normalizeStories(text);
  return readPage(text, { base });
}

/** The server renderer for the input's kind; a RenderInputError (the documented refusal) counts as done. */
function render(input: HostileInput, text: string): void {
  try {
    if (input.kind === 'stories') renderRelatedStories(text);
    else if (input.kind === 'article') renderArticleCard(text);
    else {
      const article = readPage(text, { base });
      if (!(article instanceof ArticleDataError)) renderArticleCard(article);
    }
  } catch (error) {
    if (!(error instanceof RenderInputError)) throw error;
  }
}

async function runCli(input: HostileInput, text: string): Promise<number> {
  const io: CliIO = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => text };
  const args = input.kind === 'stories' ? ['render', 'related', '-'] : ['render', 'card', '-'];
  return main(input.kind === 'page' ? [...args, '--base', base] : args, io);
}

async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function outcome(result: unknown): string {
  if (result instanceof ArticleDataError) return `refused (${result.field})`;
  if (Array.isArray(result)) return `${result.length} stories`;
  return 'a card';
}

const rows: string[] = [];
let worstOverall = 0;
for (const input of hostileInputs) {
  if (values.only !== undefined && !input.name.includes(values.only)) continue;
  const text = input.make(countFor(input, bytes));
  const paths = {
    data: () => readData(input, text),
    ssr: () => render(input, text),
    cli: () => runCli(input, text),
  };
  const medians: Record<string, number> = {};
  for (const [name, run] of Object.entries(paths)) {
    await run(); // warm-up
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) times.push(await time(run));
    medians[name] = median(times);
  }
  const worst = Math.max(...Object.values(medians));
  worstOverall = Math.max(worstOverall, worst);
  const cells = [medians.data!, medians.ssr!, medians.cli!, worst].map((ms) => ms.toFixed(1));
  rows.push(
    `| ${input.name} | ${input.kind} | ${(text.length / 1000).toFixed(0)} KB | ${cells.join(' | ')} | ${outcome(readData(input, text))} |`,
  );
  console.error(`${input.name}: worst ${worst.toFixed(1)} ms`);
}

console.log(
  `Median of ${rounds} rounds per path (ms), Node ${process.versions.node}, inputs of at most ${bytes} bytes.\n`,
);
console.log('| input | kind | size | data layer | SSR | CLI | worst | result |');
console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
console.log(`\nWorst input: ${worstOverall.toFixed(1)} ms (goal: under ${GOAL_MS} ms).`);
if (worstOverall >= GOAL_MS) process.exitCode = 1;
