/**
 * Reading JSON (or an HTML article page) from a `src` URL, and JSON from inline `<script>`
 * children. Every failure becomes a typed error the elements can show a fallback for. Turning
 * the JSON into articles is left to the caller (`load.ts` does it with the whole data layer),
 * and the page reader is loaded only when a page arrives, so this module stays small.
 *
 * Nothing here refuses a URL for the address its host has: a browser's requests are the
 * reader's own, but a server that loads URLs it was given (a CMS preview, an oEmbed endpoint)
 * would reach its own network with them. Such a server passes `checkHost:
 * refusePrivateAddresses` (`addresses.ts`, which browser bundles then never carry).
 */
import { parseJson, parseJsonText } from './json-text.js';
import { TooLarge, discard, readText } from './response-body.js';
import { ArticleDataError } from './types.js';
import type { Article } from './types.js';
import { checkUrl } from './url.js';
import { LazyModule } from './lazy.js';

export type LoadErrorKind =
  'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'invalid-data' | 'aborted' | 'refused';

/**
 * Why a `src` could not be loaded. `status` is set for kind `http` (410 means the article was
 * withdrawn); kind `refused` is a URL whose host `refusePrivateAddresses` turned down.
 */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly status?: number;
  /** The URL that was requested. */
  readonly url: string;

  constructor(kind: LoadErrorKind, message: string, options: { url: string; status?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LoadError';
    this.kind = kind;
    this.url = options.url;
    if (options.status !== undefined) this.status = options.status;
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up; default 8000. */
  timeout?: number;
  /** Largest response accepted, in bytes; default 1 000 000. */
  maxBytes?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * Also accept an HTML article page (`text/html`): its article, as `readPage` reads it, is
   * the data. Off for `loadJson` and `loadStories` by default; on for `loadArticle`.
   */
  pages?: boolean;
  /**
   * The most of an HTML page read, in bytes; default 512 KB. Reading stops at the end of the
   * head when the head has the metadata (JSON-LD or Open Graph tags); a longer page is cut.
   */
  maxPageBytes?: number;
  /**
   * Checks each URL before it is requested, the first and every redirect's (redirects are then
   * followed one by one): a string is the reason to refuse it (kind `refused`). Loading does
   * not refuse private or loopback addresses by itself; a server that loads URLs it was given
   * passes `refusePrivateAddresses`, which refuses hosts that are, or resolve to, addresses
   * not on the public internet.
   */
  checkHost?: (url: URL) => string | undefined | Promise<string | undefined>;
}

const DEFAULT_TIMEOUT = 8000;
const DEFAULT_MAX_BYTES = 1_000_000;
const DEFAULT_MAX_PAGE_BYTES = 512 * 1024;
const ACCEPT = 'application/json, application/ld+json;q=0.9';
const ACCEPT_PAGES = `${ACCEPT}, text/html;q=0.8`;

function isJsonType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (
    essence === 'application/json' ||
    essence === 'application/ld+json' ||
    /^[a-z0-9.!#$%&'*^_`|~-]+\/[a-z0-9.!#$%&'*^_`|~-]+\+json$/.test(essence)
  );
}

function isHtmlType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === 'text/html' || essence === 'application/xhtml+xml';
}

// In a browser a relative `src` means relative to the document, as fetch() would read it.
function documentBase(): string | undefined {
  const base = (globalThis as { document?: { baseURI?: unknown } }).document?.baseURI;
  return typeof base === 'string' ? base : undefined;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}

interface JsonResponse {
  value: unknown;
  /** The URL asked for (normalized). */
  requested: string;
  /** Where the data came from after redirects: the base for its relative URLs. */
  url: string;
}

// setTimeout fires at once for delays past 2^31 - 1 ms; such a timeout means "none".
const MAX_TIMER_DELAY = 2_147_483_647;

/** The page reader, loaded the first time a page arrives (JSON endpoints never need it). */
const pageReader = new LazyModule(() => import('./page-response.js'));

/** Requests with every host checked, loaded the first time a caller passes `checkHost` (servers do, pages never). */
const hostChecks = new LazyModule(() => import('./checked-fetch.js'));

/** Fetches `href`; with `checkHost`, hop by hop, each host checked before it is requested. */
async function fetchChecked(href: string, init: RequestInit, options: LoadOptions): Promise<Response> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const { checkHost } = options;
  if (typeof checkHost !== 'function') return fetchImpl(href, init);
  const { fetchCheckingHosts } = await hostChecks.get();
  return fetchCheckingHosts(href, init, {
    fetch: fetchImpl,
    checkHost,
    checkUrl,
    fail: (kind, message) => new LoadError(kind, message, { url: href }),
  });
}

