import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Share targets: each one a plain link to the network's own share page, built from the article
 * URL and headline. No network script, no request until the reader follows a link. The icons
 * are simple line drawings made for this library (no icon font, nothing fetched); brand colours
 * are applied in the stylesheet.
 */

/** What is shared. */
export interface ShareTarget {
  url: string;
  headline: string;
}

export interface Network {
  /** Brand name shown as is; `undefined` for targets named in the reader's language. */
  brand?: string;
  /** Builds the share link. Every value goes through encodeURIComponent: `%20`, never `+`. */
  href(target: ShareTarget): string;
  /** `mailto:` links open the mail program, not a tab. */
  newTab: boolean;
  icon: TemplateResult;
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

const icon = (paths: SVGTemplateResult): TemplateResult =>
  html`<svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths}
  </svg>`;

export const networks = {
  x: {
    brand: 'X',
    href: ({ url, headline }) => `https://x.com/intent/post?url=${e(url)}&text=${e(headline)}`,
    newTab: true,
    icon: icon(svg`<path d="M4 4h4.5L20 20h-4.5z"/><path d="M19.5 4l-6.4 7.2M4.5 20l6.4-7.2"/>`),
  },
  facebook: {
    brand: 'Facebook',
    href: ({ url }) => `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`,
    newTab: true,
    icon: icon(svg`<circle cx="12" cy="12" r="9.5"/><path d="M15.5 7.5H14a2.5 2.5 0 0 0-2.5 2.5v11.5M8.5 13h6"/>`),
  },
  linkedin: {
    brand: 'LinkedIn',
    href: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`,
    newTab: true,
    icon: icon(
      svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M8 10.5V17M8 7.2v.1M12 17v-6.5m0 3a2.5 2.5 0 0 1 5 0V17"/>`,
    ),
  },
  whatsapp: {
    brand: 'WhatsApp',
    href: (target) => `https://wa.me/?text=${textWithUrl(target)}`,
    newTab: true,
    icon: icon(
      svg`<path d="M3.5 20.5l1.2-4.3a8.5 8.5 0 1 1 3.2 3.2z"/><path d="M9.2 8.3c-.6 2.9 2.6 6.9 6.4 6.6l.7-1.5-1.9-1-.9.7c-1-.5-1.8-1.3-2.3-2.3l.7-.9-.9-1.9z"/>`,
    ),
  },
  telegram: {
    brand: 'Telegram',
    href: ({ url, headline }) => `https://t.me/share/url?url=${e(url)}&text=${e(headline)}`,
    newTab: true,
    icon: icon(svg`<path d="M21.5 3.5L2.5 11l6.5 2.5 2.5 7 3.5-4.5 5 3.5z"/><path d="M9 13.5l12.5-10"/>`),
  },
  bluesky: {
    brand: 'Bluesky',
    href: (target) => `https://bsky.app/intent/compose?text=${textWithUrl(target)}`,
    newTab: true,
    icon: icon(
      svg`<path d="M12 10.8C10.4 7.6 6.8 4 4.3 4 2.8 4 2.8 5.6 3 7.6c.3 2.7 2 4 5 4.3-3 .6-3.8 2.4-2 4.2 2.7 2.7 4.6.3 6-3.3 1.4 3.6 3.3 6 6 3.3 1.8-1.8 1-3.6-2-4.2 3-.3 4.7-1.6 5-4.3.2-2 .2-3.6-1.3-3.6-2.5 0-6.1 3.6-7.7 6.8z"/>`,
    ),
  },
  reddit: {
    brand: 'Reddit',
    href: ({ url, headline }) => `https://www.reddit.com/submit?url=${e(url)}&title=${e(headline)}`,
    newTab: true,
    icon: icon(
      svg`<ellipse cx="12" cy="14.5" rx="8" ry="5.5"/><path d="M12 9l1.2-5 3.6.9M9.3 16.8c1.6 1 3.8 1 5.4 0"/><circle cx="18.2" cy="5.2" r="1.4"/><circle cx="4.6" cy="10.6" r="1.6"/><circle cx="19.4" cy="10.6" r="1.6"/><circle cx="9.2" cy="13.8" r=".6" fill="currentColor"/><circle cx="14.8" cy="13.8" r=".6" fill="currentColor"/>`,
    ),
  },
  email: {
    href: ({ url, headline }) => `mailto:?subject=${e(headline)}&body=${e(url)}`,
    newTab: false,
    icon: icon(svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 6.5L12 13l8.5-6.5"/>`),
  },
} satisfies Record<string, Network>;

export type NetworkName = keyof typeof networks;

/** The networks offered when the `networks` attribute is absent, in display order. */
export const defaultNetworks: readonly NetworkName[] = [
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'bluesky',
  'email',
];

export function isNetworkName(name: string): name is NetworkName {
  return Object.prototype.hasOwnProperty.call(networks, name);
}

/**
 * Splits a `networks` attribute into known names (lower-cased, duplicates dropped, in the
 * order given) and the unknown rest.
 */
export function parseNetworks(value: string | undefined): { known: NetworkName[]; unknown: string[] } {
  if (value === undefined || value.trim() === '') return { known: [...defaultNetworks], unknown: [] };
  const known: NetworkName[] = [];
  const unknown: string[] = [];
  for (const word of value.trim().split(/\s+/)) {
    const name = word.toLowerCase();
    if (!isNetworkName(name)) unknown.push(word);
    else if (!known.includes(name)) known.push(name);
  }
  return { known, unknown };
}

export const shareIcon = html`<svg
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
  aria-hidden="true"
  focusable="false"
>
  <circle cx="18" cy="5" r="2.5" />
  <circle cx="6" cy="12" r="2.5" />
  <circle cx="18" cy="19" r="2.5" />
  <path
    d="M8.2 10.8l7.6-4.4M8.2
  13.2l7.6 4.4"
  />
</svg>`;

export const closeIcon = html`<svg
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  aria-hidden="true"
  focusable="false"
>
  <path d="M6 6l12 12M18 6L6 18" />
</svg>`;

export const linkIcon = html`<svg
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
  aria-hidden="true"
  focusable="false"
>
  <path
    d="M10 14a4.5 4.5 0 0 0
  6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4l-1.1 1.1"
  />
  <path
    d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4
  6.4l1.1-1.1"
  />
</svg>`;
