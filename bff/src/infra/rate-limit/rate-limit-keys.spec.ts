import { accountSubject, ipSubject } from './rate-limit-keys';

describe('rate-limit keys', () => {
  it('keeps IPv4 addresses and groups IPv6 addresses by their /64', () => {
    expect(ipSubject('203.0.113.7')).toBe('203.0.113.7');
    expect(ipSubject('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(ipSubject('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(ipSubject('2001:DB8:0001:0002::ffff')).toBe('2001:db8:1:2::/64');
    expect(ipSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipSubject('::1')).toBe('0:0:0:0::/64');
    expect(ipSubject('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(ipSubject('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
    expect(ipSubject('1:2:3:4:5:6:192.0.2.33')).toBe('1:2:3:4::/64');
    expect(ipSubject(null)).toBe('unknown');
  });

  it('stands in for an account with 22 characters that do not reveal it', () => {
    const subject = accountSubject('refreshToken', 'x'.repeat(10_000));
    expect(subject).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(accountSubject('a', 'b')).not.toBe(accountSubject('ab'));
    expect(accountSubject('staffLogin', 'admin', '10.0.0.1')).toBe(accountSubject('staffLogin', 'admin', '10.0.0.1'));
  });
});
