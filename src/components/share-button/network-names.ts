/**
 * The share targets the button knows, by name: what the `networks` attribute takes. Their links
 * are built in `networks.ts`, loaded with the panel.
 */

/** Every network, in no particular order. */
const names = ['x', 'facebook', 'linkedin', 'whatsapp', 'telegram', 'bluesky', 'reddit', 'email'] as const;

export type NetworkName = (typeof names)[number];

/** The networks offered when the `networks` attribute is absent, in display order. */
export const defaultNetworks: readonly NetworkName[] = [
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'bluesky',
  'email',
];

export function isNetworkName(name: string): name is NetworkName {
  return (names as readonly string[]).includes(name);
}

/**
 * Splits a `networks` attribute into known names (lower-cased, duplicates dropped, in the
 * order given) and the unknown rest.
 */
export function parseNetworks(value: string | undefined): { known: NetworkName[]; unknown: string[] } {
  if (value === undefined || value.trim() === '') return { known: [...defaultNetworks], unknown: [] };
  const known: NetworkName[] = [];
  const unknown: string[] = [];
  for (const word of value.trim().split(/\s+/)) {
    const name = word.toLowerCase();
    if (!isNetworkName(name)) unknown.push(word);
    else if (!known.includes(name)) known.push(name);
  }
  return { known, unknown };
}
