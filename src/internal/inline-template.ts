import type { TemplateResult } from 'lit';

type Strings = TemplateStringsArray;

/** Joined strings by outer template and inner template (the inner one's place is the outer's). */
const joined = new WeakMap<Strings, WeakMap<Strings, Strings>>();

/**
 * `outer` with `inner`, one of its values, written into its text: one template where there were
 * two, the same markup and bindings. A template inside a template costs, in every copy, an
 * instance, its list of parts and the part holding it; a card keeps its photo this way (see
 * `photoTemplate`), so a page of cards keeps one template instance per card. Anything but an
 * HTML template result leaves `outer` as it is.
 *
 * The joined strings are made once per pair of templates, a copy with its own `raw` as
 * `heading()` and Lit's static values make them: the library's own source text, never data.
 */
export function inlined(outer: TemplateResult, inner: unknown): TemplateResult {
  const at = outer.values.indexOf(inner);
  if (at === -1 || (inner as TemplateResult)['_$litType$'] !== 1) return outer;
  const { strings: innerStrings, values } = inner as TemplateResult;
  let byInner = joined.get(outer.strings);
  if (byInner === undefined) joined.set(outer.strings, (byInner = new WeakMap()));
  let strings = byInner.get(innerStrings);
  if (strings === undefined) {
    // `outer`'s strings with `inner`'s in place of value `at`, and the same for their `raw`.
    const splice = (outside: readonly string[], inside: readonly string[]) => {
      const middle = [...inside];
      middle[0] = outside[at] + middle[0]!;
      middle[middle.length - 1] += outside[at + 1]!;
      return [...outside.slice(0, at), ...middle, ...outside.slice(at + 2)];
    };
    const copy = splice(outer.strings, innerStrings);
    Object.defineProperty(copy, 'raw', { value: Object.freeze(splice(outer.strings.raw, innerStrings.raw)) });
    strings = Object.freeze(copy) as unknown as Strings;
    byInner.set(innerStrings, strings);
  }
  return {
    ['_$litType$']: 1,
    strings,
    values: [...outer.values.slice(0, at), ...values, ...outer.values.slice(at + 1)],
  };
}
