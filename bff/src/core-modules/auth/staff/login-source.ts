import { isIP } from 'node:net';

/** The source of requests whose address is unknown (no socket peer): they share one count. */
export const UNKNOWN_SOURCE = 'unknown';

/**
 * Where login attempts come from, as the per-source lockout counts them: an IPv4 address as it is (also when
 * written IPv4-mapped, `::ffff:a.b.c.d`), an IPv6 address by its /64 — one subscriber usually holds a whole
 * /64 and could otherwise take a fresh address for every guess.
 */
export function loginSourceOf(ip: string | null): string {
  const address = ip?.trim() ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      return `${ipv6Prefix64(address)}::/64`;
    default:
      return UNKNOWN_SOURCE;
  }
}

/** The first four groups of an IPv6 address, lower case, without leading zeros. */
function ipv6Prefix64(address: string): string {
  const withoutZone = address.split('%')[0] ?? address;
  const [head = '', tail] = withoutZone.toLowerCase().split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  // An embedded IPv4 tail (::a.b.c.d forms) takes two groups; only the first four groups matter here anyway.
  const tailLength = tailGroups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const missing = tail === undefined ? 0 : 8 - headGroups.length - tailLength;
  const groups = [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups];
  return groups
    .slice(0, 4)
    .map((group) => (group.includes('.') ? '0' : group.replace(/^0+(?=.)/, '')))
    .join(':');
}
