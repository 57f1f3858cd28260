export { supportedLanguages, messages, messagesFor, type Messages, type SupportedLanguage } from './messages.js';
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
