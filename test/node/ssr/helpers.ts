/**
 * Reading server-rendered HTML back with a real HTML parser (parse5), the way a browser
 * without script, or a crawler, would see it.
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type Template = DefaultTreeAdapterMap['template'];

export const fixtures = new URL('../../fixtures/', import.meta.url);

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function childElements(parent: { childNodes: Node[] }): Element[] {
  return parent.childNodes.filter(isElement);
}

/** Every element below `parent`, also inside `<template>` contents (declarative shadow roots). */
export function descendants(parent: { childNodes: Node[] }): Element[] {
  const found: Element[] = [];
  for (const child of childElements(parent)) {
    found.push(child);
    found.push(...descendants(child));
    if (child.tagName === 'template') found.push(...descendants((child as Template).content));
  }
  return found;
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node)) return '';
  const children =
    isElement(node) && node.tagName === 'template' ? (node as Template).content.childNodes : node.childNodes;
  return children.map(textOf).join('');
}

/** A rendered element: the host, its declarative shadow root and its light-DOM children. */
export interface Rendered {
  host: Element;
  /** The `<template shadowrootmode>` element's content. */
  shadow: DefaultTreeAdapterMap['documentFragment'];
  template: Element;
  /** The host's children other than the shadow root template. */
  light: Element[];
  /** Every top-level node of the fragment (expected: the host alone). */
  top: Node[];
}

export function parseRendered(html: string, tagName: string): Rendered {
  const fragment = parseFragment(html);
  const top = fragment.childNodes;
  const host = top.find((node): node is Element => isElement(node) && node.tagName === tagName);
  if (!host) throw new Error(`no <${tagName}> in ${html.slice(0, 200)}`);
  const [template, ...light] = childElements(host);
  if (template?.tagName !== 'template') throw new Error(`<${tagName}> does not start with a <template>`);
  return { host, shadow: (template as Template).content, template, light, top };
}
