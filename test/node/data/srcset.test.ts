import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseSrcset } from '../../../src/data/srcset.js';

describe('parseSrcset', () => {
  test('candidates with and without descriptors, commas inside URLs kept', () => {
    assert.deepEqual(parseSrcset('a.jpg 1x, b.jpg 2x,c.jpg, data:image/png;base64,AAA= 3x'), [
      { url: 'a.jpg', descriptor: '1x' },
      { url: 'b.jpg', descriptor: '2x' },
      { url: 'c.jpg', descriptor: '' },
      { url: 'data:image/png;base64,AAA=', descriptor: '3x' },
    ]);
  });

  test('splits on ASCII whitespace only, as the HTML parser does', () => {
    // U+00A0 and U+FEFF are part of the URL for the browser, so they are for the parser too.
    assert.deepEqual(parseSrcset('a.jpg\u00a0javascript:x() 1x,\tb.jpg\ufeff 2x'), [
      { url: 'a.jpg\u00a0javascript:x()', descriptor: '1x' },
      { url: 'b.jpg\ufeff', descriptor: '2x' },
    ]);
  });
});
