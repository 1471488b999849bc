import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';

const EMBEDDED_IPV4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The eight 16-bit groups of a valid IPv6 address (`::`, an embedded IPv4 tail and a zone index allowed). */
function ipv6Groups(address: string): number[] {
  let text = address.split('%')[0] ?? '';
  const v4 = EMBEDDED_IPV4.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [left = '', right] = text.split('::');
  const head = left === '' ? [] : left.split(':');
  if (right === undefined) return head.map((group) => parseInt(group, 16));
  const tail = right === '' ? [] : right.split(':');
  const zeros: string[] = Array.from({ length: 8 - head.length - tail.length }, () => '0');
  return [...head, ...zeros, ...tail].map((group) => parseInt(group, 16));
}

/**
 * What a per-IP counter is kept for: an IPv4 address as it is, an IPv6 address by its /64 — one subscriber's
 * network, inside which an attacker could otherwise take a fresh address for every request.
 */
export function ipSubject(ip: string | null): string {
  if (!ip) return 'unknown';
  if (!isIPv6(ip)) return ip;
  const prefix = ipv6Groups(ip)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':');
  return `${prefix}::/64`;
}

/**
 * A fixed-length stand-in for an account named by a request (a username, a challenge or refresh token):
 * counters never hold the secret itself, and a 10 KB "username" costs the store no more than a short one.
 */
export function accountSubject(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22);
}
