import type { TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';

/** Heading levels an element may be given; anything else falls back to its default. */
export function headingLevel(level: number, fallback: 2 | 3): number {
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback;
}

const variants = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/** The template's strings with every `<h3>`…`</h3>` written at `level`, made once per template and level. */
function atLevel(strings: TemplateStringsArray, level: number): TemplateStringsArray {
  if (level === 3) return strings;
  let list = variants.get(strings);
  if (list === undefined) {
    list = [];
    variants.set(strings, list);
  }
  let found = list[level];
  if (found === undefined) {
    const rewrite = (text: string) => text.replace(/<(\/?)h3\b/g, `<$1h${level}`);
    // A copy with its own `raw`, as Lit's static-html makes: the strings are the library's own
    // source text, never data.
    const copy = strings.map(rewrite) as string[] & { raw?: readonly string[] };
    Object.defineProperty(copy, 'raw', { value: Object.freeze(strings.raw.map(rewrite)) });
    found = Object.freeze(copy) as unknown as TemplateStringsArray;
    list[level] = found;
  }
  return found;
}

/**
 * The one way the elements write headings: `heading(level)` is Lit's `html` in which every
 * `<h3>` of the template becomes an `<h2>`–`<h6>`, so the heading sits in the element's one
 * template (no nested template per card) and its tag name never comes from data. Each template
 * and level is made once; later renders look it up.
 *
 * ```ts
 * heading(this.headingLevel)`<h3 part="headline">${text}</h3>`
 * ```
 */
export function heading(level: number) {
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult =>
    html(atLevel(strings, level), ...values);
}
