import type { NetworkName } from './network-names.js';
import type { ShareTarget } from './share-target.js';

/**
 * Share targets: each one a plain link to the network's own share page, built from the article
 * URL and headline. No network script, no request until the reader follows a link. Loaded with
 * the panel, like their icons (`network-icons.ts`); the button itself knows only their names
 * (`network-names.ts`).
 */

export interface Network {
  /** Brand name shown as is; `undefined` for targets named in the reader's language. */
  brand?: string;
  /** Builds the share link. Every value goes through encodeURIComponent: `%20`, never `+`. */
  href(target: ShareTarget): string;
  /** `mailto:` links open the mail program, not a tab. */
  newTab: boolean;
}

/**
 * encodeURIComponent throws a URIError on a lone surrogate (a broken emoji in a headline);
 * such a code unit becomes U+FFFD instead.
 */
const e = (value: string): string =>
  encodeURIComponent(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
/** Networks that take one text field get the headline followed by the URL. */
const textWithUrl = ({ url, headline }: ShareTarget): string => e(headline.trim() ? `${headline.trim()} ${url}` : url);

export const networks: Record<NetworkName, Network> = {
  x: {
    brand: 'X',
    href: ({ url, headline }) => `https://x.com/intent/post?url=${e(url)}&text=${e(headline)}`,
    newTab: true,
  },
  facebook: {
    brand: 'Facebook',
    href: ({ url }) => `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`,
    newTab: true,
  },
  linkedin: {
    brand: 'LinkedIn',
    href: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`,
    newTab: true,
  },
  whatsapp: {
    brand: 'WhatsApp',
    href: (target) => `https://wa.me/?text=${textWithUrl(target)}`,
    newTab: true,
  },
  telegram: {
    brand: 'Telegram',
    href: ({ url, headline }) => `https://t.me/share/url?url=${e(url)}&text=${e(headline)}`,
    newTab: true,
  },
  bluesky: {
    brand: 'Bluesky',
    href: (target) => `https://bsky.app/intent/compose?text=${textWithUrl(target)}`,
    newTab: true,
  },
  reddit: {
    brand: 'Reddit',
    href: ({ url, headline }) => `https://www.reddit.com/submit?url=${e(url)}&title=${e(headline)}`,
    newTab: true,
  },
  email: {
    href: ({ url, headline }) => `mailto:?subject=${e(headline)}&body=${e(url)}`,
    newTab: false,
  },
};
