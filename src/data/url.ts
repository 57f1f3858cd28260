/**
 * The URL policy: which URLs from data may become a link, an image source or
 * an email share. Everything passes through here before it reaches the DOM.
 */

/** What the URL is for: `link` (http/https), `image` (also `data:image/…`), `email` (also `mailto:`). */
export type UrlKind = 'link' | 'image' | 'email';

export interface UrlCheckOptions {
  /** Absolute URL that relative and protocol-relative URLs resolve against. */
  base?: string;
  /** Default `link`. */
  kind?: UrlKind;
}

export const MAX_URL_LENGTH = 8192;

const IMAGE_DATA_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml']);

// Browsers drop leading/trailing C0 controls and spaces, and tabs and newlines
// anywhere, before they read the scheme: "\x01 java\tscript:" is javascript:.
// eslint-disable-next-line no-control-regex
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/** Leading and trailing C0 controls and spaces removed, as the URL parser removes them. */
function trimUrl(value: string): string {
  // Loops, not /^[…]+|[…]+$/: that pattern tries every character of a long run inside the URL.
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

function parse(value: string, base?: string): URL | undefined {
  try {
    return base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
}

function checkDataUrl(value: string, kind: UrlKind): UrlCheck {
  if (kind !== 'image') return { error: 'data: URLs are only allowed for images' };
  const mediaType = /^data:([^;,]*)/i.exec(value.replace(IGNORED_IN_SCHEME, ''))?.[1]?.toLowerCase() ?? '';
  if (!IMAGE_DATA_TYPES.has(mediaType)) {
    return {
      error: `data: URLs must be png, jpeg, gif, webp, avif or svg+xml images, not "${mediaType || 'text/plain'}"`,
    };
  }
  const url = parse(value);
  return url ? { url: url.href } : { error: 'not a valid data: URL' };
}

let lastBase: { value: string; href: string | undefined } | undefined;

/**
 * The base as an http(s) URL, or undefined. Remembered for the last value: a page of cards
 * resolves every relative URL against the same document base.
 */
function httpBase(value: string): string | undefined {
  if (lastBase?.value !== value) {
    const base = parse(value);
    const usable = base !== undefined && (base.protocol === 'http:' || base.protocol === 'https:');
    lastBase = { value, href: usable ? base.href : undefined };
  }
  return lastBase.href;
}

/**
 * Checks a URL from data against the policy and normalizes it. Never throws.
 *
 * Allowed: `http:` and `https:`; `mailto:` for kind `email`; `data:image/…`
 * (png, jpeg, gif, webp, avif, svg+xml) for kind `image`. Relative URLs
 * resolve against `base`; a protocol-relative URL (`//host/path`) without a
 * base is read as `https:`.
 */
export function checkUrl(value: unknown, options: UrlCheckOptions = {}): UrlCheck {
  const kind = options.kind ?? 'link';
  if (typeof value !== 'string') return { error: `expected a string, got ${value === null ? 'null' : typeof value}` };
  if (value.length > MAX_URL_LENGTH) return { error: `longer than ${MAX_URL_LENGTH} characters` };
  // A URL this function gave out comes back unchanged (normalizing is idempotent), whatever
  // the kind and base: the data layer checks each URL it reads, and the element that renders it
  // checks it again (an attribute may come from the page instead), so a page of cards would
  // parse every URL twice.
  if (passedWebUrls.has(value)) return { url: value };
  const result = check(value, kind, options.base);
  if ('url' in result && result.url.startsWith('http')) {
    // A page holds a few hundred URLs; a stream of new ones just starts the memory again.
    if (passedWebUrls.size >= 2000) passedWebUrls.clear();
    passedWebUrls.add(result.url);
  }
  return result;
}

type UrlCheck = { url: string } | { error: string };

/** Normalized http: and https: URLs that `checkUrl` passed (see there). */
const passedWebUrls = new Set<string>();

function check(value: string, kind: UrlKind, base: string | undefined): UrlCheck {
  const trimmed = trimUrl(value);
  if (trimmed === '') return { error: 'empty' };

  const scheme = SCHEME.exec(trimmed.replace(IGNORED_IN_SCHEME, ''))?.[1]?.toLowerCase();
  if (scheme === 'data') return checkDataUrl(trimmed, kind);
  if (scheme === 'mailto' && kind !== 'email') return { error: 'mailto: URLs are only allowed for email' };
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') {
    return { error: `${scheme}: URLs are not allowed` };
  }

  let url: URL | undefined;
  if (scheme !== undefined) {
    url = parse(trimmed);
  } else if (base !== undefined) {
    const httpBaseUrl = httpBase(base);
    if (httpBaseUrl === undefined) return { error: 'relative URL with a base that is not an http(s) URL' };
    url = parse(trimmed, httpBaseUrl);
  } else if (/^[/\\]{2}/.test(trimmed)) {
    url = parse(`https:${trimmed}`);
  } else {
    return { error: 'relative URL without a base' };
  }
  if (!url) return { error: 'not a valid URL' };

  const { protocol, href } = url;
  const web = protocol === 'http:' || protocol === 'https:';
  if (!web && !(kind === 'email' && protocol === 'mailto:')) return { error: `${protocol} URLs are not allowed` };
  if (web && url.hostname === '') return { error: 'no host' };
  if (href.length > MAX_URL_LENGTH) return { error: `longer than ${MAX_URL_LENGTH} characters` };
  return { url: href };
}

/** The normalized URL when it passes the policy, else `undefined`. */
export function safeUrl(value: unknown, options?: UrlCheckOptions): string | undefined {
  const result = checkUrl(value, options);
  return 'url' in result ? result.url : undefined;
}

const STAND_IN_BASE = 'https://relative.invalid/';

/**
 * Checks a URL that is written into HTML for a browser to resolve later, where there is no
 * document to resolve it against now (server rendering). An absolute URL comes back
 * normalized, as from `checkUrl`; a relative one is checked against a stand-in base and comes
 * back as written, for the browser to resolve against its page.
 *
 * "As written" is exactly the string that was checked, trimmed only the way the URL parser
 * trims (C0 controls and spaces). `String#trim` also drops U+FEFF and other Unicode spaces,
 * which the URL parser keeps: "\uFEFFjavascript:…" is a harmless relative path to it, but the
 * same string trimmed by JavaScript is a `javascript:` URL.
 */
export function checkUnresolvedUrl(value: unknown, kind: UrlKind = 'link'): { url: string } | { error: string } {
  if (typeof value !== 'string') return checkUrl(value, { kind });
  const written = trimUrl(value);
  const result = checkUrl(written, { kind, base: STAND_IN_BASE });
  return 'url' in result && result.url.startsWith(STAND_IN_BASE) ? { url: written } : result;
}
