/**
 * How the server renderers write an element: through @lit-labs/ssr (the element's own
 * `render()`, so server and browser never differ), with its styles inline, nonced or linked,
 * and with light-DOM children (fallback links, inline data) after its declarative shadow root.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { escapeAttribute } from '../internal/html.js';
import { RenderInputError, describe, optionalString, requireUrl } from './inputs.js';

/**
 * Where the declarative shadow roots take their styles from. By default each holds an inline
 * `<style>`, which a Content-Security-Policy with `style-src 'self'` (no `'unsafe-inline'`)
 * blocks until the element's script loads and applies its styles itself: the server-rendered
 * element shows unstyled until then. For such a page, pick one:
 * - `stylesheets`: each shadow root links to its element's stylesheet file instead
 *   (`<link rel="stylesheet">`), which `style-src 'self'` allows;
 * - `nonce`: each `<style>` carries the page's CSP nonce (`style-src 'self' 'nonce-…'`);
 * - or keep the inline styles and allow their hashes (`elementStylesheets()`, `hash`).
 */
export interface StyleOptions {
  /**
   * The page's CSP nonce, put on every inline `<style>` (`style-src 'nonce-<value>'`). Make a
   * fresh random one for each response. Base64 characters only.
   */
  nonce?: string;
  /**
   * URL of the folder that serves the elements' stylesheets (`aw-article-card.css`,
   * `aw-photo.css`, … from `elementStylesheets()` or `article-widgets styles <dir>`); each
   * shadow root then links to its element's file instead of holding a `<style>`. Absolute
   * (http or https) or relative to the page, like `/widgets/styles/`. Serve the files with the
   * package's version: they must match the elements that render into them.
   */
  stylesheets?: string;
}

/** An element's tag as the server writes it. */
export interface Host {
  /**
   * Its attributes, in this order, with the names the element reads: `undefined` and `false`
   * leave one out, `true` writes it empty (a boolean attribute).
   */
  attributes: Record<string, string | number | boolean | undefined>;
  /** The data it renders, set as this property before it renders (`article`, `stories`). */
  property?: { name: string; value: unknown };
}

/**
 * One template per element and list of attribute names, made from those names (which come
 * from the code, never from data) with Lit's rules for a template's strings, as `heading()`
 * and Lit's static-html make them; the values are bindings, which Lit escapes.
 */
const hostTemplates = new Map<string, TemplateStringsArray>();

function hostTemplate(tagName: string, names: readonly string[], property: string | undefined): TemplateStringsArray {
  const key = [tagName, property ?? '', ...names].join(' ');
  let strings = hostTemplates.get(key);
  if (strings === undefined) {
    const binds = [...(property === undefined ? [] : [`.${property}=`]), ...names.map((name) => `${name}=`)];
    const parts = binds.length === 0 ? [`<${tagName}></${tagName}>`] : [`<${tagName} ${binds[0]}`];
    for (const bind of binds.slice(1)) parts.push(` ${bind}`);
    if (binds.length > 0) parts.push(`></${tagName}>`);
    strings = Object.freeze(Object.assign([...parts], { raw: Object.freeze([...parts]) })) as TemplateStringsArray;
    hostTemplates.set(key, strings);
  }
  return strings;
}

/**
 * Renders one element through @lit-labs/ssr and returns it without the markers of the
 * one-element template around it: those serve a page-level `hydrate()` of that template,
 * which never happens here (each element hydrates its own shadow root when it upgrades).
 */
export function renderElement(tagName: string, host: Host, styles: StyleSource): string {
  if (customElements.get(tagName) === undefined) {
    // The element modules define themselves on import; a missing one means a broken build.
    throw new Error(`<${tagName}> is not defined`);
  }
  const names = Object.keys(host.attributes);
  const values = names.map((name) => {
    const value = host.attributes[name];
    return ifDefined(value === true ? '' : value === false ? undefined : value);
  });
  const strings = hostTemplate(tagName, names, host.property?.name);
  const template = html(strings, ...(host.property === undefined ? [] : [host.property.value]), ...values);
  const rendered = collectResultSync(render(template, { elementRenderers: [rendererFor(styles)] }));
  const outer = /^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?([\s\S]*)<!--\/lit-part-->$/.exec(rendered);
  const element = outer === null ? rendered : outer[1]!;
  // The white space before the attributes that were left out stays behind.
  return element.replace(/^(<[a-z][\w-]*)\s+/, '$1 ');
}

// Styles of the declarative shadow roots

export type StyleSource = { inline: true; nonce?: string } | { inline: false; folder: string };

/** A CSP nonce: base64 or base64url characters (CSP's `base64-value`). */
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

export function styleSourceOf(options: Partial<Record<keyof StyleOptions, unknown>>): StyleSource {
  const nonce = optionalString(options.nonce, 'options.nonce');
  const folder =
    options.stylesheets === undefined ? undefined : requireUrl(options.stylesheets, 'options.stylesheets', 'link');
  if (nonce !== undefined && folder !== undefined) {
    throw new RenderInputError('options.nonce', 'leave it out with stylesheets: linked styles need no nonce');
  }
  if (folder !== undefined) return { inline: false, folder: folder.endsWith('/') ? folder : `${folder}/` };
  if (nonce !== undefined && !NONCE.test(nonce)) {
    throw new RenderInputError('options.nonce', `must be base64 characters, not ${describe(nonce)}`);
  }
  return nonce === undefined ? { inline: true } : { inline: true, nonce };
}

/**
 * The element renderer for a style source: Lit's own for inline styles, else one that writes
 * the `<style>` Lit opens each shadow root with as a nonced `<style>` or as a `<link>`. Nested
 * elements (the card's photo) are rendered by the same renderer, so they get the same.
 */
function rendererFor(styles: StyleSource): typeof LitElementRenderer {
  if (styles.inline && styles.nonce === undefined) return LitElementRenderer;
  return class extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      const result = super.renderShadow(renderInfo);
      const end = result?.indexOf('</style>') ?? -1;
      if (result === undefined || result[0] !== '<style>' || end === -1) return result;
      if (styles.inline) return [`<style nonce="${styles.nonce}">`, ...result.slice(1)];
      const href = escapeAttribute(`${styles.folder}${stylesheetName(this.tagName)}`);
      return [`<link rel="stylesheet" href="${href}">`, ...result.slice(end + 1)];
    }
  };
}

export function stylesheetName(tagName: string): string {
  return `${tagName}.css`;
}

/**
 * Puts light-DOM children into a rendered element, after its shadow root's `<template>`. They
 * are written here, as escaped strings, rather than through the template: a Lit template
 * cannot bind inside `<script>`, and this keeps them free of hydration markers.
 */
export function withLightDom(element: string, tagName: string, children: string): string {
  const close = `</${tagName}>`;
  const at = element.lastIndexOf(close);
  if (at === -1) throw new Error(`Rendered <${tagName}> has no closing tag`);
  return element.slice(0, at) + children + element.slice(at);
}

/**
 * Data as an inline `<script type="application/json">` child, the way the elements read it.
 * In a script element only `</script` and `<!--` end or change the text, so every `<` (and,
 * for good measure, `>` and `&`) is written as a JSON escape, which `JSON.parse` reads back as is.
 */
export function inlineJson(value: unknown): string {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => scriptEscapes[char]!);
  return `<script type="application/json">${json}</script>`;
}

const scriptEscapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
