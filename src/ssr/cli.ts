/**
 * The `article-widgets` command: server-rendered cards and lists, oEmbed responses and embed
 * snippets from an article's JSON, its JSON-LD, or a whole saved HTML page.
 *
 *   article-widgets render card article.json --layout row > card.html
 *   curl -s https://publisher.example/story | article-widgets render card - --lang fr
 *
 * `main(argv, io)` holds all of it, for tests and for programs that want the command without
 * a child process; the module runs it itself when it is the program (`node lib/ssr/cli.js`),
 * and `bin/article-widgets.js` calls `run()`.
 *
 * Exit codes: 0 done, 1 the input or an option value cannot be used, 2 the command line is wrong.
 *
 * It reads at most `MAX_INPUT_BYTES` (10 MB) from a file or standard input, and every message
 * it prints has the control characters of its input escaped (a JSON file with an escape
 * sequence in it must not retitle or recolour the terminal).
 */
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ArticleDataError, normalizeArticle, parseJsonText, type Article } from '../data/index.js';
import { findJsonLdBlocks, looksLikeHtml } from '../data/page-scan.js';
import { readPage } from '../data/read-page.js';
import { embedCode } from '../embed/embed-code.js';
import { toOEmbed } from '../embed/oembed.js';
import type { CardLayout, Theme } from './index.js';

/** Where the command reads and writes; `process` streams by default. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Standard input, for the file name `-`: all of it, or at least `maxBytes + 1` bytes of it
   * when there is more (the command refuses input over `maxBytes`, and need not read the rest).
   */
  readStdin(maxBytes: number): Promise<string>;
  /** Directory that file names are relative to; default `process.cwd()`. */
  cwd?: string;
}

const program = 'article-widgets';

/** The most the command reads from a file or standard input: pages run to a few megabytes at most. */
export const MAX_INPUT_BYTES = 10_000_000;

// C0 and C1 controls (tab and newline excepted: messages are ours to lay out), and the Unicode
// line separators and bidirectional overrides that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Control characters as visible escapes: "\x1b]0;PWNED\x07" prints as `\x1b]0;PWNED\x07`, not as a terminal command. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Writes a message on standard error, its control characters escaped. */
function report(io: CliIO, message: string): void {
  io.stderr(escapeControls(message));
}

/** A problem to report in one line and an exit code, without a stack trace. */
class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

const usageError = (message: string, command: string) =>
  new CliError(`${message}\nRun "${program} ${command} --help" for the options.`, 2);

