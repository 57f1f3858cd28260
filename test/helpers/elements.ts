import { elements, elementTags } from '../../src/elements.js';

export { elementTags };

/** Defines every element of the registry (src/elements.ts): what a cross-cutting suite covers. */
export async function defineAll(): Promise<void> {
  await Promise.all(elementTags.map((tag) => elements[tag].load()));
}
