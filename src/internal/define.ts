/**
 * Registers a custom element once. A second copy of the bundle on the same page (a CMS
 * template and a partner snippet both loading it, say) must not throw
 * "NotSupportedError: this name has already been used".
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry === undefined || registry.get(tagName) !== undefined) {
    return;
  }
  try {
    registry.define(tagName, constructor);
  } catch (error) {
    // Another copy may have won a race between get() and define(); anything else is real.
    if (registry.get(tagName) === undefined) {
      throw error;
    }
  }
}