const help = {
  main: `Usage: ${program} <command> [options]

Commands:
  render card <file>       HTML of <aw-article-card> with its declarative shadow root and fallback link
  render related <file>    HTML of <aw-related-stories> with its declarative shadow root and fallback list
  oembed <file>            an oEmbed 1.0 "rich" response (JSON) whose html is the embed snippet
  embed <file>             the embed snippet a partner site pastes
  styles [dir]             the elements' shadow-root stylesheets, for a strict Content-Security-Policy

<file> is a JSON file (our Article shape or schema.org JSON-LD), an HTML page whose
<script type="application/ld+json"> blocks hold the article, or "-" for standard input.

Options:
  -h, --help               help for a command: ${program} <command> --help
  -v, --version            the version of ${program}
`,
  render: `Usage: ${program} render card <file> [options]
       ${program} render related <file> [options]

Run "${program} render card --help" or "${program} render related --help" for the options.
`,
  card: `Usage: ${program} render card <file|-> [options]

Writes <aw-article-card> as HTML: a declarative shadow root, the headline link as fallback and
the article as inline JSON, so that the card shows before any script runs and hydrates in place.
Load article-widgets/hydrate.js before the elements on the page.

Options:
  --layout <name>          stack (default), row, compact or overlay
  --lang <tag>             language of the card's words and dates (default: the article's, else en)
  --theme <name>           auto (default), light or dark
  --heading-level <n>      2 to 6 (default 3)
  --target <name>          target of the link, e.g. _blank
  --base <url>             absolute URL that relative URLs in the data resolve against
  --nonce <value>          the page's CSP nonce, put on each inline <style>
  --stylesheets <url>      link each shadow root to <url>/<element>.css instead of an inline <style>
                           (write the files with "${program} styles <dir>")
  -h, --help               this help
`,
  related: `Usage: ${program} render related <file|-> [options]

Writes <aw-related-stories> as HTML: a declarative shadow root, a plain <ul> of links as
fallback and the stories as inline JSON. <file> holds an array of stories, { "stories": [...] },
a schema.org ItemList, or an HTML page with an ItemList in its JSON-LD.

Options:
  --heading <text>         heading (default "You might also like" in the language; "" hides it)
  --heading-level <n>      2 to 6 (default 2)
  --limit <n>              show at most n stories
  --layout <name>          list (default) or grid
  --lang <tag>             language of the heading and dates (default en)
  --theme <name>           auto (default), light or dark
  --base <url>             absolute URL that relative URLs in the data resolve against
  --nonce <value>          the page's CSP nonce, put on each inline <style>
  --stylesheets <url>      link each shadow root to <url>/<element>.css instead of an inline <style>
                           (write the files with "${program} styles <dir>")
  -h, --help               this help
`,
  styles: `Usage: ${program} styles [dir]

The styles of the elements' declarative shadow roots. By default each server-rendered shadow
root holds an inline <style>, which a Content-Security-Policy without 'unsafe-inline' in
style-src blocks (the element then shows unstyled until its script loads). Either:
  - write the stylesheets to <dir> (aw-article-card.css, aw-photo.css, …), serve them, and
    render with --stylesheets <url of dir>: style-src 'self' (or their host) allows them; or
  - keep the inline styles and add the hashes printed here to style-src; or
  - render with --nonce and the page's nonce.
Prints the CSP hash sources; with <dir>, also writes the files there.

Options:
  -h, --help               this help
`,
  oembed: `Usage: ${program} oembed <file|-> --src <url> --script-url <url> [options]

Writes an oEmbed 1.0 "rich" response as JSON.

Options:
  --src <url>              URL of the article's JSON, put in the snippet (required)
  --script-url <url>       URL of article-widgets.js, put in the snippet (required)
  --maxwidth <n>           the consumer's maximum width in pixels
  --maxheight <n>          the consumer's maximum height in pixels
  --format <name>          script (default) or iframe
  --base <url>             absolute URL that relative URLs in the data resolve against
  -h, --help               this help
`,
  embed: `Usage: ${program} embed <file|-> --src <url> --script-url <url> [options]

Writes the embed snippet: the card with its fallback link and the script that upgrades it,
or an iframe of embed.html.

Options:
  --src <url>              URL of the article's JSON, the card's src (required)
  --script-url <url>       URL of article-widgets.js (required)
  --format <name>          script (default) or iframe
  --base <url>             absolute URL that relative URLs in the data and options resolve against
  -h, --help               this help
`,
};

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's options: `--help`, and the string options named (every other option takes a string). */
function optionsWith(...strings: string[]): Options {
  return {
    help: { type: 'boolean', short: 'h' },
    ...Object.fromEntries(strings.map((name) => [name, { type: 'string' }])),
  };
}

const styleOptions = ['nonce', 'stylesheets'];
const commandOptions: Record<'card' | 'related' | 'oembed' | 'embed' | 'styles', Options> = {
  styles: optionsWith(),
  card: optionsWith('base', ...styleOptions, 'layout', 'lang', 'theme', 'heading-level', 'target'),
  related: optionsWith('base', ...styleOptions, 'heading', 'heading-level', 'limit', 'layout', 'lang', 'theme'),
  oembed: optionsWith('base', 'src', 'script-url', 'maxwidth', 'maxheight', 'format'),
  embed: optionsWith('base', 'src', 'script-url', 'format'),
};

