import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';

/** The TRUSTED_PROXIES CIDRs (already validated by the config) as a lookup. */
export function trustedProxyList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, prefix] = cidr.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/** A peer address as the block list checks it: `::ffff:10.0.0.1` of a dual-stack socket is IPv4 10.0.0.1. */
function peerOf(req: IncomingMessage): { address: string; family: 'ipv4' | 'ipv6' } | undefined {
  const remote = req.socket.remoteAddress;
  if (!remote) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remote)?.[1];
  if (mapped) return { address: mapped, family: 'ipv4' };
  return { address: remote, family: isIP(remote) === 6 ? 'ipv6' : 'ipv4' };
}

/**
 * Whether the client reached us over HTTPS: the connection itself is TLS, or the peer is one of the trusted
 * proxies and its X-Forwarded-Proto (the first, i.e. the outermost proxy's, value) says https. Anyone else's
 * X-Forwarded-Proto is ignored.
 */
export function isHttpsRequest(req: IncomingMessage, trustedProxies: BlockList): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted === true) return true;
  const peer = peerOf(req);
  if (!peer || !trustedProxies.check(peer.address, peer.family)) return false;
  const header = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}
