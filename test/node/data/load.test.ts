import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';

import {
  ArticleDataError,
  LoadError,
  loadArticle,
  loadJson,
  loadStories,
  readInlineJson,
  isPrivateAddress,
  refusePrivateAddresses,
} from '../../../src/data/index.js';
import type { LoadErrorKind } from '../../../src/data/index.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const seedArticle = readFileSync(new URL('seed-article.json', fixtures), 'utf8');
const seedJsonLd = readFileSync(new URL('seed-article.jsonld', fixtures), 'utf8');
const relatedStories = readFileSync(new URL('related-stories.json', fixtures), 'utf8');
const folhaPage = readFileSync(new URL('real-pages/folha/head.html', fixtures), 'utf8');

const requests: { url: string; headers: IncomingHttpHeaders }[] = [];
const openResponses = new Set<ServerResponse>();

function send(response: ServerResponse, status: number, type: string | undefined, body: string): void {
  response.writeHead(status, type === undefined ? {} : { 'content-type': type });
  response.end(body);
}

const server = createServer((request, response) => {
  requests.push({ url: request.url ?? '', headers: request.headers });
  switch (request.url) {
    case '/article.json':
      return send(response, 200, 'application/json; charset=utf-8', seedArticle);
    case '/articles/seed.jsonld':
      return send(response, 200, 'application/ld+json', seedJsonLd);
    case '/api.json':
      return send(response, 200, 'application/vnd.api+json', '{"data": []}');
    case '/stories.json':
      return send(response, 200, 'application/json', relatedStories);
    case '/missing':
      return send(response, 404, 'application/json', '{"error": "not found"}');
    case '/gone':
      return send(response, 410, 'text/html', '<h1>Gone</h1>');
    case '/broken':
      return send(response, 500, 'application/json', '{}');
    case '/page.html':
      return send(response, 200, 'text/html; charset=utf-8', '<!doctype html><title>Not JSON</title>');
    case '/no-type':
      return send(response, 200, undefined, '{}');
    case '/invalid.json':
      return send(response, 200, 'application/json', '{"headline": "x",}');
    case '/not-article.json':
      return send(response, 200, 'application/json', '{"@type": "Organization", "name": "X"}');
    case '/bom.json':
      return send(response, 200, 'application/json', `\uFEFF${seedArticle}`);
    case '/declared-large':
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000000' });
      response.write('{"a":"');
      openResponses.add(response);
      return;
    case '/streamed-large': {
      // No Content-Length: the size is only known while reading.
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 40) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end('"]');
      };
      response.write('["');
      response.on('error', () => undefined);
      pump();
      return;
    }
    case '/slow-body':
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"headline": ');
      openResponses.add(response);
      return;
    case '/slow-headers':
      openResponses.add(response);
      return;
    case '/redirect':
      response.writeHead(302, { location: '/articles/seed.jsonld' });
      response.end();
      return;
    case '/pages/folha':
      return send(response, 200, 'text/html; charset=utf-8', folhaPage);
    case '/pages/latin-1':
      // Declared by the Content-Type; "é" is one byte, 0xE9.
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      response.end(Buffer.from('<title>Caf\xe9 cr\xe8me</title><link rel="canonical" href="/caf%C3%A9">', 'latin1'));
      return;
    case '/pages/meta-charset':
      // Declared by <meta charset> in the first 1024 bytes.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(Buffer.from('<meta charset="iso-8859-1"><title>na\xefve</title>', 'latin1'));
      return;
    case '/pages/endless-body':
      // The head has the metadata: the reader stops there, whatever the body does.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html lang="fr"><head><meta property="og:title" content="Titre"></head><body>');
      openResponses.add(response);
      return;
    case '/pages/json-ld-at-the-end':
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(
        `<html><head><title>Plain title</title></head><body>${'<p>text</p>'.repeat(2000)}` +
          '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From the body","url":"/x"}</script></body></html>',
      );
      return;
    case '/pages/huge':
      // A head that never ends: the reader stops at maxPageBytes and reads what it has.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<title>Huge</title>${'<meta name="x" content="y">'.repeat(100_000)}`);
      return;
    case '/pages/no-article':
      return send(response, 200, 'text/html', '<p>No title, no tags</p>');
    case '/deep.json':
      return send(response, 200, 'application/json', '['.repeat(100_000) + ']'.repeat(100_000));
    default:
      return send(response, 404, 'text/plain', 'no such fixture');
  }
});

let origin = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const response of openResponses) response.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

