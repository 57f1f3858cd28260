import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { MAX_URL_LENGTH, checkUrl, safeUrl } from '../../../src/data/index.js';
import { checkUnresolvedUrl } from '../../../src/data/url.js';
import type { UrlKind } from '../../../src/data/index.js';

const base = 'https://publisher.example/news/';

function refused(value: unknown, error: RegExp, options?: { base?: string; kind?: UrlKind }): void {
  let result: ReturnType<typeof checkUrl> | undefined;
  assert.doesNotThrow(() => {
    result = checkUrl(value, options);
  });
  assert.ok(
    result && 'error' in result,
    `expected ${JSON.stringify(value)} to be refused, got ${JSON.stringify(result)}`,
  );
  assert.match(result.error, error);
  assert.equal(safeUrl(value, options), undefined);
}

describe('checkUrl', () => {
  test('http and https, normalized to URL.href', () => {
    assert.deepEqual(checkUrl('https://Example.COM/a b?q=1#x'), { url: 'https://example.com/a%20b?q=1#x' });
    assert.deepEqual(checkUrl('  http://example.com  '), { url: 'http://example.com/' });
    assert.deepEqual(checkUrl('HTTPS://example.com/', { kind: 'image' }), { url: 'https://example.com/' });
    assert.deepEqual(checkUrl('https://example.com/', { kind: 'email' }), { url: 'https://example.com/' });
  });

  test('a URL it gave out passes again, for any kind and base, without being parsed again', () => {
    const given = checkUrl('HTTPS://Cards.example/a b', { kind: 'image' });
    assert.deepEqual(given, { url: 'https://cards.example/a%20b' });
    const Native = globalThis.URL;
    let parsed = 0;
    globalThis.URL = class extends Native {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        parsed += 1;
      }
    };
    try {
      const url = 'url' in given ? given.url : '';
      assert.deepEqual(checkUrl(url, { kind: 'link', base }), { url });
      assert.deepEqual(checkUrl(url, { kind: 'email' }), { url });
      assert.equal(parsed, 0);
      // Anything else is still checked: the same URL written differently, and refusals.
      assert.deepEqual(checkUrl(' https://cards.example/a%20b', { kind: 'image' }), { url });
      assert.equal(parsed, 1);
      refused('javascript:alert(1)', /javascript: URLs are not allowed/);
    } finally {
      globalThis.URL = Native;
    }
  });

  test('relative and protocol-relative URLs resolve against the base', () => {
    assert.deepEqual(checkUrl('story.html', { base }), { url: 'https://publisher.example/news/story.html' });
    assert.deepEqual(checkUrl('/images/a.jpg', { base, kind: 'image' }), {
      url: 'https://publisher.example/images/a.jpg',
    });
    assert.deepEqual(checkUrl('//cdn.example/a.png', { base: 'http://site.example/' }), {
      url: 'http://cdn.example/a.png',
    });
    assert.deepEqual(checkUrl('?page=2', { base }), { url: 'https://publisher.example/news/?page=2' });
  });

  test('without a base, relative URLs are refused; protocol-relative ones are read as https', () => {
    refused('story.html', /^relative URL without a base$/);
    refused('/images/a.jpg', /^relative URL without a base$/);
    assert.deepEqual(checkUrl('//asset.example/logo.png'), { url: 'https://asset.example/logo.png' });
  });

  test('script URLs are refused however they are written', () => {
    for (const value of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\u0000script:alert(1)',
      '\u001fjavascript:alert(1)',
      'javascript\u007f:alert(1)',
    ]) {
      for (const kind of ['link', 'image', 'email'] as const) {
        refused(value, /^javascript: URLs are not allowed$/, { kind, base });
      }
    }
    refused('vbscript:msgbox(1)', /^vbscript: URLs are not allowed$/);
  });

  test('other schemes are refused, naming the scheme', () => {
    refused('file:///etc/passwd', /^file: URLs are not allowed$/);
    refused('blob:https://example.com/uuid', /^blob: URLs are not allowed$/, { kind: 'image' });
    refused('ftp://example.com/a', /^ftp: URLs are not allowed$/);
    refused('about:blank', /^about: URLs are not allowed$/);
    refused('ws://example.com/', /^ws: URLs are not allowed$/);
    refused('intent://scan/#Intent;scheme=zxing;end', /^intent: URLs are not allowed$/);
    refused('C:\\Windows\\win.ini', /^c: URLs are not allowed$/, { base });
  });

  test('mailto: only for email', () => {
    assert.deepEqual(checkUrl('mailto:?subject=Hi&body=https%3A%2F%2Fx.example', { kind: 'email' }), {
      url: 'mailto:?subject=Hi&body=https%3A%2F%2Fx.example',
    });
    refused('mailto:a@b.example', /^mailto: URLs are only allowed for email$/);
    refused('mailto:a@b.example', /^mailto:/, { kind: 'image' });
  });

  test('data: only for images of the listed types', () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif', 'svg+xml']) {
      const url = `data:image/${type};base64,AAAA`;
      assert.deepEqual(checkUrl(url, { kind: 'image' }), { url });
    }
    assert.deepEqual(checkUrl('DATA:IMAGE/PNG,x', { kind: 'image' }), { url: 'data:IMAGE/PNG,x' });
    refused('data:text/html,<script>alert(1)</script>', /^data: URLs must be .*not "text\/html"$/, { kind: 'image' });
    refused('data:text/html;base64,PHNjcmlwdD4=', /^data: URLs are only allowed for images$/);
    refused('data:image/png;base64,AAAA', /^data: URLs are only allowed for images$/);
    refused('data:,hello', /not "text\/plain"/, { kind: 'image' });
    refused('data:application/xhtml+xml,x', /application\/xhtml\+xml/, { kind: 'image' });
    refused(' da\tta:text/html,x', /^data:/, { kind: 'image' });
  });

  test('length limit, empty values and wrong types', () => {
    const long = `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`;
    refused(long, new RegExp(`^longer than ${MAX_URL_LENGTH} characters$`));
    const fits = `https://example.com/${'a'.repeat(MAX_URL_LENGTH - 20)}`;
    assert.deepEqual(checkUrl(fits), { url: fits });
    refused('', /^empty$/);
    refused(' \t\n', /^empty$/);
    for (const value of [undefined, null, 42, {}, [], ['https://example.com/'], new URL('https://example.com/')]) {
      refused(value, /^expected a string, got /);
    }
  });

  test('malformed URLs and bad bases', () => {
    refused('https://', /^not a valid URL$/);
    refused('http://exa mple.com/', /^not a valid URL$/);
    refused('a.jpg', /base that is not an http\(s\) URL/, { base: 'javascript:alert(1)//' });
    refused('a.jpg', /base that is not an http\(s\) URL/, { base: 'not a url' });
    refused('a.jpg', /base that is not an http\(s\) URL/, { base: 'file:///tmp/' });
  });
});