/** Runs the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  try {
    io.stdout(await dispatch([...argv], io));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      report(io, `${program}: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not bad input: keep the stack for the report.
    report(
      io,
      `${program}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

/** Runs the command line of this process and sets its exit code. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await main(argv);
}

async function dispatch(argv: string[], io: CliIO): Promise<string> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
      return help.main;
    case 'help':
      return helpFor(rest);
    case '-v':
    case '--version':
      return `${await version()}\n`;
    case 'render': {
      const [what, ...renderArgs] = rest;
      if (what === 'card' || what === 'related') return renderCommand(what, renderArgs, io);
      if (what === undefined || what === '-h' || what === '--help') return help.render;
      throw usageError(`render: unknown kind "${what}" (card or related)`, 'render');
    }
    case 'oembed':
    case 'embed':
      return embedCommand(command, rest, io);
    case 'styles':
      return stylesCommand(rest, io);
    default:
      throw new CliError(`unknown command "${command}"\nRun "${program} --help" for the commands.`, 2);
  }
}

function helpFor(topic: string[]): string {
  const [first, second] = topic;
  if (first === 'render' && (second === 'card' || second === 'related')) return help[second];
  if (first === 'render' || first === 'oembed' || first === 'embed' || first === 'styles') return help[first];
  return help.main;
}

interface Parsed {
  file: string;
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** Parses a command's arguments: exactly one file and known options; undefined after --help. */
function parseCommand(name: 'card' | 'related' | 'oembed' | 'embed', args: string[]): Parsed | undefined {
  const command = name === 'card' || name === 'related' ? `render ${name}` : name;
  let parsed;
  try {
    parsed = parseArgs({ args, options: commandOptions[name], allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`${command}: ${error instanceof Error ? error.message : String(error)}`, command);
  }
  if (parsed.values.help === true) return undefined;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined)
    throw usageError(`${command}: which file? Give a file name, or - for standard input`, command);
  if (extra.length > 0) throw usageError(`${command}: one file at a time (also got ${extra.join(' ')})`, command);
  return { file, values: parsed.values };
}

async function renderCommand(kind: 'card' | 'related', args: string[], io: CliIO): Promise<string> {
  const parsed = parseCommand(kind, args);
  if (parsed === undefined) return help[kind];
  const { file, values } = parsed;
  const base = stringOption(values, 'base');
  const data = await readData(file, io, kind === 'card' ? 'article' : 'stories', base);
  // Loaded here, not at the top: oembed and embed need neither Lit nor @lit-labs/ssr.
  const ssr = await import('./index.js');
  try {
    if (kind === 'card') {
      return `${ssr.renderArticleCard(data, {
        base,
        layout: stringOption(values, 'layout') as CardLayout | undefined,
        lang: stringOption(values, 'lang'),
        theme: stringOption(values, 'theme') as Theme | undefined,
        headingLevel: integerOption(values, 'heading-level', 'render card'),
        target: stringOption(values, 'target'),
        nonce: stringOption(values, 'nonce'),
        stylesheets: stringOption(values, 'stylesheets'),
      })}\n`;
    }
    const skipped: string[] = [];
    const html = ssr.renderRelatedStories(data, {
      base,
      heading: stringOption(values, 'heading'),
      headingLevel: integerOption(values, 'heading-level', 'render related'),
      limit: integerOption(values, 'limit', 'render related'),
      layout: stringOption(values, 'layout') as 'list' | 'grid' | undefined,
      lang: stringOption(values, 'lang'),
      theme: stringOption(values, 'theme') as Theme | undefined,
      nonce: stringOption(values, 'nonce'),
      stylesheets: stringOption(values, 'stylesheets'),
      onInvalid: (error, index) => skipped.push(`story ${index + 1} left out: ${error.message}`),
    });
    for (const message of skipped) report(io, `${program}: warning: ${displayName(file)}: ${message}\n`);
    return `${html}\n`;
  } catch (error) {
    if (error instanceof ssr.RenderInputError) throw new CliError(inputMessage(file, error.field, error.reason));
    throw error;
  }
}

