/**
 * The 48 real article pages of test/fixtures/real-pages (see its INDEX.md), for the Node tests
 * of `readPage` and the browser tests of `<aw-article-card src>` pointing at each page.
 */

/**
 * The language each page declares (`<html lang>`, else `og:locale` or a content-language meta
 * tag), read off the fixtures by hand; `undefined` where a page declares none. liberation-1
 * is a French page whose template declares `lang="en"`: the declaration is what a reader of
 * the head can know, and readability's second opinion ("fr") came from elsewhere.
 */
export const declaredLang: Record<string, string | undefined> = {
  aktualne: 'cs',
  'ars-1': 'en-US',
  'article-author-tag': 'en',
  'bbc-1': 'en',
  breitbart: 'en',
  'bug-1255978': 'en-GB', // og:locale en_GB
  'buzzfeed-1': 'en',
  'citylab-1': 'en',
  cnet: 'en',
  'cnet-svg-classes': 'es',
  cnn: undefined,
  engadget: 'en',
  folha: 'pt-BR',
  gmw: undefined,
  'guardian-1': 'en',
  heise: 'de',
  'herald-sun-1': 'en-AU',
  'la-nacion': undefined,
  'lazy-image-2': 'en-US',
  'lemonde-1': 'fr-FR', // no <html lang>; og:locale fr_FR
  'liberation-1': 'en',
  'lwn-1': undefined,
  medicalnewstoday: 'en',
  msn: 'en-US',
  'nytimes-1': 'en',
  'nytimes-2': 'en',
  'nytimes-3': 'en',
  'nytimes-4': 'en',
  qq: undefined,
  'quanta-1': 'en',
  'salon-1': undefined,
  'schema-org-context-object': 'en',
  'seattletimes-1': 'en-US',
  telegraph: 'en-GB',
  theverge: 'en',
  'tmz-1': 'en', // <meta http-equiv="content-language" content="en">
  'videos-1': undefined,
  'videos-2': 'fr',
  'wapo-1': undefined,
  'wapo-2': undefined,
  'webmd-1': 'en',
  'webmd-2': 'en',
  wikia: 'en',
  wordpress: 'en-US',
  'yahoo-1': 'en-US',
  'yahoo-3': 'en-US',
  'yahoo-4': 'ja',
  youth: undefined,
};

/** The pages' folder names. */
export const realPageNames = Object.keys(declaredLang);
