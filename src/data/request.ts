/**
 * Reading JSON from a `src` URL or from inline `<script>` children. Every failure becomes a
 * typed error the elements can show a fallback for. Turning the JSON into articles is left to
 * the caller (`load.ts` does it with the whole data layer), so this module stays small.
 */
import { parseJsonText } from './json-text.js';
import { ArticleDataError } from './types.js';
import { checkUrl } from './url.js';

export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'too-large' | 'not-json' | 'invalid-data' | 'aborted';

/** Why a `src` could not be loaded. `status` is set for kind `http` (410 means the article was withdrawn). */
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
}

const DEFAULT_TIMEOUT = 8000;
const DEFAULT_MAX_BYTES = 1_000_000;
const ACCEPT = 'application/json, application/ld+json;q=0.9';

function isJsonType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (
    essence === 'application/json' ||
    essence === 'application/ld+json' ||
    /^[a-z0-9.!#$%&'*^_`|~-]+\/[a-z0-9.!#$%&'*^_`|~-]+\+json$/.test(essence)
  );
}

// In a browser a relative `src` means relative to the document, as fetch() would read it.
function documentBase(): string | undefined {
  const base = (globalThis as { document?: { baseURI?: unknown } }).document?.baseURI;
  return typeof base === 'string' ? base : undefined;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}

async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () => new LoadError('too-large', `response larger than ${maxBytes} bytes: ${url}`, { url });
  const decoder = new TextDecoder('utf-8');
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    if (buffer.byteLength > maxBytes) throw tooLarge();
    return decoder.decode(buffer);
  }
  const reader = response.body.getReader();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
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

async function request(url: string, options: LoadOptions): Promise<JsonResponse> {
  const checked = checkUrl(url, { base: documentBase(), kind: 'link' });
  if ('error' in checked) {
    const cause = new ArticleDataError('src', checked.error);
    throw new LoadError('invalid-data', `refused URL: ${checked.error}`, { url: String(url), cause });
  }
  const href = checked.url;
  const { signal } = options;
  if (signal?.aborted) throw new LoadError('aborted', `aborted: ${href}`, { url: href, cause: signal.reason });
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new LoadError('network', 'fetch is not available', { url: href });

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
    const reason = error instanceof Error ? error.message : String(error);
    return new LoadError('network', `request failed (${reason}): ${href}`, { url: href, cause: error });
  };

  try {
    const response = await fetchImpl(href, {
      credentials: 'omit',
      signal: controller.signal,
      headers: { accept: ACCEPT },
    });
    if (!response.ok) {
      discard(response);
      const gone = response.status === 410 ? ' (gone)' : '';
      throw new LoadError('http', `HTTP ${response.status}${gone}: ${href}`, { url: href, status: response.status });
    }
    const contentType = response.headers.get('content-type');
    if (!isJsonType(contentType)) {
      discard(response);
      throw new LoadError('not-json', `expected JSON, got ${contentType ?? 'no content type'}: ${href}`, { url: href });
    }
    const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      discard(response);
      throw new LoadError('too-large', `response of ${declared} bytes is larger than ${maxBytes}: ${href}`, {
        url: href,
      });
    }
    const text = await readText(response, maxBytes, href);
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new LoadError('not-json', `not valid JSON (${reason}): ${href}`, { url: href, cause: error });
    }
    return { value, requested: href, url: response.url || href };
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
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
  if (result instanceof ArticleDataError) {
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
