/**
 * Walks what elements render (their shadow roots, and the shadow roots inside those) and
 * lists everything the Security contract forbids: an attribute holding a URL that is not
 * http(s), mailto or a data: image; an event-handler attribute; an element that runs or loads
 * something (script, iframe, object, base…); a style attribute with url() or expression();
 * a `lang` that is not a language tag; a link to a new tab without `noopener`.
 */
import { parseSrcset } from '../../src/data/srcset.js';

export interface Finding {
  /** The element, e.g. `aw-article-card#c3 > a`. */
  where: string;
  problem: string;
}

export const urlAttributes = new Set([
  'href',
  'src',
  'srcset',
  'imagesrcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'ping',
  'cite',
  'longdesc',
  'manifest',
  'codebase',
  'lowsrc',
  'dynsrc',
]);

export const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'foreignobject',
  'portal',
  'fencedframe',
]);

const imageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/svg+xml']);

/**
 * Whether a URL as an attribute holds it may reach the DOM: http(s), mailto, or a data: image.
 * Written apart from the package's URL policy (src/data/url.ts), so that it checks it.
 */
export function isSafeUrl(value: string, base: string = document.baseURI): boolean {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname !== '';
  if (url.protocol === 'mailto:') return true;
  if (url.protocol === 'data:') {
    const type = /^data:([^;,]*)/i.exec(url.href)?.[1]?.trim().toLowerCase() ?? '';
    return imageTypes.has(type);
  }
  return false;
}

/** The URLs of a srcset, split as the HTML parser splits them. */
export function srcsetUrls(value: string): string[] {
  return parseSrcset(value).map((candidate) => candidate.url);
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const part = element.getAttribute('part');
  return `${element.localName}${id}${part ? `[part="${part}"]` : ''}`;
}

function short(value: string): string {
  return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const sameContextTargets = new Set(['', '_self', '_top', '_parent']);

function auditElement(element: Element, where: string, findings: Finding[]): void {
  const name = element.localName;
  if (forbiddenElements.has(name)) findings.push({ where, problem: `<${name}> element` });
  for (const attribute of Array.from(element.attributes)) {
    const attributeName = attribute.name.toLowerCase();
    const value = attribute.value;
    if (attributeName.startsWith('on')) {
      findings.push({ where, problem: `event handler attribute ${attributeName}=${short(value)}` });
    } else if (attributeName === 'srcset' || attributeName === 'imagesrcset') {
      for (const url of srcsetUrls(value)) {
        if (!isSafeUrl(url)) findings.push({ where, problem: `unsafe URL in ${attributeName}: ${short(url)}` });
      }
    } else if (urlAttributes.has(attributeName)) {
      if (!isSafeUrl(value)) findings.push({ where, problem: `unsafe URL in ${attributeName}=${short(value)}` });
    } else if (attributeName === 'style') {
      if (/url\s*\(|expression\s*\(|javascript:|@import/i.test(value)) {
        findings.push({ where, problem: `style attribute ${short(value)}` });
      }
    } else if (attributeName === 'lang') {
      if (value !== '' && !isLanguageTag(value)) findings.push({ where, problem: `lang=${short(value)}` });
    } else if (attributeName === 'dir') {
      if (!['ltr', 'rtl', 'auto'].includes(value)) findings.push({ where, problem: `dir=${short(value)}` });
    }
  }
  if (name === 'a' && element.hasAttribute('target')) {
    const target = element.getAttribute('target')!.toLowerCase();
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!sameContextTargets.has(target) && !rel.includes('noopener')) {
      findings.push({ where, problem: `target=${short(target)} without rel="noopener"` });
    }
  }
}

/**
 * Everything forbidden in what `host` renders: its shadow root, and every shadow root below.
 * The light DOM is the page's own markup and is not looked at.
 */
export function auditRendering(host: Element): Finding[] {
  const findings: Finding[] = [];
  const visit = (root: ShadowRoot, path: string) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const where = `${path} > ${describe(element)}`;
      auditElement(element, where, findings);
      if (element.shadowRoot) visit(element.shadowRoot, where);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot, describe(host));
  return findings;
}

/** Whether the element shows anything at all: an element of its own, or its slot. */
export function rendersSomething(host: Element): boolean {
  return host.shadowRoot !== null && host.shadowRoot.querySelector('*') !== null;
}
