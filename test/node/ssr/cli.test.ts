/**
 * The `article-widgets` command: each command's output, --help, input as JSON, JSON-LD, an
 * HTML page or standard input, and every error reported on stderr with the file and the
 * problem and a non-zero exit code. Mostly through `main()`; the last tests run the program.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { embedCode } from '../../../src/embed/embed-code.js';
import { MAX_INPUT_BYTES, escapeControls, main, type CliIO } from '../../../src/ssr/cli.js';
import { elementStylesheets, renderArticleCard } from '../../../src/ssr/index.js';
import { attribute, fixtures, parseRendered, textOf } from './helpers.js';

const seedPath = fileURLToPath(new URL('seed-article.json', fixtures));
const seedJsonLdPath = fileURLToPath(new URL('seed-article.jsonld', fixtures));
const relatedPath = fileURLToPath(new URL('related-stories.json', fixtures));
const realWorld = new URL('real-world/', fixtures);
const seed: unknown = JSON.parse(readFileSync(seedPath, 'utf8'));
const seedUrl =
  'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov';
const packageVersion = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const urls = ['--src', 'https://publisher.example/a.json', '--script-url', 'https://publisher.example/aw.js'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => stdin,
    cwd: directory,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A saved page holding JSON-LD blocks, as a CMS writes it. */
