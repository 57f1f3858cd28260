/**
 * UI strings: the `Messages` every language fills in, English, and the on-demand loading of
 * the other languages' strings (`translations.ts`), so that elements imported one by one
 * (the autoloader's partner path) carry English only until a page needs another language.
 */
import { langParts, supportedLanguages, type SupportedLanguage } from './lang.js';
import type * as Translations from './translations.js';

export { supportedLanguages, type SupportedLanguage } from './lang.js';

export interface Messages {
  /** Label of the share button. */
  share: string;
  /** Title of the share panel and its accessible name. */
  shareArticle: string;
  copyToClipboard: string;
  /** Feedback after a successful copy. */
  copied: string;
  /** Shown when the clipboard cannot be written; `keys` is "Ctrl+C" or "⌘C". */
  copyFailed: (keys: string) => string;
  copyLink: string;
  linkCopied: string;
  embedCode: string;
  embedHint: string;
  close: string;
  /** Name of the email share target; the other networks are brand names. */
  email: string;
  youMightAlsoLike: string;
  updated: (time: string) => string;
  /** Photo credit line in the local convention ("Credit: AP", "Foto: AP", "Fot. AP"). */
  credit: (name: string) => string;
  video: string;
  live: string;
  gallery: string;
  loading: string;
  unavailable: string;
  imageUnavailable: string;
  openInNewTab: string;
}

export const en: Messages = {
  share: 'Share',
  shareArticle: 'Share this article',
  copyToClipboard: 'Copy to clipboard',
  copied: 'Copied',
  copyFailed: (keys) => `Press ${keys} to copy`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  embedCode: 'Embed code',
  embedHint: 'Copy and paste the code below to embed this article',
  close: 'Close',
  email: 'Email',
  youMightAlsoLike: 'You might also like',
  updated: (time) => `Updated ${time}`,
  credit: (name) => `Credit: ${name}`,
  video: 'Video',
  live: 'Live',
  gallery: 'Gallery',
  loading: 'Loading…',
  unavailable: 'This article is no longer available',
  imageUnavailable: 'Image unavailable',
  openInNewTab: '(opens in a new tab)',
};

let translated: typeof Translations | undefined;
let loading: Promise<void> | undefined;

/**
 * Makes every language's strings available at once. The full bundle, the server renderer
 * and `i18n/index.ts` call it; elements imported one by one load them on first need instead.
 */
export function useTranslations(module: typeof Translations): void {
  translated = module;
}

/** Set when the strings could not be loaded (network, CSP): the page keeps English, asking no more. */
let failed = false;

function loadTranslations(): Promise<void> {
  loading ??= import('./translations.js').then(useTranslations, (error: unknown) => {
    failed = true;
    throw error;
  });
  return loading;
}

/** Spanish-speaking regions that follow the usage of Spain. */
const peninsularSpanishRegions = new Set(['ES', 'EA', 'IC', 'GQ']);

function isSupportedLanguage(language: string): language is SupportedLanguage {
  return (supportedLanguages as readonly string[]).includes(language);
}

function isTranslated(lang: string): boolean {
  const language = langParts(lang)?.language;
  return language !== undefined && language !== 'en' && isSupportedLanguage(language);
}

/**
 * `undefined` when `messagesFor(lang)` gives all it will (the language's own strings, or English
 * after they failed to load); else a promise that settles (never rejects) once they have loaded
 * or failed to load.
 */
export function messagesReady(lang: string): Promise<void> | undefined {
  if (translated !== undefined || failed || !isTranslated(lang)) return undefined;
  return loadTranslations().catch(() => undefined);
}

/**
 * Strings for a language tag: `'fr-CA'` → French, `'pt-PT'` → European Portuguese,
 * `'es-MX'` → Latin American Spanish; unknown or malformed tags → English. Until another
 * language's strings have loaded (see `messagesReady`) it gives English.
 */
export function messagesFor(lang: string): Messages {
  const parts = langParts(lang);
  if (parts === undefined || translated === undefined) return en;
  const { language, region } = parts;
  if (!isSupportedLanguage(language) || language === 'en') return en;
  if (language === 'pt' && region !== undefined && region !== 'BR') return translated.europeanPortuguese;
  if (language === 'es' && region !== undefined && !peninsularSpanishRegions.has(region)) {
    return translated.latinAmericanSpanish;
  }
  return translated.translations[language];
}
