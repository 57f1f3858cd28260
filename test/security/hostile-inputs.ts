/**
 * Article data with one hostile string in many fields at once, in the shapes publishers send:
 * our `Article` shape and schema.org JSON-LD. Shared by the browser suite
 * (hostile-data.test.ts) and the server-rendering one (test/node/ssr/hostile.test.ts).
 */

/** A photo that needs no network. */
export const photoUrl =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 9'%3E%3Crect width='16' height='9' fill='%23456'/%3E%3C/svg%3E";

export type Variant = (payload: string, index: number) => unknown;

/** Our Article shape: every text field hostile, the required URL valid. */
export const ownText: Variant = (p, i) => ({
  url: `https://publisher.example/hostile/${i}`,
  headline: p,
  description: p,
  section: p,
  byline: p,
  authors: [{ name: p, url: p }],
  publisher: { name: p, url: p, logo: p },
  datePublished: p,
  dateModified: p,
  lang: p,
  kind: p,
  image: { src: photoUrl, alt: p, caption: p, credit: p, srcset: p, sizes: p, width: p, height: p },
});

/** Our Article shape: every URL field hostile. */
export const ownUrls: Variant = (p, i) => ({
  url: p,
  headline: `Headline ${i}`,
  authors: [{ name: 'Ana', url: p }],
  publisher: { name: 'Publisher', url: p, logo: p },
  image: { src: p, alt: `Photo ${i}`, srcset: `${p} 2x` },
});

/** Our Article shape: a valid article whose image URLs are hostile. */
export const ownImage: Variant = (p, i) => ({
  url: `https://publisher.example/hostile/${i}`,
  headline: `Headline ${i}`,
  image: { src: p, alt: p, srcset: `${photoUrl} 1x, ${p} 2x`, credit: p },
});

/** schema.org JSON-LD: every text field hostile. */
export const schemaText: Variant = (p, i) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: p,
  description: p,
  articleSection: [p],
  author: [{ '@type': 'Person', name: p, url: p }, p],
  publisher: { '@type': 'Organization', name: p, url: p, logo: { '@type': 'ImageObject', url: p } },
  image: { '@type': 'ImageObject', contentUrl: photoUrl, caption: p, creditText: p, name: p, description: p, width: p },
  url: `https://publisher.example/hostile/${i}`,
  inLanguage: p,
  datePublished: p,
  dateModified: p,
});

/** schema.org JSON-LD in a @graph: every URL (and a type) hostile. */
export const schemaUrls: Variant = (p, i) => ({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': p, url: p },
    {
      '@type': ['NewsArticle', p],
      headline: `Headline ${i}`,
      name: p,
      mainEntityOfPage: { '@id': p },
      url: p,
      image: [p, { '@type': 'ImageObject', url: p, contentUrl: p }],
      thumbnailUrl: p,
    },
  ],
});

/** The card variants, with how many fields each fills with the payload. */
export const cardVariants: Record<string, { build: Variant; fields: number }> = {
  'Article text': { build: ownText, fields: 19 },
  'Article URLs': { build: ownUrls, fields: 6 },
  'Article image': { build: ownImage, fields: 4 },
  'JSON-LD text': { build: schemaText, fields: 16 },
  'JSON-LD URLs': { build: schemaUrls, fields: 8 },
};

/** A related story: every text field hostile. */
export function storyText(p: string, i: number) {
  return {
    url: `https://publisher.example/related/${i}`,
    headline: p,
    datePublished: p,
    lang: p,
    image: { src: photoUrl, alt: p, srcset: p, width: p, height: p },
  };
}

/** A related story: its URLs hostile. */
export function storyUrls(p: string, i: number) {
  return { url: i % 2 === 0 ? p : `${p}#${i}`, headline: `Story ${i}`, image: { src: p, alt: '', srcset: `${p} 2x` } };
}

/** A schema.org ItemList of hostile stories. */
export function itemList(list: string[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: list.map((p, i) => ({
      '@type': 'ListItem',
      position: i % 3 === 0 ? p : i,
      item: { '@type': 'NewsArticle', headline: p, url: `https://publisher.example/item/${i}`, image: p },
    })),
  };
}
