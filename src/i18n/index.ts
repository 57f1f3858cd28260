import type { SupportedLanguage } from './lang.js';
import { en, useTranslations, type Messages } from './messages.js';
import * as translated from './translations.js';

// Whatever imports the whole i18n layer (the full bundle, the server renderer) has every
// language at once; elements imported one by one load translations.ts on first need instead.
useTranslations(translated);

/** Every supported language's strings, by language subtag. */
export const messages: Record<SupportedLanguage, Messages> = { en, ...translated.translations };

export { supportedLanguages, messagesFor, messagesReady, type Messages, type SupportedLanguage } from './messages.js';
export { canonicalLang, closestLang, directionOf, isSupported, resolveLang, type Direction } from './lang.js';
export {
  toDate,
  formatAbsolute,
  formatRelative,
  formatTime,
  isRecent,
  isMeaningfullyLater,
  nextRelativeUpdate,
  type FormattedTime,
} from './format.js';
