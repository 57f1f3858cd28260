import { parseDate } from '../data/loose-dates.js';
import * as format from './format.js';
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
export { isMeaningfullyLater } from '../data/loose-dates.js';
export type { FormattedTime } from './format.js';

/**
 * The date functions of `format.ts`, for a date in any form the data layer reads (`parseDate`):
 * the elements, which format dates the data layer has normalized, load only the ISO forms'
 * reader.
 */
export const toDate = (value: string | undefined): Date | undefined => format.toDate(parseDate(value));
export const formatAbsolute = (value: string, ...rest: Rest<typeof format.formatAbsolute>): string =>
  format.formatAbsolute(parseDate(value) ?? '', ...rest);
export const formatRelative = (value: string, ...rest: Rest<typeof format.formatRelative>): string =>
  format.formatRelative(parseDate(value) ?? '', ...rest);
export const formatTime = (value: string, ...rest: Rest<typeof format.formatTime>): format.FormattedTime =>
  format.formatTime(parseDate(value) ?? '', ...rest);
export const isRecent = (value: string, ...rest: Rest<typeof format.isRecent>): boolean =>
  format.isRecent(parseDate(value) ?? '', ...rest);
export const nextRelativeUpdate = (
  value: string,
  ...rest: Rest<typeof format.nextRelativeUpdate>
): number | undefined => format.nextRelativeUpdate(parseDate(value) ?? '', ...rest);

/** A function's parameters after the first. */
type Rest<F extends (first: never, ...rest: never[]) => unknown> = F extends (first: never, ...rest: infer R) => unknown
  ? R
  : never;