async function rejection(promise: Promise<unknown>, kind: LoadErrorKind): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof LoadError, `expected a LoadError, got ${String(error)}`);
    assert.equal(error.name, 'LoadError');
    assert.equal(error.kind, kind, error.message);
    return error;
  }
  assert.fail(`expected a ${kind} LoadError`);
}

describe('loadJson', () => {
  test('200 with application/json', async () => {
    assert.deepEqual(await loadJson(`${origin}/article.json`), JSON.parse(seedArticle));
  });

  test('application/ld+json and any +json type are JSON', async () => {
    assert.deepEqual(await loadJson(`${origin}/articles/seed.jsonld`), JSON.parse(seedJsonLd));
    assert.deepEqual(await loadJson(`${origin}/api.json`), { data: [] });
  });

  test('asks for JSON and sends no credentials', async () => {
    requests.length = 0;
    await loadJson(`${origin}/article.json`);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.headers.accept, 'application/json, application/ld+json;q=0.9');
    assert.equal(requests[0]!.headers.cookie, undefined);

    const calls: RequestInit[] = [];
    const spy: typeof fetch = async (input, init) => {
      calls.push(init ?? {});
      return fetch(input, init);
    };
    await loadJson(`${origin}/article.json`, { fetch: spy });
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.credentials, 'omit');
    assert.deepEqual(calls[0]!.headers, { accept: 'application/json, application/ld+json;q=0.9' });
    assert.ok(calls[0]!.signal instanceof AbortSignal);
  });

  test('404 and 500 are http errors with their status', async () => {
    const missing = await rejection(loadJson(`${origin}/missing`), 'http');
    assert.equal(missing.status, 404);
    assert.equal(missing.url, `${origin}/missing`);
    assert.equal((await rejection(loadJson(`${origin}/broken`), 'http')).status, 500);
  });

  test('410 Gone is an http error with status 410', async () => {
    const gone = await rejection(loadJson(`${origin}/gone`), 'http');
    assert.equal(gone.status, 410);
    assert.match(gone.message, /410/);
  });

  test('a page that is not JSON', async () => {
    await rejection(loadJson(`${origin}/page.html`), 'not-json');
    await rejection(loadJson(`${origin}/no-type`), 'not-json');
  });

  test('invalid JSON with a JSON content type', async () => {
    const error = await rejection(loadJson(`${origin}/invalid.json`), 'not-json');
    assert.ok(error.cause instanceof SyntaxError);
  });

  test('a byte-order mark is not an error', async () => {
    assert.deepEqual(await loadJson(`${origin}/bom.json`), JSON.parse(seedArticle));
  });

  test('too large: by Content-Length before reading, and while streaming', async () => {
    await rejection(loadJson(`${origin}/declared-large`), 'too-large');
    await rejection(loadJson(`${origin}/streamed-large`), 'too-large');
    await rejection(loadJson(`${origin}/article.json`, { maxBytes: 100 }), 'too-large');
    const whole = await loadJson(`${origin}/streamed-large`, { maxBytes: 10_000_000 });
    assert.ok(Array.isArray(whole) && (whole[0] as string).length === 40 * 64 * 1024);
  });

  test('a body that never finishes times out', async () => {
    const started = Date.now();
    const error = await rejection(loadJson(`${origin}/slow-body`, { timeout: 150 }), 'timeout');
    assert.ok(Date.now() - started < 5000);
    assert.match(error.message, /150 ms/);
    await rejection(loadJson(`${origin}/slow-headers`, { timeout: 150 }), 'timeout');
  });

  test("the caller's signal aborts", async () => {
    const controller = new AbortController();
    const pending = loadJson(`${origin}/slow-body`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await rejection(pending, 'aborted');
    await rejection(loadJson(`${origin}/article.json`, { signal: AbortSignal.abort() }), 'aborted');
  });

  test('redirects are followed', async () => {
    assert.deepEqual(await loadJson(`${origin}/redirect`), JSON.parse(seedJsonLd));
  });

  test('a connection that fails is a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await rejection(loadJson(`http://127.0.0.1:${port}/`), 'network');
    const throwing: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await rejection(loadJson(`${origin}/article.json`, { fetch: throwing }), 'network');
  });

  test('unsafe URLs are refused before any request', async () => {
    requests.length = 0;
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:application/json,{}',
      '/relative.json',
      42 as unknown as string,
    ]) {
      const error = await rejection(loadJson(url), 'invalid-data');
      assert.ok(error.cause instanceof ArticleDataError);
      assert.equal(error.cause.field, 'src');
    }
    assert.equal(requests.length, 0);
  });
});

