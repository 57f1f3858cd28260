/**
 * The JSON-LD scanner the CLI uses on saved HTML pages: it finds exactly the ld+json script
 * blocks, as written, and is not fooled by comments, attributes or other scripts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import { findJsonLdBlocks, looksLikeHtml } from '../../../src/data/page-scan.js';
import { fixtures } from '../ssr/helpers.js';

const texts = (page: string) => findJsonLdBlocks(page).map((block) => block.text);

describe('findJsonLdBlocks', () => {
  test('finds each ld+json block in document order, with its line', () => {
    const page = `<!doctype html>
<html><head>
<script type="application/ld+json">{"a":1}</script>
<script src="/app.js"></script>
</head><body>
<script type='application/ld+json'>
  {"b":2}
</script></body></html>`;
    const blocks = findJsonLdBlocks(page);
    assert.deepEqual(
      blocks.map((block) => block.text),
      ['{"a":1}', '\n  {"b":2}\n'],
    );
    assert.deepEqual(
      blocks.map((block) => block.line),
      [3, 6],
    );
  });

  test('matches the type as browsers do: any case, unquoted, with parameters and spaces', () => {
    const page = [
      '<SCRIPT TYPE="Application/LD+JSON">1</SCRIPT>',
      '<script type=application/ld+json>2</script >',
      '<script type=" application/ld+json; charset=utf-8 ">3</script>',
      '<script data-x="a>b" type="application/ld+json">4</script>',
      '<script\ntype="application/ld+json"\n>5</script\n>',
    ].join('\n');
    assert.deepEqual(texts(page), ['1', '2', '3', '4', '5']);
  });

  test('skips other scripts, comments, attributes and raw text that mention a block', () => {
    const page = `
<!-- <script type="application/ld+json">{"commented":true}</script> -->
<script>var s = '<script type="application/ld+json">{"inJs":true}<\\/script>';</script>
<script type="application/json">{"notLd":true}</script>
<div title='<script type="application/ld+json">{"attr":true}</script>'></div>
<textarea><script type="application/ld+json">{"textarea":true}</script></textarea>
<style>/* <script type="application/ld+json">{"style":true}</script> */</style>
<script type="application/ld+json">{"real":true}</script>`;
    assert.deepEqual(texts(page), ['{"real":true}']);
  });

  test('keeps the text as written: CDATA and comment wrappers, "</" inside strings', () => {
    const page = `<script type="application/ld+json">//<![CDATA[
{"headline":"a </b> b"}
//]]></script>`;
    assert.deepEqual(texts(page), ['//<![CDATA[\n{"headline":"a </b> b"}\n//]]>']);
  });

  test('ends a block at its first </script, as the HTML parser does', () => {
    assert.deepEqual(texts('<script type="application/ld+json">{"x":"</script>"}</script>'), ['{"x":"']);
  });

  test('takes an unterminated block to the end of the page, and never throws', () => {
    assert.deepEqual(texts('<p>x</p><script type="application/ld+json">{"open":'), ['{"open":']);
    for (const page of [
      '',
      '<',
      '<!--',
      '<script',
      '<script type="application/ld+json"',
      '< script>',
      '</>',
      '<a b="c',
    ]) {
      assert.deepEqual(texts(page), [], JSON.stringify(page));
    }
  });

  test('finds every real-world block, byte for byte, among other markup', () => {
    const folder = new URL('real-world/', fixtures);
    const files = readdirSync(folder).filter((name) => name.endsWith('.json') || name.endsWith('.invalid.txt'));
    assert.ok(files.length >= 50, `${files.length} fixtures`);
    for (const name of files) {
      // The .json files hold the blocks with JSON escapes decoded; a page writes "</" in a
      // string as "<\/", or the browser would end the script there. The .invalid.txt files
      // are the published bytes as they are.
      const text = readFileSync(new URL(name, folder), 'utf8');
      const block = name.endsWith('.json') ? text.replaceAll('</', '<\\/') : text;
      const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A & B</title>
<script>window.dataLayer = [{"a": "<script>"}];</script>
<script type="application/ld+json">${block}</script>
<link rel="stylesheet" href="/s.css"></head><body><p>Text</p></body></html>`;
      assert.deepEqual(texts(page), [block], name);
    }
  });
});

describe('looksLikeHtml', () => {
  test('tells a page from JSON', () => {
    assert.equal(looksLikeHtml('<!doctype html><html>'), true);
    assert.equal(looksLikeHtml('\uFEFF\n  <html>'), true);
    assert.equal(looksLikeHtml('{"url": "<b>"}'), false);
    assert.equal(looksLikeHtml('[]'), false);
  });
});