describe('safeUrl', () => {
  test('the URL or undefined', () => {
    assert.equal(safeUrl('https://example.com'), 'https://example.com/');
    assert.equal(safeUrl('/a', { base }), 'https://publisher.example/a');
    assert.equal(safeUrl('javascript:alert(1)'), undefined);
    assert.equal(safeUrl(null), undefined);
  });
});

describe('checkUnresolvedUrl (server rendering: no document to resolve against)', () => {
  test('absolute URLs normalized, relative ones kept as written', () => {
    assert.deepEqual(checkUnresolvedUrl('https://Example.com/a b'), { url: 'https://example.com/a%20b' });
    assert.deepEqual(checkUnresolvedUrl('  img/a.jpg\n', 'image'), { url: 'img/a.jpg' });
    assert.deepEqual(checkUnresolvedUrl('/a?b#c'), { url: '/a?b#c' });
    assert.deepEqual(checkUnresolvedUrl('data:image/png;base64,AAAA', 'image'), { url: 'data:image/png;base64,AAAA' });
    assert.ok('error' in checkUnresolvedUrl('data:image/png;base64,AAAA', 'link'));
    assert.ok('error' in checkUnresolvedUrl(' java\tscript:alert(1)'));
    assert.ok('error' in checkUnresolvedUrl(42));
  });

  test('the URL written is the URL checked: no JavaScript trimming of Unicode spaces', () => {
    // The URL parser keeps U+FEFF and U+00A0 (a relative path); String#trim would drop them
    // and leave "javascript:…" in the HTML.
    for (const space of ['\ufeff', '\u00a0', '\u2028', '\u3000']) {
      const result = checkUnresolvedUrl(`${space}javascript:alert(1)${space}`, 'image');
      assert.ok('url' in result);
      assert.equal(result.url, `${space}javascript:alert(1)${space}`);
      assert.equal(new URL(result.url, 'https://page.example/').protocol, 'https:');
    }
  });
});
