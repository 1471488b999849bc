import { DEFAULT_LOGIN_REDIRECT_ORIGINS, isAllowedRedirectUri, isOriginPattern } from './redirect-origins';

describe('login redirect origins', () => {
  it('accepts origins with a fixed port, any port or the default port', () => {
    expect(isOriginPattern('http://localhost:*')).toBe(true);
    expect(isOriginPattern('https://rongtong.fy.gov.cn')).toBe(true);
    expect(isOriginPattern('http://[::1]:4000')).toBe(true);
    expect(isOriginPattern('http://*.example.com')).toBe(false);
    expect(isOriginPattern('http://localhost/path')).toBe(false);
    expect(isOriginPattern('ftp://localhost')).toBe(false);
  });

  it('allows local development addresses by default', () => {
    expect(isAllowedRedirectUri('http://localhost:10086/pages/login/callback', DEFAULT_LOGIN_REDIRECT_ORIGINS)).toBe(true);
    expect(isAllowedRedirectUri('http://127.0.0.1:4000/?x=1', DEFAULT_LOGIN_REDIRECT_ORIGINS)).toBe(true);
    expect(isAllowedRedirectUri('http://127.0.0.1/', DEFAULT_LOGIN_REDIRECT_ORIGINS)).toBe(true);
  });

  it('refuses other hosts, schemes, look-alikes, credentials and fragments', () => {
    const patterns = DEFAULT_LOGIN_REDIRECT_ORIGINS;
    expect(isAllowedRedirectUri('http://evil.example/cb', patterns)).toBe(false);
    expect(isAllowedRedirectUri('https://localhost:4000/cb', patterns)).toBe(false);
    expect(isAllowedRedirectUri('http://localhost.evil.example:80/cb', patterns)).toBe(false);
    expect(isAllowedRedirectUri('http://user@localhost:4000/cb', patterns)).toBe(false);
    expect(isAllowedRedirectUri('http://localhost:4000/cb#frag', patterns)).toBe(false);
    expect(isAllowedRedirectUri('javascript:alert(1)', patterns)).toBe(false);
    expect(isAllowedRedirectUri('not a url', patterns)).toBe(false);
  });

  it('matches a fixed port exactly, with the scheme default when none is written', () => {
    expect(isAllowedRedirectUri('https://rongtong.fy.gov.cn/login', ['https://rongtong.fy.gov.cn'])).toBe(true);
    expect(isAllowedRedirectUri('https://rongtong.fy.gov.cn:8443/login', ['https://rongtong.fy.gov.cn'])).toBe(false);
    expect(isAllowedRedirectUri('http://localhost:4000/', ['http://localhost:4000'])).toBe(true);
    expect(isAllowedRedirectUri('http://localhost:4001/', ['http://localhost:4000'])).toBe(false);
  });
});
