/**
 * Language tags in canonical form (`'EN-gb'` → `'en-GB'`, `'iw'` → `'he'`): the one canonicalizer
 * for both the data layer (an article's `lang`, `inLanguage`, `<html lang>`, `og:locale`) and the
 * elements (`lang` attributes, through `i18n/lang.ts`).
 *
 * Every element resolves its language on every update and a page of cards reads the same few
 * tags over and over; Intl's canonicalization is not cheap, so results are remembered.
 */
import { cached } from './cache.js';

/**
 * BCP 47 asks implementations to handle tags of at least 35 characters; real tags with Unicode
 * extensions (and POSIX locales such as "zh-Hant-TW.UTF-8@calendar=…") stay well under this.
 * Longer values are refused before any other work, so that a hostile value costs nothing and
 * cannot grow the cache with huge keys.
 */
const MAX_INPUT = 128;

/** Well-formed BCP 47 (RFC 5646), checked before Intl sees a tag read from someone's data. */
const LANGUAGE_TAG =
  /^[a-z]{2,3}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;

function canonical(tag: string): string | undefined {
  if (tag === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const tags = cached(100, (value) => canonical(value.trim()));

/** POSIX locales as some CMSs print them ("es_AR.UTF-8") are read as the tag they mean ("es-AR"). */
const posixTags = cached(100, (value) => {
  const trimmed = value.trim();
  const suffix = trimmed.search(/[.@]/);
  const tag = (suffix === -1 ? trimmed : trimmed.slice(0, suffix)).replace(/_/g, '-');
  return tag.length <= 35 && LANGUAGE_TAG.test(tag) ? canonical(tag) : undefined;
});

/**
 * The canonical form of a BCP 47 tag, or `undefined` for anything that is not a well-formed
 * tag: non-strings, `''`, `'en_US'`, over-long values. With `posix: true` (data from a CMS),
 * `'en_US'` and `'es_AR.UTF-8'` are read too, and only strictly well-formed tags are taken.
 */
export function canonicalLang(value: unknown, options: { posix?: boolean } = {}): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_INPUT) return undefined;
  return options.posix === true ? posixTags(value) : tags(value);
}
