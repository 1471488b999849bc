import type { IncomingMessage } from 'node:http';
import { isHttpsRequest, trustedProxyList } from './request-protocol';

function requestFrom(remoteAddress: string, headers: Record<string, string> = {}, encrypted = false): IncomingMessage {
  return { socket: { remoteAddress, ...(encrypted ? { encrypted: true } : {}) }, headers } as unknown as IncomingMessage;
}

describe('isHttpsRequest', () => {
  const none = trustedProxyList([]);
  const proxies = trustedProxyList(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);

  it('is true for a TLS connection, whoever the peer is', () => {
    expect(isHttpsRequest(requestFrom('203.0.113.7', {}, true), none)).toBe(true);
  });

  it('ignores X-Forwarded-Proto from a peer that is not a trusted proxy', () => {
    expect(isHttpsRequest(requestFrom('203.0.113.7', { 'x-forwarded-proto': 'https' }), none)).toBe(false);
    expect(isHttpsRequest(requestFrom('203.0.113.7', { 'x-forwarded-proto': 'https' }), proxies)).toBe(false);
    expect(isHttpsRequest(requestFrom('127.0.0.1', { 'x-forwarded-proto': 'https' }), none)).toBe(false);
  });

  it("believes a trusted proxy's X-Forwarded-Proto, the outermost value first", () => {
    expect(isHttpsRequest(requestFrom('10.1.2.3', { 'x-forwarded-proto': 'https' }), proxies)).toBe(true);
    expect(isHttpsRequest(requestFrom('::ffff:127.0.0.1', { 'x-forwarded-proto': 'HTTPS, http' }), proxies)).toBe(true);
    expect(isHttpsRequest(requestFrom('fd12::1', { 'x-forwarded-proto': 'https' }), proxies)).toBe(true);
    expect(isHttpsRequest(requestFrom('10.1.2.3', { 'x-forwarded-proto': 'http, https' }), proxies)).toBe(false);
    expect(isHttpsRequest(requestFrom('10.1.2.3'), proxies)).toBe(false);
  });
});