function page(...blocks: string[]): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Story</title>
<script>window.analytics = {"page": "<script>"};</script>
${blocks.map((block) => `<script type="application/ld+json">\n${block}\n</script>`).join('\n')}
</head><body><article><h1>Story</h1></article></body></html>`;
}

let directory: string;
before(() => {
  directory = mkdtempSync(join(tmpdir(), 'aw-cli-'));
  writeFileSync(join(directory, 'seed.html'), page(readFileSync(seedJsonLdPath, 'utf8')));
  writeFileSync(join(directory, 'broken.json'), '{"url": "https://a.example/", "headline": ');
  writeFileSync(join(directory, 'no-headline.json'), '{"url": "https://a.example/"}');
  writeFileSync(join(directory, 'empty.json'), '  \n');
  writeFileSync(join(directory, 'no-blocks.html'), '<!doctype html><p>No data here</p>');
  writeFileSync(join(directory, 'bad-blocks.html'), page('{"@type": "NewsArticle",}', '// nothing'));
  writeFileSync(
    join(directory, 'mixed-blocks.html'),
    page('{"@type": "NewsArticle",}', readFileSync(seedJsonLdPath, 'utf8')),
  );
});
after(() => rmSync(directory, { recursive: true, force: true }));

describe('help and version', () => {
  test('lists the commands without arguments, with --help and with help', async () => {
    for (const args of [[], ['--help'], ['-h'], ['help']]) {
      const result = await run(args);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, /^Usage: article-widgets <command>/);
      assert.match(result.stdout, /render card <file>/);
      assert.match(result.stdout, /oembed <file>/);
      assert.equal(result.stderr, '');
    }
  });

  test('has a --help for each command', async () => {
    const cases: [string[], RegExp][] = [
      [['render', 'card', '--help'], /render card <file\|-> \[options\][\s\S]*--layout[\s\S]*--heading-level/],
      [['render', 'related', '-h'], /render related <file\|->[\s\S]*--limit/],
      [['render', '--help'], /render card <file>[\s\S]*render related <file>/],
      [['oembed', '--help'], /oembed <file\|-> --src <url> --script-url <url>[\s\S]*--maxwidth[\s\S]*--maxheight/],
      [['embed', '--help'], /embed <file\|-> --src <url> --script-url <url>[\s\S]*--format/],
      [['styles', '--help'], /styles \[dir\][\s\S]*--stylesheets/],
      [['render', 'card', '--help'], /--nonce <value>[\s\S]*--stylesheets <url>/],
      [['help', 'render', 'card'], /--layout/],
      [['help', 'oembed'], /--maxwidth/],
    ];
    for (const [args, usage] of cases) {
      const result = await run(args);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, usage, args.join(' '));
    }
  });

  test('prints the package version', async () => {
    assert.deepEqual(await run(['--version']), { code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });
});

describe('render card', () => {
  test('writes the same HTML as renderArticleCard, with the options', async () => {
    const result = await run([
      'render',
      'card',
      seedPath,
      '--layout',
      'row',
      '--lang',
      'fr',
      '--theme',
      'dark',
      '--heading-level',
      '2',
      '--target',
      '_blank',
    ]);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    const options = { layout: 'row', lang: 'fr', theme: 'dark', headingLevel: 2, target: '_blank' } as const;
    assert.equal(result.stdout, `${renderArticleCard(seed, options)}\n`);
  });

  test('reads JSON-LD, an HTML page and standard input', async () => {
    const fromJsonLd = await run(['render', 'card', seedJsonLdPath]);
    const fromPage = await run(['render', 'card', 'seed.html']);
    const fromStdin = await run(['render', 'card', '-'], readFileSync(seedJsonLdPath, 'utf8'));
    for (const result of [fromJsonLd, fromPage, fromStdin]) {
      assert.equal(result.code, 0, result.stderr);
      const { light } = parseRendered(result.stdout, 'aw-article-card');
      assert.equal(attribute(light[0]!, 'href'), seedUrl);
    }
    assert.equal(fromPage.stdout, fromJsonLd.stdout);
    assert.equal(fromStdin.stdout, fromJsonLd.stdout);
  });

  test('passes all JSON-LD blocks of a page together, leaving out those that do not parse', async () => {
    const nytimes = page(
      readFileSync(new URL('nytimes-1.json', realWorld), 'utf8'),
      readFileSync(new URL('nytimes-2.json', realWorld), 'utf8'),
    );
    writeFileSync(join(directory, 'nytimes.html'), nytimes);
    const result = await run(['render', 'card', 'nytimes.html']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /"publisher":\{"name":"The New York Times"/);

    const mixed = await run(['render', 'card', 'mixed-blocks.html']);
    assert.equal(mixed.code, 0);
    assert.match(
      mixed.stderr,
      /^article-widgets: warning: mixed-blocks\.html: JSON-LD block 1 \(line 4\) not valid JSON/,
    );
    assert.match(mixed.stdout, /^<aw-article-card /);
  });

  test('renders every real-world block saved in a page, or names the file and the problem', async () => {
    const names = readdirSync(realWorld).filter((name) => name.endsWith('.json') || name.endsWith('.invalid.txt'));
    let cards = 0;
    for (const name of names) {
      const text = readFileSync(new URL(name, realWorld), 'utf8');
      const file = `${name}.html`;
      writeFileSync(join(directory, file), page(name.endsWith('.json') ? text.replaceAll('</', '<\\/') : text));
      const result = await run(['render', 'card', file]);
      if (result.code === 0) {
        cards += 1;
        assert.match(
          result.stdout,
          /^<aw-article-card lang="[^"]+"><template shadowroot="open" shadowrootmode="open">/,
        );
        assert.equal(result.stderr, '');
      } else {
        assert.equal(result.code, 1, name);
        assert.equal(result.stdout, '');
        // A block that does not parse is a warning; then the error: the page has no URL of its own.
        const lines = result.stderr.trimEnd().split('\n');
        for (const warning of lines.slice(0, -1)) assert.match(warning, /^article-widgets: warning: .* not valid JSON/);
        assert.ok(lines.at(-1)!.startsWith(`article-widgets: ${file}: article.url: missing`), result.stderr);
      }
    }
    // The 41 blocks the data layer reads, and none of the 7 published as invalid JSON.
    assert.equal(cards, 41);
  });

  test('reports unreadable and unusable input with the file name and exit code 1', async () => {
    const cases: [string, RegExp][] = [
      ['missing.json', /^article-widgets: missing\.json: cannot read: no such file\n$/],
      ['.', /^article-widgets: \.: cannot read: is a directory\n$/],
      ['broken.json', /^article-widgets: broken\.json: not valid JSON: /],
      ['no-headline.json', /^article-widgets: no-headline\.json: article\.headline: missing/],
      ['empty.json', /^article-widgets: empty\.json: is empty\n$/],
      [
        'no-blocks.html',
        /^article-widgets: no-blocks\.html: article\.headline: missing: the page has no JSON-LD, no og:title and no <title>\n$/,
      ],
      [
        'bad-blocks.html',
        /^article-widgets: warning: bad-blocks\.html: JSON-LD block 1 \(line 4\) not valid JSON.*, left out\narticle-widgets: warning: bad-blocks\.html: JSON-LD block 2 \(line 7\) not valid JSON: .*, left out\narticle-widgets: bad-blocks\.html: article\.url: missing: the page has no JSON-LD that parses, no canonical link or og:url, and no base URL\n$/,
      ],
    ];
    for (const [file, message] of cases) {
      const result = await run(['render', 'card', file]);
      assert.equal(result.code, 1, file);
      assert.equal(result.stdout, '', file);
      assert.match(result.stderr, message, file);
    }
    const stdin = await run(['render', 'card', '-'], '{"headline": "x"}');
    assert.match(stdin.stderr, /^article-widgets: \(standard input\): article\.url: missing/);
  });

  test('names the option for values it cannot use (1) and for a wrong command line (2)', async () => {
    const cases: [string[], number, RegExp][] = [
      [
        ['--layout', 'grid'],
        1,
        /^article-widgets: --layout: must be "stack", "row", "compact", "overlay", not "grid"\n$/,
      ],
      [['--theme', 'blue'], 1, /^article-widgets: --theme: must be/],
      [['--heading-level', '9'], 1, /^article-widgets: --heading-level: must be an integer from 2 to 6, not 9\n$/],
      [
        ['--heading-level', 'two'],
        2,
        /--heading-level must be a whole number, not "two"\nRun "article-widgets render card --help"/,
      ],
      [['--base', 'relative/'], 1, /^article-widgets: --base: must be an absolute URL/],
      [['--colour', 'red'], 2, /^article-widgets: render card: Unknown option '--colour'/],
      [['second.json'], 2, /one file at a time \(also got second\.json\)/],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(['render', 'card', seedPath, ...args]);
      assert.equal(result.code, code, args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
      assert.equal(result.stdout, '');
    }
    const noFile = await run(['render', 'card']);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /which file\?/);
  });
});

describe('render related', () => {
  test('writes the list, with limit and heading', async () => {
    const result = await run([
      'render',
      'related',
      relatedPath,
      '--limit',
      '2',
      '--heading',
      'Read more',
      '--layout',
      'grid',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const { host, light } = parseRendered(result.stdout, 'aw-related-stories');
    assert.equal(attribute(host, 'heading'), 'Read more');
    assert.equal(attribute(host, 'layout'), 'grid');
    assert.equal(textOf(light[0]!).length > 0, true);
    assert.equal(light[0]!.childNodes.length, 2, 'two stories in the fallback list');
  });

  test('warns about the stories it leaves out', async () => {
    writeFileSync(
      join(directory, 'some-bad.json'),
      JSON.stringify([{ url: 'https://a.example/1', headline: 'One' }, { headline: 'No URL' }]),
    );
    const result = await run(['render', 'related', 'some-bad.json']);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'article-widgets: warning: some-bad.json: story 2 left out: url: missing\n');
  });

  test('reports input that is no list of stories', async () => {
    const result = await run(['render', 'related', seedPath]);
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /seed-article\.json: stories: expected an array, \{ "stories": \[\.\.\.\] \} or an ItemList/,
    );
    const limit = await run(['render', 'related', relatedPath, '--limit', '0']);
    assert.equal(limit.code, 1);
    assert.match(limit.stderr, /^article-widgets: --limit: must be a positive integer, not 0\n$/);
  });
});

describe('styles', () => {
  test('prints the CSP hash sources of the inline styles', async () => {
    const result = await run(['styles']);
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout,
      `style-src ${elementStylesheets()
        .map((sheet) => sheet.hash)
        .join(' ')}\n`,
    );
    assert.equal(result.stderr, '');
  });

  test('writes the stylesheets to a folder', async () => {
    const result = await run(['styles', 'out/styles']);
    assert.equal(result.code, 0, result.stderr);
    const folder = join(directory, 'out/styles');
    assert.deepEqual(
      readdirSync(folder).sort(),
      elementStylesheets()
        .map((sheet) => sheet.fileName)
        .sort(),
    );
    for (const sheet of elementStylesheets())
      assert.equal(readFileSync(join(folder, sheet.fileName), 'utf8'), sheet.css);
    assert.match(result.stderr, /wrote aw-article-card\.css, .* to out\/styles/);
  });

  test('render card and related take --nonce and --stylesheets', async () => {
    const linked = await run(['render', 'card', seedPath, '--stylesheets', '/aw/']);
    assert.equal(linked.code, 0, linked.stderr);
    assert.match(linked.stdout, /<link rel="stylesheet" href="\/aw\/aw-article-card\.css">/);
    assert.doesNotMatch(linked.stdout, /<style/);
    const nonced = await run(['render', 'related', relatedPath, '--nonce', 'abc123']);
    assert.equal(nonced.code, 0, nonced.stderr);
    assert.match(nonced.stdout, /<style nonce="abc123">/);
    const bad = await run(['render', 'card', seedPath, '--nonce', 'a b']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--nonce: must be base64 characters/);
  });
});

describe('oembed', () => {
  test('writes an oEmbed 1.0 rich response within maxwidth', async () => {
    const result = await run(['oembed', seedJsonLdPath, ...urls, '--maxwidth', '400', '--maxheight', '900']);
    assert.equal(result.code, 0, result.stderr);
    const response = JSON.parse(result.stdout) as Record<string, unknown>;
    assert.equal(response.type, 'rich');
    assert.equal(response.version, '1.0');
    assert.equal(response.width, 400);
    assert.equal(response.provider_name, 'Euronews');
    assert.match(String(response.html), /^<aw-article-card src="https:\/\/publisher\.example\/a\.json">/);
    assert.match(String(response.html), /<script type="module" src="https:\/\/publisher\.example\/aw\.js"><\/script>$/);
  });

  test('requires --src and --script-url, and checks them and the numbers', async () => {
    const cases: [string[], number, RegExp][] = [
      [['--script-url', 'https://a.example/aw.js'], 2, /oembed: --src <url> is required/],
      [['--src', 'https://a.example/a.json'], 2, /oembed: --script-url <url> is required/],
      [[...urls, '--maxwidth', 'wide'], 2, /--maxwidth must be a whole number, not "wide"/],
      [
        ['--src', 'javascript:alert(1)', '--script-url', 'https://a.example/aw.js'],
        1,
        /^article-widgets: --src must be an http\(s\) URL/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(['oembed', seedPath, ...args]);
      assert.equal(result.code, code, args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
    }
  });
});

describe('embed', () => {
  test('writes the embed snippet, as a script or an iframe', async () => {
    const options = { src: 'https://publisher.example/a.json', scriptUrl: 'https://publisher.example/aw.js' };
    const script = await run(['embed', seedPath, ...urls]);
    assert.deepEqual(script, { code: 0, stdout: `${embedCode(seed, options)}\n`, stderr: '' });
    const iframe = await run(['embed', 'seed.html', ...urls, '--format', 'iframe']);
    assert.equal(iframe.code, 0, iframe.stderr);
    // Each iframe snippet carries a new random secret for its resizer.
    const secret = (text: string) => text.replace(/#aw-secret=[0-9a-f]+/, '#aw-secret=…');
    assert.equal(secret(iframe.stdout), secret(`${embedCode(seed, { ...options, format: 'iframe' })}\n`));
    assert.match(iframe.stdout, /^<iframe [^>]*src="https:\/\/publisher\.example\/embed\.html\?src=/);
  });

  test('reports a bad format, data and URLs', async () => {
    const format = await run(['embed', seedPath, ...urls, '--format', 'amp']);
    assert.equal(format.code, 1);
    assert.match(format.stderr, /^article-widgets: --format: must be "script" or "iframe", not "amp"\n$/);
    const data = await run(['embed', 'no-headline.json', ...urls]);
    assert.equal(data.code, 1);
    assert.match(data.stderr, /^article-widgets: no-headline\.json: article\.headline: missing/);
    const script = await run([
      'embed',
      seedPath,
      '--src',
      'https://a.example/a.json',
      '--script-url',
      'ftp://a.example/aw.js',
    ]);
    assert.equal(script.code, 1);
    assert.match(script.stderr, /^article-widgets: --script-url must be an http\(s\) URL/);
  });
});

describe('article pages', () => {
  const realPages = new URL('real-pages/', fixtures);
  const pagePath = (name: string) => fileURLToPath(new URL(`${name}/head.html`, realPages));

  test('reads a page by its Open Graph tags, in the language <html lang> declares', async () => {
    const result = await run(['render', 'card', pagePath('folha'), '--base', 'https://www1.folha.uol.com.br/']);
    assert.equal(result.code, 0, result.stderr);
    const { host, light } = parseRendered(result.stdout, 'aw-article-card');
    assert.equal(attribute(host, 'lang'), 'pt-BR');
    assert.equal(
      attribute(light[0]!, 'href'),
      'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml',
    );
    assert.equal(textOf(light[0]!), 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012');
  });

  test('oembed and embed read pages the same way', async () => {
    const embed = await run(['embed', pagePath('liberation-1'), ...urls]);
    assert.equal(embed.code, 0, embed.stderr);
    assert.match(embed.stdout, /<a href="http:\/\/www\.liberation\.fr\/monde\/2015\/04\/30\/un-troisieme/);
    const oembed = await run(['oembed', pagePath('guardian-1'), ...urls]);
    assert.equal(oembed.code, 0, oembed.stderr);
    const response = JSON.parse(oembed.stdout) as { title: string; author_name: string };
    assert.match(response.title, /^'What is the sea telling us\?'/);
    assert.equal(response.author_name, 'Eleanor Ainge Roy');
  });

  test('a page without a URL of its own takes --base', async () => {
    writeFileSync(join(directory, 'bare.html'), '<html lang="fr"><title>Un titre</title><p>Texte</p>');
    const without = await run(['render', 'card', 'bare.html']);
    assert.equal(without.code, 1);
    assert.match(without.stderr, /bare\.html: article\.url: missing: the page has no JSON-LD, no canonical link/);
    const withBase = await run(['render', 'card', 'bare.html', '--base', 'https://news.example/un-titre']);
    assert.equal(withBase.code, 0, withBase.stderr);
    const { host, light } = parseRendered(withBase.stdout, 'aw-article-card');
    assert.equal(attribute(host, 'lang'), 'fr');
    assert.equal(attribute(light[0]!, 'href'), 'https://news.example/un-titre');
  });
});

// Control characters that must never reach the terminal as they are (tab and newline are ours).
// eslint-disable-next-line no-control-regex
const rawControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

describe('hostile input', () => {
  test('refuses files and standard input over 10 MB, without reading them whole', async () => {
    const big = join(directory, 'big.json');
    writeFileSync(big, `{"headline": "${'x'.repeat(MAX_INPUT_BYTES)}"}`);
    const file = await run(['render', 'card', 'big.json']);
    assert.equal(file.code, 1);
    assert.equal(file.stderr, 'article-widgets: big.json: larger than 10 MB, the most article-widgets reads\n');
    let asked: number | undefined;
    const stdin = await main(['render', 'card', '-'], {
      stdout: () => undefined,
      stderr: (text) => assert.match(text, /^article-widgets: \(standard input\): larger than 10 MB/),
      readStdin: async (maxBytes) => {
        asked = maxBytes;
        return 'x'.repeat(maxBytes + 1);
      },
    });
    assert.equal(stdin, 1);
    assert.equal(asked, MAX_INPUT_BYTES);
  });

  test('a device that never ends is refused at the cap', async () => {
    const result = await run(['render', 'card', '/dev/zero']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^article-widgets: \/dev\/zero: larger than 10 MB/);
  });

  test('prints the control characters of its input escaped, never as they are', async () => {
    writeFileSync(join(directory, 'escape.json'), '{"a":\u001b]0;PWNED\u0007}');
    const result = await run(['render', 'card', 'escape.json']);
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stderr, rawControls);
    assert.match(result.stderr, /\\x1b/);
    writeFileSync(
      join(directory, 'escape.html'),
      '<title>\u001b[31mRed\u202e</title><script type="application/ld+json">{,\u0007</script>',
    );
    const page = await run(['render', 'card', 'escape.html']);
    assert.equal(page.code, 1);
    assert.doesNotMatch(page.stderr, rawControls);
    assert.equal(
      escapeControls('tab\tand\nnewline stay; \u009b and \u2066 do not'),
      'tab\tand\nnewline stay; \\x9b and \\u2066 do not',
    );
  });
});

describe('the command line', () => {
  test('reports unknown commands and kinds with exit code 2', async () => {
    const command = await run(['draw', seedPath]);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /^article-widgets: unknown command "draw"\nRun "article-widgets --help"/);
    const kind = await run(['render', 'gallery', seedPath]);
    assert.equal(kind.code, 2);
    assert.match(kind.stderr, /render: unknown kind "gallery" \(card or related\)/);
  });

  const cli = fileURLToPath(new URL('../../../src/ssr/cli.ts', import.meta.url));
  const node = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', input, timeout: 60_000 });

  test('runs as a program: output on stdout, exit code 0', () => {
    const result = node(['render', 'card', seedPath, '--layout', 'compact']);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${renderArticleCard(seed, { layout: 'compact' })}\n`);
  });

  test('runs as a program: reads standard input, reports errors on stderr with exit code 1', () => {
    const piped = node(['embed', '-', ...urls], readFileSync(seedPath, 'utf8'));
    assert.equal(piped.status, 0, piped.stderr);
    assert.match(piped.stdout, /^<aw-article-card src=/);
    const failed = node(['render', 'card', 'does-not-exist.json']);
    assert.equal(failed.status, 1);
    assert.equal(failed.stdout, '');
    assert.equal(failed.stderr, 'article-widgets: does-not-exist.json: cannot read: no such file\n');
  });
});