describe('loadArticle and loadStories', () => {
  test('our shape', async () => {
    const article = await loadArticle(`${origin}/article.json`);
    assert.equal(
      article.headline,
      "US 'will respond' if Russia 'acts recklessly' against Ukraine, Blinken tells Lavrov",
    );
    assert.equal(article.kind, 'video');
  });

  test('relative URLs resolve against the response URL, after redirects', async () => {
    const article = await loadArticle(`${origin}/redirect`);
    assert.equal(article.image?.src, `${origin}/images/blinken-lavrov-stockholm.jpg`);
    assert.equal(article.publisher?.logo, `${origin}/images/logo.png`);
    assert.equal(
      article.url,
      'https://publisher.example/2021/12/02/us-will-respond-if-russia-acts-recklessly-against-ukraine-blinken-tells-lavrov',
    );
  });

  test('data that is not an article is invalid-data, caused by the ArticleDataError', async () => {
    const error = await rejection(loadArticle(`${origin}/not-article.json`), 'invalid-data');
    assert.ok(error.cause instanceof ArticleDataError);
    assert.equal(error.cause.field, '@type');
    assert.equal(error.url, `${origin}/not-article.json`);
  });

  test('http errors pass through', async () => {
    assert.equal((await rejection(loadArticle(`${origin}/gone`), 'http')).status, 410);
  });

  test('stories', async () => {
    const stories = await loadStories(`${origin}/stories.json`);
    assert.deepEqual(
      stories.map((story) => story.headline),
      [
        'Biden and Putin to talk next week amid growing tensions over Ukraine',
        'Sweden says Russian warplane violated its airspace',
        'GPS jamming by Russia was already a concern. For the Nordic NATO countries, it may only get worse',
      ],
    );
    const error = await rejection(loadStories(`${origin}/not-article.json`), 'invalid-data');
    assert.ok(error.cause instanceof ArticleDataError);
    assert.equal(error.cause.field, 'stories');
  });
});