async function embedCommand(command: 'oembed' | 'embed', args: string[], io: CliIO): Promise<string> {
  const parsed = parseCommand(command, args);
  if (parsed === undefined) return help[command];
  const { file, values } = parsed;
  const src = stringOption(values, 'src');
  const scriptUrl = stringOption(values, 'script-url');
  if (src === undefined)
    throw usageError(`${command}: --src <url> is required (the URL of the article's JSON)`, command);
  if (scriptUrl === undefined) {
    throw usageError(`${command}: --script-url <url> is required (the URL of article-widgets.js)`, command);
  }
  const format = stringOption(values, 'format') ?? 'script';
  if (format !== 'script' && format !== 'iframe') {
    throw new CliError(`--format: must be "script" or "iframe", not "${format}"`);
  }
  const base = stringOption(values, 'base');
  const article = articleFrom(await readData(file, io, 'article', base), file, base);
  try {
    if (command === 'embed') return `${embedCode(article, { src, scriptUrl, format, ...(base ? { base } : {}) })}\n`;
    const response = toOEmbed(article, {
      src,
      scriptUrl,
      format,
      maxwidth: integerOption(values, 'maxwidth', command),
      maxheight: integerOption(values, 'maxheight', command),
    });
    return `${JSON.stringify(response, null, 2)}\n`;
  } catch (error) {
    // embedCode and toOEmbed throw TypeErrors naming the option or field at fault.
    if (error instanceof TypeError) throw new CliError(optionNames(error.message));
    throw error;
  }
}

