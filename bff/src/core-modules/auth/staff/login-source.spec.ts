import { loginSourceOf, UNKNOWN_SOURCE } from './login-source';

describe('loginSourceOf', () => {
  it('keeps an IPv4 address, also when it arrives IPv4-mapped', () => {
    expect(loginSourceOf('203.0.113.7')).toBe('203.0.113.7');
    expect(loginSourceOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(loginSourceOf('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const expected = '2001:db8:85a3:8d3::/64';
    expect(loginSourceOf('2001:0db8:85a3:08d3:1319:8a2e:0370:7344')).toBe(expected);
    expect(loginSourceOf('2001:db8:85a3:8d3::1')).toBe(expected);
    expect(loginSourceOf('2001:DB8:85A3:8D3:ffff::')).toBe(expected);
    expect(loginSourceOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(loginSourceOf('::1')).toBe('0:0:0:0::/64');
    expect(loginSourceOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(loginSourceOf('2001:db8:1:2::198.51.100.1')).toBe('2001:db8:1:2::/64');
  });

  it('gives requests without a usable address one shared source', () => {
    expect(loginSourceOf(null)).toBe(UNKNOWN_SOURCE);
    expect(loginSourceOf('')).toBe(UNKNOWN_SOURCE);
    expect(loginSourceOf('not-an-ip')).toBe(UNKNOWN_SOURCE);
    expect(loginSourceOf('1.2.3.4, 5.6.7.8')).toBe(UNKNOWN_SOURCE);
  });
});