describe('HTML article pages', () => {
  test('loadArticle reads a page with readPage, asking for JSON first', async () => {
    requests.length = 0;
    const article = await loadArticle(`${origin}/pages/folha`);
    assert.equal(article.headline, 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012');
    assert.equal(article.lang, 'pt-BR');
    assert.match(
      requests[0]!.headers.accept ?? '',
      /^application\/json, application\/ld\+json;q=0\.9, text\/html;q=0\.8$/,
    );
    assert.equal(requests[0]!.headers.cookie, undefined);
  });

  test('loadJson and loadStories take JSON only, and loadArticle too with pages: false', async () => {
    const error = await rejection(loadJson(`${origin}/pages/folha`), 'not-json');
    assert.match(error.message, /^expected JSON, got text\/html/);
    await rejection(loadStories(`${origin}/pages/folha`), 'not-json');
    await rejection(loadArticle(`${origin}/pages/folha`, { pages: false }), 'not-json');
  });

  test('the charset of the Content-Type, else of <meta charset>', async () => {
    const latin = await loadArticle(`${origin}/pages/latin-1`);
    assert.deepEqual([latin.headline, latin.url], ['Café crème', `${origin}/caf%C3%A9`]);
    assert.equal((await loadArticle(`${origin}/pages/meta-charset`)).headline, 'naïve');
  });

  test('stops at the end of a head that has the metadata, and reads the body for JSON-LD when it has not', async () => {
    const article = await loadArticle(`${origin}/pages/endless-body`, { timeout: 5000 });
    assert.deepEqual([article.headline, article.lang, article.url], ['Titre', 'fr', `${origin}/pages/endless-body`]);
    assert.equal((await loadArticle(`${origin}/pages/json-ld-at-the-end`)).headline, 'From the body');
  });

  test('a page past maxPageBytes is cut, not refused', async () => {
    assert.equal((await loadArticle(`${origin}/pages/huge`, { maxPageBytes: 10_000 })).headline, 'Huge');
  });

  test('a page without an article is invalid-data, caused by the ArticleDataError', async () => {
    const error = await rejection(loadArticle(`${origin}/pages/no-article`), 'invalid-data');
    assert.ok(error.cause instanceof ArticleDataError);
    assert.equal(error.cause.field, 'headline');
  });

  test('JSON nested too deep for the parser is not-json', async () => {
    const error = await rejection(loadJson(`${origin}/deep.json`), 'not-json');
    assert.match(error.message, /nested more than 512 levels deep/);
  });
});

describe('checkHost: refusePrivateAddresses', () => {
  const refuse = { checkHost: refusePrivateAddresses };

  test('is off by default: a loopback URL loads', async () => {
    assert.ok(await loadJson(`${origin}/article.json`));
  });

  test('refuses loopback, private and link-local literals and localhost, before any request', async () => {
    requests.length = 0;
    for (const url of [
      `${origin}/article.json`,
      'http://localhost/a.json',
      'http://api.localhost./a.json',
      'http://10.1.2.3/a.json',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/a.json',
      'http://[::ffff:7f00:1]/a.json',
      'http://0x7f.1/a.json',
    ]) {
      const error = await rejection(loadJson(url, refuse), 'refused');
      assert.match(error.message, /^refused URL: /);
    }
    assert.equal(requests.length, 0);
  });

  test('resolves names with lookup and refuses any private answer', async () => {
    const lookup = async (host: string) =>
      host === 'private.example' ? ['93.184.216.34', '10.0.0.7'] : ['93.184.216.34'];
    const checkHost = (url: URL) => refusePrivateAddresses(url, lookup);
    const error = await rejection(loadJson('https://private.example/a.json', { checkHost }), 'refused');
    assert.match(error.message, /private\.example resolves to 10\.0\.0\.7/);
    const failing = async () => {
      throw new Error('ENOTFOUND');
    };
    await rejection(
      loadJson('https://nowhere.example/a.json', { checkHost: (url) => refusePrivateAddresses(url, failing) }),
      'refused',
    );
  });

  test('checks every redirect before following it', async () => {
    const lookup = async () => ['93.184.216.34'];
    const asked: string[] = [];
    const fetch = (async (url: string, init?: RequestInit) => {
      asked.push(url);
      assert.equal(init?.redirect, 'manual');
      if (url === 'https://public.example/a.json') {
        return new Response(null, { status: 302, headers: { location: 'https://public.example/b.json' } });
      }
      if (url === 'https://public.example/b.json') {
        return new Response(null, { status: 307, headers: { location: 'http://127.0.0.1:9/secret.json' } });
      }
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const checkHost = (url: URL) => refusePrivateAddresses(url, lookup);
    const error = await rejection(loadJson('https://public.example/a.json', { checkHost, fetch }), 'refused');
    assert.match(error.message, /127\.0\.0\.1 is not a public address/);
    assert.deepEqual(asked, ['https://public.example/a.json', 'https://public.example/b.json']);
  });
});

describe('isPrivateAddress', () => {
  test('the ranges that are not the public internet', () => {
    for (const address of [
      '0.0.0.0',
      '10.0.0.1',
      '100.64.0.1',
      '127.0.0.1',
      '169.254.169.254',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      '[::1]',
      '::ffff:10.0.0.1',
      '::ffff:a00:1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      'ff02::1',
      '2001:db8::1',
      'not an address',
    ]) {
      assert.equal(isPrivateAddress(address), true, address);
    }
    for (const address of [
      '93.184.216.34',
      '8.8.8.8',
      '172.32.0.1',
      '2606:4700::1111',
      '::ffff:5db8:d822',
      '2002:5db8:d822::',
    ]) {
      assert.equal(isPrivateAddress(address), false, address);
    }
  });
});

describe('readInlineJson', () => {
  // A stand-in for an element: readInlineJson only reads `children`, and each child's
  // localName, type attribute and textContent.
  const script = (type: string | null, text: string, localName = 'script') => ({
    localName,
    getAttribute: (name: string) => (name === 'type' ? type : null),
    textContent: text,
  });
  const host = (...children: unknown[]) => ({ children }) as unknown as Element;

  test('nothing to read', () => {
    assert.deepEqual(readInlineJson(host()), { found: false });
    assert.deepEqual(
      readInlineJson(
        host(script('text/javascript', '{}'), script(null, '{}'), script('application/json', '{}', 'template')),
      ),
      {
        found: false,
      },
    );
  });

  test('one block, and several blocks as an array', () => {
    assert.deepEqual(readInlineJson(host(script('application/ld+json', seedJsonLd))), {
      found: true,
      value: JSON.parse(seedJsonLd),
    });
    assert.deepEqual(
      readInlineJson(
        host(script('APPLICATION/JSON; charset=utf-8', '[1]'), script(' application/ld+json ', '<!--{"a": 2}-->')),
      ),
      {
        found: true,
        value: [[1], { a: 2 }],
      },
    );
  });

  test('a block that does not parse is an error naming json', () => {
    const result = readInlineJson(
      host(script('application/ld+json', '{"a": 1}'), script('application/json', '{oops}')),
    );
    assert.equal(result.found, true);
    assert.ok('error' in result && result.error instanceof ArticleDataError);
    assert.equal(result.error.field, 'json');
    assert.match(result.error.reason, /^not valid JSON: /);
  });
});
