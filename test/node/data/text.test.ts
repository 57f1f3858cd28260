import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
  collapseWhitespace,
  decodeEntities,
  htmlToText,
  plainText,
  stripTags,
  truncateText,
} from '../../../src/data/index.js';

describe('decodeEntities', () => {
  test('the entities news sites use', () => {
    const cases: [string, string][] = [
      ['&nbsp;', '\u00a0'],
      ['&amp;', '&'],
      ['&lt;&gt;', '<>'],
      ['&quot;&apos;', `"'`],
      ['&ldquo;x&rdquo; &lsquo;y&rsquo;', '“x” ‘y’'],
      ['&laquo;x&raquo;', '«x»'],
      ['&hellip;', '…'],
      ['&ndash; &mdash;', '– —'],
      ['&euro; &copy; &reg; &trade;', '€ © ® ™'],
      ['&sbquo;&bdquo;&bull;&dagger;&permil;&lsaquo;&rsaquo;&OElig;&scaron;&minus;', '‚„•†‰‹›Œš−'],
      ['pi&ugrave; Comit&eacute; M&uuml;ller &szlig; &Ntilde;', 'più Comité Müller ß Ñ'],
    ];
    for (const [input, expected] of cases) assert.equal(decodeEntities(input), expected, input);
  });

  test("all of HTML's Latin-1 entities, U+00A0 to U+00FF in order", () => {
    const names =
      'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
      'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
      'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc ' +
      'Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml ' +
      'aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc ' +
      'otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
    const decoded = names.split(' ').map((name) => decodeEntities(`&${name};`));
    assert.equal(decoded.length, 96);
    assert.deepEqual(
      decoded.map((char) => char.codePointAt(0)),
      Array.from({ length: 96 }, (_, index) => 0xa0 + index),
    );
  });

  test('numeric references, decimal and hex', () => {
    assert.equal(decodeEntities('&#038; &#39; &#039; &#x27; &#X2019; &#8217; &#x1F600;'), "& ' ' ' ’ ’ 😀");
    // 0x80–0x9F are Windows-1252, as in HTML.
    assert.equal(decodeEntities('&#146;&#147;&#148;&#150;&#151;&#128;'), '’“”–—€');
    assert.equal(decodeEntities('&#0; &#xD800; &#x110000; &#99999999;'), '\uFFFD \uFFFD \uFFFD \uFFFD');
  });

  test('decodes exactly once', () => {
    assert.equal(decodeEntities('&amp;uuml;'), '&uuml;');
    assert.equal(decodeEntities('&amp;amp;'), '&amp;');
    assert.equal(decodeEntities('&amp;#39;'), '&#39;');
    assert.equal(decodeEntities(decodeEntities('&amp;uuml;')), 'ü', 'a second call is a second decoding');
  });

  test('leaves unknown names and unterminated references alone', () => {
    assert.equal(decodeEntities('AT&T &copy2020 &nosuch; & ; &#; &#x;'), 'AT&T &copy2020 &nosuch; & ; &#; &#x;');
    assert.equal(decodeEntities('no entities'), 'no entities');
  });
});

describe('stripTags', () => {
  test('tags go, their text stays', () => {
    assert.equal(stripTags('<p>x</p>'), ' x ');
    assert.equal(stripTags('<a href="https://x.example/">y</a>'), 'y');
    assert.equal(stripTags('<a href>y</a>'), 'y');
    assert.equal(stripTags('a<br>b<br/>c<BR />d'), 'a b c d');
    assert.equal(stripTags('x<b>y</b>z'), 'xyz');
    assert.equal(stripTags('<p>a</p><p>b</p>'), ' a  b ');
  });

  test('comments, scripts and styles disappear entirely', () => {
    assert.equal(stripTags('a<!-- b -->c'), 'ac');
    assert.equal(stripTags('a<script>alert("<p>")</script>b'), 'a b');
    assert.equal(stripTags('a<STYLE type="text/css">p{}</style >b'), 'a b');
    assert.equal(stripTags('a<script>never closed'), 'a ');
    assert.equal(stripTags('a<!-- never closed'), 'a');
  });

  test('quoted > inside attributes does not end the tag', () => {
    assert.equal(stripTags('<a title="x>y" href=\'a>b\'>z</a>'), 'z');
    assert.equal(stripTags(`<img alt=Don't src=x>ok`), 'ok');
  });

  test('a < that starts no tag is text', () => {
    assert.equal(stripTags('a < b and c > d'), 'a < b and c > d');
    assert.equal(stripTags('I <3 it'), 'I <3 it');
    assert.equal(stripTags('unterminated <a href="x'), 'unterminated <a href="x');
  });
});

