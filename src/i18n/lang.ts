/**
 * Language tags: validation, the `lang` an element should use, and its writing direction.
 *
 * Everything here takes untrusted input (attributes, JSON from a partner's server) and never
 * throws: a tag that is not valid BCP 47 is treated as absent, and the final fallback is English.
 * No DOM is touched at import time; `closestLang` reads the tree only when called.
 */

import { cached } from '../data/cache.js';
import { canonicalLang } from '../data/lang-tag.js';

export type Direction = 'ltr' | 'rtl';

/** Languages with UI strings of their own (see `messages.ts`). */
export const supportedLanguages = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'ru',
  'uk',
  'pl',
  'tr',
  'el',
  'hu',
  'ro',
  'ar',
  'fa',
] as const;

export type SupportedLanguage = (typeof supportedLanguages)[number];

/** Languages written right to left when the tag names no script. */
const rtlLanguages = new Set([
  'ar',
  'fa',
  'he',
  'ur',
  'ps',
  'sd',
  'ug',
  'yi',
  'dv',
  'ckb',
  'arz',
  'ary',
  'azb',
  'glk',
  'lrc',
  'mzn',
  'nqo',
  'pnb',
  'prs',
  'syr',
]);

/** ISO 15924 scripts written right to left. */
const rtlScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

export { canonicalLang };

/** A page has a handful of languages; a hostile stream of tags just starts the cache again. */
const directions = cached(100, computeDirection);

/** The subtags of a canonical tag that matter here; the script and region are optional. */
export interface LangParts {
  language: string;
  script?: string;
  region?: string;
}

/** Splits a tag into language, script and region, or `undefined` when it is malformed. */
export function langParts(value: unknown): LangParts | undefined {
  const tag = canonicalLang(value);
  if (tag === undefined) return undefined;
  const subtags = tag.split('-');
  const parts: LangParts = { language: subtags[0] ?? '' };
  let index = 1;
  // Canonical form title-cases scripts and upper-cases regions, so exact patterns suffice.
  const script = subtags[index];
  if (script !== undefined && /^[A-Z][a-z]{3}$/.test(script)) {
    parts.script = script;
    index += 1;
  }
  const region = subtags[index];
  if (region !== undefined && /^(?:[A-Z]{2}|\d{3})$/.test(region)) parts.region = region;
  return parts;
}

/**
 * Tags that are well formed but say nothing about the language ('und' = undetermined) are
 * skipped like malformed ones, so the next candidate gets its turn instead of Intl's root locale.
 */
function usableLang(value: unknown): string | undefined {
  const tag = canonicalLang(value);
  if (tag === undefined || tag === 'und' || tag.startsWith('und-')) return undefined;
  return tag;
}

/**
 * Writing direction of a tag. An explicit script decides (`'az-Arab'` is rtl, `'ar-Latn'` ltr);
 * otherwise the language does, with Intl's likely-subtags data for languages not listed here
 * (`'uz-AF'` → `'uz-Arab-AF'`). Malformed tags are ltr, like the English they fall back to.
 */
export function directionOf(lang: string): Direction {
  return directions(lang);
}

function computeDirection(lang: string): Direction {
  const parts = langParts(lang);
  if (parts === undefined) return 'ltr';
  if (parts.script !== undefined) return rtlScripts.has(parts.script) ? 'rtl' : 'ltr';
  if (rtlLanguages.has(parts.language)) return 'rtl';
  // The languages with strings of their own are written left to right unless listed above:
  // no need to ask Intl, whose likely-subtags data costs a page tens of ms to load the first time.
  if ((supportedLanguages as readonly string[]).includes(parts.language)) return 'ltr';
  const script = likelyScript(lang);
  return script !== undefined && rtlScripts.has(script) ? 'rtl' : 'ltr';
}

function likelyScript(lang: string): string | undefined {
  // Intl.Locale is missing from a few older engines still in use; the list above covers them.
  if (typeof Intl.Locale !== 'function') return undefined;
  try {
    return new Intl.Locale(lang.trim()).maximize().script;
  } catch {
    return undefined;
  }
}

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The nearest `lang` attribute on the element or its ancestors, crossing shadow roots to their
 * hosts, in canonical form. Malformed values (and `lang=""`) are skipped so the next ancestor
 * can still supply a language; `undefined` when none does.
 */
export function closestLang(el: Element | null | undefined): string | undefined {
  let node = isElement(el) ? el : undefined;
  while (node !== undefined) {
    const lang = usableLang(node.getAttribute('lang'));
    if (lang !== undefined) return lang;
    node = parentOrHost(node);
  }
  return undefined;
}

/**
 * The language an element inherits: `closestLang` of its parent, or of its shadow host when it
 * sits at the top of a shadow root; its own `lang` attribute does not count.
 */
export function inheritedLang(el: Element): string | undefined {
  const parent = parentOrHost(el);
  return parent === undefined ? undefined : closestLang(parent);
}

function parentOrHost(node: Element): Element | undefined {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  // Only a ShadowRoot leads on to a host. A detached <a> is its own root and has a string
  // `host` property, hence the node type checks rather than a plain `.host` lookup.
  if (root.nodeType !== DOCUMENT_FRAGMENT_NODE) return undefined;
  const host = (root as Partial<ShadowRoot>).host;
  return isElement(host) ? host : undefined;
}

function isElement(value: unknown): value is Element {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Node).nodeType === ELEMENT_NODE &&
    typeof (value as Element).getAttribute === 'function'
  );
}

/**
 * The first candidate that is a well-formed tag, canonicalized; `'en'` when none is.
 * Elements call `resolveLang(this.lang, article?.lang, closestLang(parent))`.
 */
export function resolveLang(...candidates: unknown[]): string {
  for (const candidate of candidates) {
    const lang = usableLang(candidate);
    if (lang !== undefined) return lang;
  }
  return 'en';
}

/** Whether the tag's language has UI strings of its own (`'fr-CA'` does, through `fr`). */
export function isSupported(lang: string): boolean {
  const parts = langParts(lang);
  return parts !== undefined && (supportedLanguages as readonly string[]).includes(parts.language);
}
