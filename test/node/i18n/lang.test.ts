import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { canonicalLang, closestLang, directionOf, isSupported, resolveLang } from '../../../src/i18n/index.js';

const malformed: unknown[] = [
  'en_US!!',
  '',
  '   ',
  42,
  null,
  undefined,
  'x'.repeat(300),
  {},
  [],
  Symbol('en'),
  'en-',
  '-en',
  'e',
];

describe('canonicalLang', () => {
  it('returns the canonical form of a valid tag', () => {
    assert.equal(canonicalLang('EN-gb'), 'en-GB');
    assert.equal(canonicalLang('fr'), 'fr');
    assert.equal(canonicalLang('zh-hant-tw'), 'zh-Hant-TW');
    assert.equal(canonicalLang('az-arab'), 'az-Arab');
    assert.equal(canonicalLang('iw'), 'he');
    assert.equal(canonicalLang(' pt-br '), 'pt-BR');
    assert.equal(canonicalLang('es-419'), 'es-419');
  });

  it('returns undefined for anything else, without throwing', () => {
    for (const value of malformed) assert.equal(canonicalLang(value), undefined, String(value));
    const hostile = {
      toString() {
        throw new Error('should not be called');
      },
    };
    assert.equal(canonicalLang(hostile), undefined);
  });
});

describe('resolveLang', () => {
  it('falls back to English when every candidate is malformed', () => {
    assert.equal(resolveLang(...malformed), 'en');
    for (const value of malformed) assert.equal(resolveLang(value), 'en', String(value));
    assert.equal(resolveLang(), 'en');
  });

  it('takes the first candidate that is a valid tag', () => {
    assert.equal(resolveLang('de', 'fr'), 'de');
    assert.equal(resolveLang(undefined, 'fr-ca', 'de'), 'fr-CA');
    assert.equal(resolveLang('en_US!!', '', 42, null, 'pt-BR'), 'pt-BR');
    assert.equal(resolveLang('', 'ja'), 'ja');
  });

  it('skips "und", which names no language', () => {
    assert.equal(resolveLang('und', 'el'), 'el');
    assert.equal(resolveLang('und'), 'en');
  });
});

describe('directionOf', () => {
  it('is rtl for right-to-left languages and scripts', () => {
    for (const lang of ['ar', 'fa-IR', 'az-Arab', 'he', 'iw', 'ur-PK', 'ckb', 'yi', 'dv', 'ps', 'AR-eg']) {
      assert.equal(directionOf(lang), 'rtl', lang);
    }
  });

  it('is ltr for left-to-right languages, explicit Latin script and malformed tags', () => {
    for (const lang of ['en', 'fr', 'de-CH', 'ru', 'el', 'ar-Latn', 'az', 'en_US!!', '', 'x'.repeat(300)]) {
      assert.equal(directionOf(lang), 'ltr', lang);
    }
    assert.equal(directionOf(42 as unknown as string), 'ltr');
  });

  it('uses likely scripts for languages it does not list', () => {
    // uz-AF is written in Arabic script (likely subtags: uz-Arab-AF).
    assert.equal(directionOf('uz-AF'), 'rtl');
    assert.equal(directionOf('uz'), 'ltr');
  });
});

describe('isSupported', () => {
  it('is true when the language has strings of its own', () => {
    for (const lang of ['en', 'fr-CA', 'pt-BR', 'FA', 'uk-UA']) assert.equal(isSupported(lang), true, lang);
  });

  it('is false for other and malformed tags', () => {
    for (const lang of ['ja', 'he', 'en_US', '', 'xx-!!']) assert.equal(isSupported(lang), false, lang);
  });
});

/** Just enough of the DOM for closestLang: elements, shadow roots, a document. */
class FakeElement {
  readonly nodeType = 1;
  parentElement: FakeElement | null = null;
  /** The ShadowRoot or document a top-level element of a tree lives in. */
  root: object | undefined;

  constructor(private readonly attributes: Record<string, string> = {}) {}

  append(child: FakeElement): FakeElement {
    child.parentElement = this;
    return child;
  }

  attachShadow(): { nodeType: 11; host: FakeElement; appendChild(child: FakeElement): FakeElement } {
    const shadowRoot = {
      nodeType: 11 as const,
      host: this,
      appendChild(child: FakeElement) {
        child.root = shadowRoot;
        return child;
      },
    };
    return shadowRoot;
  }

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  getRootNode(): object {
    return this.parentElement ? this.parentElement.getRootNode() : (this.root ?? this);
  }
}

const asElement = (node: FakeElement) => node as unknown as Element;

describe('closestLang', () => {
  it('finds the element’s own lang, else the nearest ancestor’s, canonicalized', () => {
    const html = new FakeElement({ lang: 'de-ch' });
    html.root = { nodeType: 9 };
    const section = html.append(new FakeElement());
    const card = section.append(new FakeElement({ lang: 'FR' }));
    assert.equal(closestLang(asElement(card)), 'fr');
    assert.equal(closestLang(asElement(section)), 'de-CH');
  });

  it('skips malformed and empty values and keeps looking', () => {
    const html = new FakeElement({ lang: 'el' });
    const wrapper = html.append(new FakeElement({ lang: 'en_US!!' }));
    const inner = wrapper.append(new FakeElement({ lang: '' }));
    const leaf = inner.append(new FakeElement({ lang: 'und' }));
    assert.equal(closestLang(asElement(leaf)), 'el');
  });

  it('crosses shadow roots to their hosts', () => {
    const page = new FakeElement({ lang: 'ar' });
    const outerHost = page.append(new FakeElement());
    const outerShadow = outerHost.attachShadow();
    const innerHost = outerShadow.appendChild(new FakeElement());
    const innerShadow = innerHost.attachShadow();
    const div = innerShadow.appendChild(new FakeElement());
    const span = div.append(new FakeElement());
    assert.equal(closestLang(asElement(span)), 'ar');
  });

  it('returns undefined when nothing says', () => {
    const detached = new FakeElement();
    assert.equal(closestLang(asElement(detached.append(new FakeElement()))), undefined);
    assert.equal(closestLang(null), undefined);
    assert.equal(closestLang(undefined), undefined);
  });

  it('does not mistake a detached link’s host string for a shadow host', () => {
    // A detached <a> is its own root node, and HTMLAnchorElement has a string `host`.
    const link = Object.assign(new FakeElement(), { host: 'publisher.example' });
    assert.equal(closestLang(asElement(link)), undefined);
  });

  it('loads without a DOM', () => {
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });
});