async function stylesCommand(args: string[], io: CliIO): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: commandOptions.styles, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(`styles: ${error instanceof Error ? error.message : String(error)}`, 'styles');
  }
  if (parsed.values.help === true) return help.styles;
  const [dir, ...extra] = parsed.positionals;
  if (extra.length > 0) throw usageError(`styles: one folder at most (also got ${extra.join(' ')})`, 'styles');
  const { elementStylesheets } = await import('./index.js');
  const sheets = elementStylesheets();
  if (dir !== undefined) {
    const folder = resolve(io.cwd ?? process.cwd(), dir);
    try {
      await mkdir(folder, { recursive: true });
      for (const sheet of sheets) await writeFile(join(folder, sheet.fileName), sheet.css);
    } catch (error) {
      throw new CliError(`${dir}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
    }
    report(io, `${program}: wrote ${sheets.map((sheet) => sheet.fileName).join(', ')} to ${dir}\n`);
  }
  return `style-src ${sheets.map((sheet) => sheet.hash).join(' ')}\n`;
}

function articleFrom(data: unknown, file: string, base: string | undefined): Article {
  if (base !== undefined && !URL.canParse(base)) throw new CliError(`--base: must be an absolute URL, not "${base}"`);
  const article = normalizeArticle(data, base === undefined ? {} : { base });
  if (article instanceof ArticleDataError)
    throw new CliError(inputMessage(file, `article.${article.field}`, article.reason));
  return article;
}

/** "card.json: article.headline: missing or empty", or "--layout: must be …" for options. */
function inputMessage(file: string, field: string, reason: string): string {
  if (field.startsWith('options.')) return `${flagName(field.slice('options.'.length))}: ${reason}`;
  const name = field === 'article.input' ? 'article' : field;
  return `${displayName(file)}: ${name}: ${oneLine(reason)}`;
}

/** One line per problem on stderr: JSON parse errors quote the text around them, newlines and all. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** `headingLevel` → `--heading-level`. */
function flagName(option: string): string {
  return `--${option.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** embedCode's and toOEmbed's messages name `src` and `scriptUrl`; here they are options. */
function optionNames(message: string): string {
  return message
    .replace(/^(?:embedCode|toOEmbed):\s*/, '')
    .replace(/^src\b/, '--src')
    .replace(/^scriptUrl\b/, '--script-url')
    .replace(/^embedPage\b/, '--script-url (its embed.html)');
}

function stringOption(values: Parsed['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function integerOption(values: Parsed['values'], name: string, command: string): number | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (!/^\s*\d+\s*$/.test(value))
    throw usageError(`${command}: --${name} must be a whole number, not "${value}"`, command);
  return Number(value);
}

function displayName(file: string): string {
  return file === '-' ? '(standard input)' : file;
}

/** A file's text, or its first `maxBytes + 1` bytes when it is larger: enough to refuse it. */
async function readCapped(path: string, maxBytes: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    // Read to the end rather than by the stated size: a file may grow, and /dev/zero has none.
    while (length <= maxBytes) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - length)), 0);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      length += bytesRead;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The text of `file`, or of standard input for `-`, refused past `MAX_INPUT_BYTES`. */
async function readInput(file: string, io: CliIO): Promise<string> {
  const name = displayName(file);
  let text: string;
  try {
    text =
      file === '-'
        ? await io.readStdin(MAX_INPUT_BYTES)
        : await readCapped(resolve(io.cwd ?? process.cwd(), file), MAX_INPUT_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new CliError(`${name}: cannot read: ${reason}`);
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    throw new CliError(`${name}: larger than ${MAX_INPUT_BYTES / 1_000_000} MB, the most ${program} reads`);
  }
  if (text.trim() === '') throw new CliError(`${name}: is empty`);
  return text;
}

/**
 * Reads `file` (or standard input for `-`) as JSON, or as an HTML page. A page gives its
 * article as `readPage` reads it (JSON-LD, then Open Graph and the other head tags), or, for
 * a list of stories, its JSON-LD blocks together, as the elements read a page's blocks.
 */
async function readData(
  file: string,
  io: CliIO,
  wanted: 'article' | 'stories',
  base: string | undefined,
): Promise<unknown> {
  const name = displayName(file);
  const text = await readInput(file, io);
  if (!looksLikeHtml(text)) {
    const parsed = parseJsonText(text);
    if ('error' in parsed) throw new CliError(`${name}: ${oneLine(parsed.error.reason)}`);
    return parsed.value;
  }
  const blockName = (block: { index: number; line: number }) => `JSON-LD block ${block.index + 1} (line ${block.line})`;
  const warn = (block: { index: number; line: number }, reason: string) =>
    report(io, `${program}: warning: ${name}: ${blockName(block)} ${oneLine(reason)}, left out\n`);
  if (wanted === 'article') {
    if (base !== undefined && !URL.canParse(base)) throw new CliError(`--base: must be an absolute URL, not "${base}"`);
    const article = readPage(text, { base, onInvalidBlock: (error, block) => warn(block, error.reason) });
    if (article instanceof ArticleDataError)
      throw new CliError(inputMessage(file, `article.${article.field}`, article.reason));
    return article;
  }
  const blocks = findJsonLdBlocks(text);
  if (blocks.length === 0) {
    throw new CliError(`${name}: an HTML page without a <script type="application/ld+json"> block`);
  }
  const values: unknown[] = [];
  const problems: { block: { index: number; line: number }; reason: string }[] = [];
  blocks.forEach((block, index) => {
    const parsed = parseJsonText(block.text);
    if ('error' in parsed) problems.push({ block: { index, line: block.line }, reason: parsed.error.reason });
    else values.push(parsed.value);
  });
  if (values.length === 0) {
    const list = problems.map((problem) => `${blockName(problem.block)} ${oneLine(problem.reason)}`);
    throw new CliError(`${name}: ${list.join('; ')}`);
  }
  for (const problem of problems) warn(problem.block, problem.reason);
  return values.length === 1 ? values[0] : values;
}

async function version(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        // Enough to refuse it: the rest is not read (or held in memory).
        if (length > maxBytes) break;
      }
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** Whether this module is the program itself (`node lib/ssr/cli.js`, or the .ts source via tsx). */
function isProgram(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isProgram()) await run();
