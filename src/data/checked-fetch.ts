/**
 * Requests whose every host is checked before it is asked (`LoadOptions.checkHost`): redirects
 * are followed one by one, each target checked first. Only a caller that passes `checkHost`
 * loads this module (a server loading URLs it was given, with `refusePrivateAddresses`), so
 * the browser bundles fetch it only if a page asks for it.
 */
import { discard } from './response-body.js';
import type { checkUrl } from './url.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * What the request needs of its caller. The caller's own error class and URL policy are handed
 * over rather than imported: in the browser files this module is a file of its own, and with
 * its own copies a refusal would not be the caller's `LoadError`.
 */
export interface HostChecks {
  fetch: typeof fetch;
  checkHost: (url: URL) => string | undefined | Promise<string | undefined>;
  /** The URL policy a redirect's target must pass (`checkUrl`). */
  checkUrl: typeof checkUrl;
  /** The error to throw for a refused host or redirect, or for too many redirects. */
  fail: (kind: 'refused' | 'network', message: string) => Error;
}

/** Fetches `href`, following redirects one by one and checking each hop's host before it is requested. */
export async function fetchCheckingHosts(href: string, init: RequestInit, use: HostChecks): Promise<Response> {
  const { fail } = use;
  let current = href;
  for (let hop = 0; ; hop++) {
    const refused = await use.checkHost(new URL(current));
    if (refused !== undefined) throw fail('refused', `refused URL: ${refused}: ${current}`);
    const response = await use.fetch(current, { ...init, redirect: 'manual' });
    // A browser hides where a redirect goes: it cannot be checked, so it is not followed.
    if (response.type === 'opaqueredirect') {
      throw fail('refused', `refused redirect: its target cannot be checked here: ${current}`);
    }
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return response;
    discard(response);
    if (hop >= MAX_REDIRECTS) throw fail('network', `more than ${MAX_REDIRECTS} redirects: ${href}`);
    const next = use.checkUrl(location, { base: current, kind: 'link' });
    if ('error' in next) throw fail('refused', `refused redirect: ${next.error}: ${location}`);
    current = next.url;
  }
}
