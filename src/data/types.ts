/** What kind of story a card shows: drives the video and live badges. */
export type ArticleKind = 'article' | 'video' | 'live' | 'gallery';

/** A photo as the card and `<aw-photo>` need it. */
export interface ArticleImage {
  /** Absolute `http(s):` URL, or a `data:image/…` URL. */
  src: string;
  /** Text alternative; `""` marks the image as decoration. */
  alt: string;
  width?: number;
  height?: number;
  srcset?: string;
  sizes?: string;
  /** Plain text. */
  caption?: string;
  /** Plain text, without a "Credit:" or "©" prefix. */
  credit?: string;
}

/** One article, in the shape every element renders. All text is plain text. */
export interface Article {
  /** Absolute `http(s):` URL; required. */
  url: string;
  /** Required. */
  headline: string;
  /** Standfirst. */
  description?: string;
  /** Kicker. */
  section?: string;
  /** Free text, e.g. "By Euronews with AP"; when absent the card builds one from `authors`. */
  byline?: string;
  authors?: { name: string; url?: string }[];
  publisher?: { name: string; url?: string; logo?: string };
  /** ISO 8601: an instant with a zone, or a calendar date (`2023-10-26`). */
  datePublished?: string;
  /** ISO 8601; only present when later than `datePublished`. */
  dateModified?: string;
  image?: ArticleImage;
  /** BCP 47 language tag. */
  lang?: string;
  kind?: ArticleKind;
}

/**
 * Why some data could not become an `Article`: `field` names the property
 * (`url`, `headline`, `json`, …) and `reason` says what is wrong with it.
 */
export class ArticleDataError extends Error {
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string, options?: { cause?: unknown }) {
    super(`${field}: ${reason}`, options);
    this.name = 'ArticleDataError';
    this.field = field;
    this.reason = reason;
  }
}
