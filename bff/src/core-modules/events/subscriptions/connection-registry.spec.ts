import { ConnectionRegistry, MessageRate } from './connection-registry';
import { trustedProxyList, upgradeClientIp } from './upgrade-client-ip';

describe('ConnectionRegistry', () => {
  it('admits sockets up to the per-IP limit (an IPv6 client by its /64) and the instance limit, and takes them back', () => {
    const registry = new ConnectionRegistry({ maxConnections: 5, maxConnectionsPerIp: 2, maxConnectionsPerUser: 1 });
    expect(registry.admit('10.0.0.1')).toBeNull();
    expect(registry.admit('10.0.0.1')).toBeNull();
    expect(registry.admit('10.0.0.1')).toBe('IP_FULL');
    expect(registry.admit('2001:db8:1:2::1')).toBeNull();
    expect(registry.admit('2001:db8:1:2:ffff::9')).toBeNull();
    expect(registry.admit('2001:db8:1:2::3')).toBe('IP_FULL');
    expect(registry.admit('10.0.0.2')).toBeNull();
    expect(registry.admit('10.0.0.3')).toBe('INSTANCE_FULL');
    registry.release('10.0.0.1');
    expect(registry.size).toBe(4);
    expect(registry.admit('10.0.0.1')).toBeNull();
    expect(registry.admitUser('u')).toBe(true);
    expect(registry.admitUser('u')).toBe(false);
    registry.releaseUser('u');
    expect(registry.admitUser('u')).toBe(true);
  });

  it('counts messages in fixed windows', () => {
    let now = 0;
    const rate = new MessageRate(3, 1000, () => now);
    expect([rate.allow(), rate.allow(), rate.allow(), rate.allow()]).toEqual([true, true, true, false]);
    now = 1000;
    expect(rate.allow()).toBe(true);
  });
});

describe('upgradeClientIp', () => {
  const request = (remoteAddress: string, forwarded?: string) => ({ socket: { remoteAddress } as never, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} });

  it('is the peer, and believes X-Forwarded-For only through the trusted proxies', () => {
    expect(upgradeClientIp(request('::ffff:203.0.113.9', '1.2.3.4'), null)).toBe('203.0.113.9');
    const trusted = trustedProxyList(['10.0.0.0/8', '192.168.1.5']);
    expect(upgradeClientIp(request('10.1.2.3', '198.51.100.7'), trusted)).toBe('198.51.100.7');
    expect(upgradeClientIp(request('10.1.2.3', '6.6.6.6, 198.51.100.7, 192.168.1.5'), trusted)).toBe('198.51.100.7');
    expect(upgradeClientIp(request('203.0.113.9', '1.2.3.4'), trusted)).toBe('203.0.113.9');
    expect(upgradeClientIp(request('10.1.2.3', 'not-an-ip'), trusted)).toBe('10.1.2.3');
  });
});
