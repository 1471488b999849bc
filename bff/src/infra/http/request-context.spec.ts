import { bearerToken, clientIpOf, requestMetaOf, type AppRequest } from './request-context';

const request = (headers: AppRequest['headers'], extra: Partial<AppRequest> = {}): AppRequest => ({ headers, ...extra });

describe('request context', () => {
  it('reads a bearer token and nothing else', () => {
    expect(bearerToken(request({ authorization: 'Bearer abc_DEF-123' }))).toBe('abc_DEF-123');
    expect(bearerToken(request({ authorization: 'bearer abc ' }))).toBe('abc');
    expect(bearerToken(request({ authorization: 'Basic abc' }))).toBeUndefined();
    expect(bearerToken(request({ authorization: 'Bearer a b' }))).toBeUndefined();
    expect(bearerToken(request({ authorization: `Bearer ${'a'.repeat(300)}` }))).toBeUndefined();
    expect(bearerToken(request({}))).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('takes the client address and a bounded user agent', () => {
    expect(requestMetaOf(request({ 'user-agent': 'x'.repeat(400) }, { ip: '10.1.2.3' }))).toEqual({ ip: '10.1.2.3', userAgent: 'x'.repeat(255) });
    expect(requestMetaOf(request({}, { socket: { remoteAddress: '::1' } }))).toEqual({ ip: '::1', userAgent: null });
    expect(requestMetaOf(undefined)).toEqual({ ip: null, userAgent: null });
  });

  it('writes the IPv4 peer of a dual-stack socket as IPv4 and leaves other addresses alone', () => {
    expect(clientIpOf(request({}, { ip: '::ffff:203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIpOf(request({}, { socket: { remoteAddress: '::FFFF:127.0.0.1' } }))).toBe('127.0.0.1');
    expect(clientIpOf(request({}, { ip: '2001:db8::1' }))).toBe('2001:db8::1');
    expect(clientIpOf(request({}, { ip: '::ffff:abcd' }))).toBe('::ffff:abcd');
    expect(clientIpOf(request({}))).toBeNull();
  });
});
