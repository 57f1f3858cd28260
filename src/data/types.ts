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

/** An error class about one input, as `fieldError` makes it: an `E` with `field` and `reason`. */
type FieldErrorClass<E extends Error> = new (
  field: string,
  reason: string,
  options?: { cause?: unknown },
) => E & { readonly field: string; readonly reason: string };

/**
 * The body of the library's errors about one input: a `Base` error class (`Error`,
 * `TypeError`) whose message is "field: reason", which keeps `field` and `reason` apart for
 * code and takes a `cause`. Its instances are `Base`'s, in their type too.
 */
export const fieldError = <E extends Error>(
  Base: new (message?: string, options?: { cause?: unknown }) => E,
  name: string,
): FieldErrorClass<E> =>
  class extends (Base as unknown as ErrorConstructor) {
    readonly field: string;
    readonly reason: string;

    constructor(field: string, reason: string, options?: { cause?: unknown }) {
      super(`${field}: ${reason}`, options);
      this.name = name;
      this.field = field;
      this.reason = reason;
    }
  } as unknown as FieldErrorClass<E>;

/**
 * Why some data could not become an `Article`: `field` names the property
 * (`url`, `headline`, `json`, …) and `reason` says what is wrong with it.
 */
export class ArticleDataError extends fieldError(Error, 'ArticleDataError') {}
