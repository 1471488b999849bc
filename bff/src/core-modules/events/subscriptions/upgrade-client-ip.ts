import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

function plain(address: string): string {
  return IPV4_MAPPED.exec(address)?.[1] ?? address;
}

function familyOf(address: string): 'ipv4' | 'ipv6' | null {
  const family = isIP(address);
  return family === 4 ? 'ipv4' : family === 6 ? 'ipv6' : null;
}

/** The trusted proxies (TRUSTED_PROXIES, CIDRs or addresses) as a BlockList, or null when there are none. */
export function trustedProxyList(cidrs: readonly string[]): BlockList | null {
  if (cidrs.length === 0) return null;
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address = '', prefix] = cidr.split('/');
    const family = familyOf(address);
    if (!family) continue;
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/**
 * The client address of a WebSocket upgrade, the way the HTTP platforms decide it for requests (proxy-addr's rule,
 * which Fastify's `trustProxy` and Express's `trust proxy` apply): the socket's peer, and while that address is a
 * trusted proxy, the next address to the left in X-Forwarded-For. With no trusted proxies the header is ignored.
 */
export function upgradeClientIp(request: Pick<IncomingMessage, 'headers' | 'socket'>, trusted: BlockList | null): string {
  let address = plain(request.socket.remoteAddress ?? '');
  if (!trusted || !address) return address || 'unknown';
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .reverse();
  for (const next of forwarded) {
    const family = familyOf(address);
    if (!family || !trusted.check(address, family)) break;
    const candidate = plain(next);
    if (!familyOf(candidate)) break;
    address = candidate;
  }
  return address;
}
