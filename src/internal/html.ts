/**
 * Text and attribute values written into HTML by hand (server rendering, embed snippets): the
 * one escaper of the library. Lit escapes what it renders itself.
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text between tags. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (char) => escapes[char]!);
}

/** A value inside a quoted attribute, single or double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapes[char]!);
}