describe('htmlToText and plainText', () => {
  test('strip, then decode once, then collapse whitespace', () => {
    assert.equal(
      htmlToText(
        'Subscribe to our weekly newsletter <a href="https://www.npr.org/newsletter/money?utm_source=rss_feed_copy&amp;utm_medium=podcast">here</a>.',
        500,
      ),
      'Subscribe to our weekly newsletter here.',
    );
    assert.equal(htmlToText('<p>Con una consulta nacional.</p>', 500), 'Con una consulta nacional.');
    // Escaped markup is text once decoded; it is not stripped a second time.
    assert.equal(htmlToText('&lt;p&gt;&nbsp;La organizaci&oacute;n', 500), '<p>\u00a0La organización');
    assert.equal(htmlToText('  The island.\r\n ', 500), 'The island.');
    assert.equal(htmlToText('Line one\n\n\tLine two', 500), 'Line one Line two');
  });

  test('plainText does not decode or strip', () => {
    assert.equal(plainText('  Tom &amp; <b>Jerry</b>\n', 500), 'Tom &amp; <b>Jerry</b>');
  });

  test('collapseWhitespace keeps no-break spaces and drops control characters', () => {
    assert.equal(collapseWhitespace(' a \u00a0b\u2003\u2003c\u0000d\u0007 '), 'a \u00a0b cd');
  });

  test('collapseWhitespace makes one space of every run, whichever white space starts or fills it', () => {
    // The pattern lists the white space three times (a run starting with another character, a
    // run starting with a space, what fills either): each character must be in every list.
    const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u1680', '\u2000', '\u2006', '\u2008', '\u200a'];
    spaces.push('\u2028', '\u2029', '\u205f', '\u3000');
    for (const space of spaces) {
      const name = `U+${space.codePointAt(0)!.toString(16).padStart(4, '0')}`;
      assert.equal(collapseWhitespace(`a${space}b`), 'a b', `${name} alone`);
      assert.equal(collapseWhitespace(`a${space}${space}b`), 'a b', `${name} twice`);
      assert.equal(collapseWhitespace(`a ${space}b`), 'a b', `a space, then ${name}`);
      assert.equal(collapseWhitespace(`a${space} b`), 'a b', `${name}, then a space`);
    }
    for (const kept of ['\u00a0', '\u2007', '\u202f']) {
      assert.equal(collapseWhitespace(`a${kept}b`), `a${kept}b`, 'a no-break space stays');
    }
  });
});

describe('truncateText', () => {
  test('short text is untouched', () => {
    assert.equal(truncateText('abc', 3), 'abc');
  });

  test('cuts at a word boundary and adds an ellipsis, within the limit', () => {
    const cut = truncateText('The quick brown fox jumps over the lazy dog', 20);
    assert.equal(cut, 'The quick brown fox…');
    assert.ok(cut.length <= 20);
    assert.equal(truncateText('one, two, three, four', 14), 'one, two…');
  });

  test('cuts inside a long word when there is no boundary near', () => {
    assert.equal(truncateText('Donaudampfschifffahrtsgesellschaft', 10), 'Donaudamp…');
  });

  test('never splits a surrogate pair', () => {
    const cut = truncateText('😀😀😀😀😀😀', 4);
    assert.equal(cut, '😀…');
    assert.ok(cut.length <= 4);
  });
});