async function request(url: string, options: LoadOptions): Promise<JsonResponse> {
  const checked = checkUrl(url, { base: documentBase(), kind: 'link' });
  if ('error' in checked) {
    const cause = new ArticleDataError('src', checked.error);
    throw new LoadError('invalid-data', `refused URL: ${checked.error}`, { url: String(url), cause });
  }
  const href = checked.url;
  const { signal } = options;
  if (signal?.aborted) throw new LoadError('aborted', `aborted: ${href}`, { url: href, cause: signal.reason });
  if (typeof (options.fetch ?? globalThis.fetch) !== 'function') {
    throw new LoadError('network', 'fetch is not available', { url: href });
  }

  const controller = new AbortController();
  const timeout = positive(options.timeout, DEFAULT_TIMEOUT);
  let timedOut = false;
  const timer =
    timeout <= MAX_TIMER_DELAY
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });

  const failure = (error: unknown): LoadError => {
    if (error instanceof LoadError) return error;
    if (timedOut)
      return new LoadError('timeout', `no complete response within ${timeout} ms: ${href}`, {
        url: href,
        cause: error,
      });
    if (signal?.aborted) return new LoadError('aborted', `aborted: ${href}`, { url: href, cause: signal.reason });
    if (error instanceof TooLarge) {
      return new LoadError('too-large', `response larger than ${error.maxBytes} bytes: ${href}`, { url: href });
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new LoadError('network', `request failed (${reason}): ${href}`, { url: href, cause: error });
  };

  try {
    const response = await fetchChecked(
      href,
      { credentials: 'omit', signal: controller.signal, headers: { accept: options.pages ? ACCEPT_PAGES : ACCEPT } },
      options,
    );
    if (!response.ok) {
      discard(response);
      const gone = response.status === 410 ? ' (gone)' : '';
      throw new LoadError('http', `HTTP ${response.status}${gone}: ${href}`, { url: href, status: response.status });
    }
    const responseUrl = response.url || href;
    const contentType = response.headers.get('content-type');
    if (options.pages && isHtmlType(contentType)) {
      return { value: await readArticlePage(response, responseUrl, options), requested: href, url: responseUrl };
    }
    if (!isJsonType(contentType)) {
      discard(response);
      const expected = options.pages ? 'JSON or an HTML page' : 'JSON';
      throw new LoadError('not-json', `expected ${expected}, got ${contentType ?? 'no content type'}: ${href}`, {
        url: href,
      });
    }
    const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      discard(response);
      throw new LoadError('too-large', `response of ${declared} bytes is larger than ${maxBytes}: ${href}`, {
        url: href,
      });
    }
    const text = await readText(response, maxBytes);
    const parsed = parseJson(text.replace(/^\uFEFF/, ''));
    if ('error' in parsed) {
      throw new LoadError('not-json', `not valid JSON (${parsed.error}): ${href}`, { url: href, cause: parsed.cause });
    }
    return { value: parsed.value, requested: href, url: responseUrl };
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** The article of an HTML page response, read as far as its metadata goes. */
async function readArticlePage(response: Response, url: string, options: LoadOptions): Promise<Article> {
  const { readPageResponse } = await pageReader.get();
  const article = await readPageResponse(response, url, positive(options.maxPageBytes, DEFAULT_MAX_PAGE_BYTES));
  // `instanceof Error`: in the browser bundles the page reader is a file of its own, with its own classes.
  if (article instanceof Error) {
    throw new LoadError('invalid-data', `${article.message}: ${url}`, { url, cause: article });
  }
  return article;
}

/** Fetches JSON with the security rules for `src`; rejects only with a `LoadError`. */
export async function loadJson(url: string, options: LoadOptions = {}): Promise<unknown> {
  return (await request(url, options)).value;
}

/**
 * Fetches JSON and turns it into data with `convert`, which gets the response URL as the base
 * for relative URLs; a conversion that returns an `ArticleDataError` rejects as `invalid-data`.
 */
export async function loadConverted<T>(
  url: string,
  options: LoadOptions,
  convert: (value: unknown, base: string) => T | ArticleDataError | Promise<T | ArticleDataError>,
): Promise<T> {
  const response = await request(url, options);
  const result = await convert(response.value, response.url);
  // `instanceof Error`: a converter may come from a file of its own (see `read-article.ts`), with its own classes.
  if (result instanceof Error) {
    throw new LoadError('invalid-data', `${result.message}: ${response.url}`, {
      url: response.requested,
      cause: result,
    });
  }
  return result;
}

const INLINE_TYPES = new Set(['application/ld+json', 'application/json']);

/**
 * Reads the JSON of the host's direct `<script type="application/ld+json">`
 * and `<script type="application/json">` children; several blocks come back
 * as one array, in document order.
 */
export function readInlineJson(
  host: Element,
): { found: false } | { found: true; value: unknown } | { found: true; error: ArticleDataError } {
  const values: unknown[] = [];
  for (const child of Array.from(host.children)) {
    if (child.localName !== 'script') continue;
    const type = (child.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!INLINE_TYPES.has(type)) continue;
    const parsed = parseJsonText(child.textContent ?? '');
    if ('error' in parsed) return { found: true, error: parsed.error };
    values.push(parsed.value);
  }
  if (values.length === 0) return { found: false };
  return { found: true, value: values.length === 1 ? values[0] : values };
}
