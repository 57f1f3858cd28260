/**
 * Which hosts a server that loads URLs it was given (a CMS preview, an oEmbed endpoint) should
 * refuse: loopback, private, link-local and other addresses that are not on the public
 * internet, where an attacker's URL would reach the server's own network. Loading refuses
 * nothing by address by itself; a server passes `checkHost: refusePrivateAddresses`:
 *
 * ```js
 * await loadArticle(url, { checkHost: refusePrivateAddresses });
 * await loadArticle(url, { checkHost: (url) => refusePrivateAddresses(url, myResolver) });
 * ```
 *
 * The check resolves a name before `fetch` resolves it again: a DNS server that answers
 * differently the second time defeats it, so a server that must be sure also filters its
 * outgoing connections (a proxy, a firewall).
 */

/** Resolves a host name to its IP addresses (IPv4 dotted or IPv6 text). */
export type Lookup = (hostname: string) => Promise<string[]>;

// [first address, prefix length] of IPv4 ranges that are not public (IANA special-purpose registry).
const PRIVATE_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

function v4Number(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((total, part) => total * 256 + Number(part), 0);
}

function isPrivateV4(value: number): boolean {
  return PRIVATE_V4.some(([first, prefix]) => {
    const size = 2 ** (32 - prefix);
    const start = v4Number(first)!;
    return value >= start && value < start + size;
  });
}

/** The eight 16-bit groups of an IPv6 address, or undefined. */
function v6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase();
  // A trailing dotted IPv4 ("::ffff:127.0.0.1") is two groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = v4Number(dotted[2]!);
    if (v4 === undefined) return undefined;
    text = `${dotted[1]}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (half: string) => (half === '' ? [] : half.split(':').map((group) => Number.parseInt(group, 16)));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : undefined;
}

function isPrivateV6(groups: number[]): boolean {
  const [a, b] = groups as [number, number];
  const embeddedV4 = (high: number, low: number) => isPrivateV4(high * 65536 + low);
  if (groups.slice(0, 6).every((group) => group === 0)) return true; // ::, ::1, IPv4-compatible
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff)
    return embeddedV4(groups[6]!, groups[7]!);
  if (a === 0x64 && b === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    return embeddedV4(groups[6]!, groups[7]!); // NAT64
  }
  if (a === 0x2002) return embeddedV4(b, groups[2]!); // 6to4
  if (a === 0x2001 && (b === 0 || b === 0xdb8)) return true; // Teredo, documentation
  if (a === 0x100 && groups.slice(1, 4).every((group) => group === 0)) return true; // discard
  return (a & 0xfe00) === 0xfc00 || (a & 0xffc0) === 0xfe80 || (a & 0xffc0) === 0xfec0 || (a & 0xff00) === 0xff00;
}

/** Whether an IP address (IPv4 dotted or IPv6, brackets allowed) is not a public internet address. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const v4 = v4Number(bare);
  if (v4 !== undefined) return isPrivateV4(v4);
  const groups = v6Groups(bare);
  // Not an address at all: refused too, the caller asked for addresses it can vouch for.
  return groups === undefined || isPrivateV6(groups);
}

/** Node's resolver, when this runs in Node (20.16 and later); nothing in a browser. */
function nodeLookup(): Lookup | undefined {
  const node = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
  const dns = node?.getBuiltinModule?.('node:dns') as
    { promises: { lookup(host: string, options: { all: true }): Promise<{ address: string }[]> } } | undefined;
  if (dns === undefined) return undefined;
  return async (hostname) => (await dns.promises.lookup(hostname, { all: true })).map((entry) => entry.address);
}

/**
 * Why a URL's host must not be requested, or `undefined` when it may be: an address that is
 * not public, `localhost`, or a name that resolves to any such address. Names are resolved with
 * `lookup`, else Node's resolver; a name that cannot be resolved (no `lookup`, and not in Node,
 * as in a browser) is refused: the check cannot vouch for it.
 */
export async function refusePrivateAddresses(
  url: URL,
  lookup: Lookup | undefined = nodeLookup(),
): Promise<string | undefined> {
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  const literal = host.startsWith('[') || v4Number(host) !== undefined;
  if (literal) return isPrivateAddress(host) ? `${host} is not a public address` : undefined;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine`;
  if (lookup === undefined) return `the addresses of ${host} cannot be checked here (give a lookup)`;
  let addresses: string[];
  try {
    addresses = await lookup(host);
  } catch (error) {
    return `${host} could not be resolved (${error instanceof Error ? error.message : String(error)})`;
  }
  if (addresses.length === 0) return `${host} has no address`;
  const refused = addresses.find(isPrivateAddress);
  return refused === undefined ? undefined : `${host} resolves to ${refused}, not a public address`;
}
