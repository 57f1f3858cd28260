import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { messages, messagesFor, supportedLanguages, type Messages } from '../../../src/i18n/index.js';

const stringKeys = [
  'share',
  'shareArticle',
  'copyToClipboard',
  'copied',
  'copyLink',
  'linkCopied',
  'embedCode',
  'embedHint',
  'close',
  'email',
  'youMightAlsoLike',
  'video',
  'live',
  'gallery',
  'loading',
  'unavailable',
  'imageUnavailable',
  'openInNewTab',
] as const satisfies readonly (keyof Messages)[];

const functionKeys = ['copyFailed', 'updated', 'credit'] as const satisfies readonly (keyof Messages)[];

describe('messages', () => {
  it('has a table for exactly the supported languages', () => {
    assert.equal(supportedLanguages.length, 15);
    assert.deepEqual(Object.keys(messages).sort(), [...supportedLanguages].sort());
  });

  for (const lang of supportedLanguages) {
    describe(lang, () => {
      const table = messages[lang];

      it('has every message, none empty, nothing extra', () => {
        assert.deepEqual(Object.keys(table).sort(), [...stringKeys, ...functionKeys].sort());
        for (const key of stringKeys) {
          assert.equal(typeof table[key], 'string', key);
          assert.notEqual(table[key].trim(), '', key);
        }
        for (const key of functionKeys) assert.equal(typeof table[key], 'function', key);
      });

      it('interpolates the value into every function message', () => {
        assert.ok(table.credit('AP').includes('AP'));
        assert.ok(table.updated('TIME-VALUE').includes('TIME-VALUE'));
        assert.ok(table.copyFailed('⌘C').includes('⌘C'));
        for (const text of [table.credit('AP'), table.updated('x'), table.copyFailed('⌘C')]) {
          assert.ok(text.length > 4, text);
          assert.ok(!text.includes('undefined'), text);
        }
      });

      if (lang !== 'en') {
        it('is translated, not a copy of English', () => {
          for (const key of ['share', 'close', 'youMightAlsoLike', 'unavailable', 'loading'] as const) {
            assert.notEqual(table[key], messages.en[key], key);
          }
          assert.notEqual(table.credit('AP'), messages.en.credit('AP'));
        });
      }
    });
  }

  it('uses each language’s conventional credit line', () => {
    assert.equal(messages.en.credit('AP'), 'Credit: AP');
    assert.equal(messages.fr.credit('AP'), 'Crédit\u00a0: AP');
    assert.equal(messages.de.credit('AP'), 'Foto: AP');
    assert.equal(messages.pl.credit('PAP'), 'Fot. PAP');
    assert.equal(messages.ru.credit('ТАСС'), 'Фото: ТАСС');
  });

  it('uses a no-break space before every French colon', () => {
    for (const text of [messages.fr.credit('AP'), messages.fr.updated('x')]) {
      assert.match(text, /\u00a0:/);
      assert.doesNotMatch(text, /[^\u00a0]:/);
    }
  });

  it('isolates left-to-right values inside Arabic and Persian sentences', () => {
    assert.equal(messages.ar.credit('AP'), 'مصدر الصورة: \u2068AP\u2069');
    assert.equal(messages.fa.credit('AP'), 'عکس: \u2068AP\u2069');
    assert.ok(messages.ar.copyFailed('Ctrl+C').includes('\u2068Ctrl+C\u2069'));
  });

  it('names the control key as German keyboards label it', () => {
    assert.equal(messages.de.copyFailed('Ctrl+C'), 'Zum Kopieren Strg+C drücken');
    assert.equal(messages.de.copyFailed('⌘C'), 'Zum Kopieren ⌘C drücken');
  });

  it('writes Romanian with comma-below ș and ț, not the cedilla forms', () => {
    const all = JSON.stringify(messages.ro) + Object.values(messages.ro).join('');
    assert.doesNotMatch(all, /[\u015e\u015f\u0162\u0163]/);
  });
});

describe('messagesFor', () => {
  it('matches on the language of the tag', () => {
    assert.equal(messagesFor('fr-CA'), messages.fr);
    assert.equal(messagesFor('FR'), messages.fr);
    assert.equal(messagesFor('de-AT'), messages.de);
    assert.equal(messagesFor('ar-EG'), messages.ar);
    assert.equal(messagesFor('fa-IR'), messages.fa);
    assert.equal(messagesFor('pt-BR'), messages.pt);
    assert.equal(messagesFor('pt'), messages.pt);
    assert.equal(messagesFor('es'), messages.es);
    assert.equal(messagesFor('es-ES'), messages.es);
  });

  it('uses European Portuguese outside Brazil', () => {
    const strings = messagesFor('pt-PT');
    assert.equal(strings.share, 'Partilhar');
    assert.equal(strings.live, 'Em direto');
    assert.equal(strings.close, messages.pt.close);
    assert.equal(messagesFor('pt-AO').share, 'Partilhar');
  });

  it('uses Latin American Spanish in the Americas', () => {
    assert.equal(messagesFor('es-MX').live, 'En vivo');
    assert.equal(messagesFor('es-419').video, 'Video');
    assert.equal(messagesFor('es-US').copyFailed('Ctrl+C'), 'Presiona Ctrl+C para copiar');
    assert.equal(messagesFor('es-MX').share, 'Compartir');
  });

  it('falls back to English for unknown and malformed tags without throwing', () => {
    for (const value of ['ja', 'zh-Hant', 'en_US!!', '', '   ', 'x'.repeat(300), 'fr_FR', 42, null, undefined, {}]) {
      assert.equal(messagesFor(value as string), messages.en, String(value));
    }
  });
});
