import { createHash, createHmac } from 'node:crypto';
import {
  callbackSignature,
  CALLBACK_TOLERANCE_MS,
  checkCallback,
  constantTimeHexEqual,
  readCallbackHeaders,
  requestSignature,
  requestStringToSign,
} from './face-signing';

const MERCHANT = { merchantId: 'rongtong-bff', secret: 'rongtong-dev-face-secret' };
const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const NONCE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const BODY = Buffer.from('{"certifyId":"0123456789abcdef0123456789abcdef","result":"PASSED"}', 'utf8');

function headersFor(body: Buffer, options: { secret?: string; timestamp?: number; nonce?: string; merchantId?: string } = {}) {
  const timestamp = String(options.timestamp ?? NOW);
  const nonce = options.nonce ?? NONCE;
  const signature = createHmac('sha256', options.secret ?? MERCHANT.secret).update(`${timestamp}\n${nonce}\n${body.toString('utf8')}`).digest('hex');
  return { 'x-face-merchant-id': options.merchantId ?? MERCHANT.merchantId, 'x-face-timestamp': timestamp, 'x-face-nonce': nonce, 'x-face-signature': signature };
}

describe('the provider signing scheme', () => {
  it('signs a request over method, target, timestamp, nonce and the body hash, as documented', () => {
    const body = '{"name":"王小明"}';
    expect(requestStringToSign('post', '/face/v1/orders', '1765108800000', NONCE, body)).toBe(
      `POST\n/face/v1/orders\n1765108800000\n${NONCE}\n${createHash('sha256').update(body).digest('hex')}`,
    );
    const expected = createHmac('sha256', 's').update(requestStringToSign('GET', '/x', '1', NONCE, '')).digest('hex');
    expect(requestSignature('s', 'GET', '/x', '1', NONCE, '')).toBe(expected);
  });

  it('signs a callback over timestamp, nonce and the raw body bytes (UTF-8 included)', () => {
    const body = Buffer.from('{"note":"通过"}', 'utf8');
    const expected = createHmac('sha256', MERCHANT.secret).update(`1\n${NONCE}\n{"note":"通过"}`, 'utf8').digest('hex');
    expect(callbackSignature(MERCHANT.secret, '1', NONCE, body)).toBe(expected);
  });

  it('accepts a genuine, fresh callback', () => {
    const signed = readCallbackHeaders(headersFor(BODY));
    expect(signed).not.toBeNull();
    expect(checkCallback(signed!, BODY, MERCHANT, NOW)).toBeNull();
    expect(checkCallback(signed!, BODY, MERCHANT, NOW + CALLBACK_TOLERANCE_MS)).toBeNull();
  });

  it('refuses a wrong key, another merchant, an altered body and any signature of another shape', () => {
    expect(checkCallback(readCallbackHeaders(headersFor(BODY, { secret: 'forged' }))!, BODY, MERCHANT, NOW)).toBe('SIGNATURE_INVALID');
    expect(checkCallback(readCallbackHeaders(headersFor(BODY, { merchantId: 'other' }))!, BODY, MERCHANT, NOW)).toBe('SIGNATURE_INVALID');
    const altered = Buffer.from(BODY.toString('utf8').replace('PASSED', 'FAILED'));
    expect(checkCallback(readCallbackHeaders(headersFor(BODY))!, altered, MERCHANT, NOW)).toBe('SIGNATURE_INVALID');
    expect(constantTimeHexEqual('ab', 'abc')).toBe(false);
  });

  it('refuses timestamps more than five minutes from now, either way — after the signature holds', () => {
    const old = readCallbackHeaders(headersFor(BODY, { timestamp: NOW - CALLBACK_TOLERANCE_MS - 1 }))!;
    expect(checkCallback(old, BODY, MERCHANT, NOW)).toBe('TIMESTAMP_STALE');
    const future = readCallbackHeaders(headersFor(BODY, { timestamp: NOW + CALLBACK_TOLERANCE_MS + 1 }))!;
    expect(checkCallback(future, BODY, MERCHANT, NOW)).toBe('TIMESTAMP_STALE');
    // A stale and forged callback is reported as forged: freshness is only judged for a genuine signature.
    const both = readCallbackHeaders(headersFor(BODY, { timestamp: NOW - 10 * 60_000, secret: 'forged' }))!;
    expect(checkCallback(both, BODY, MERCHANT, NOW)).toBe('SIGNATURE_INVALID');
  });

  it('reads the signed headers only when each is present once and well formed (nonce format included)', () => {
    const good = headersFor(BODY);
    expect(readCallbackHeaders({ ...good, 'x-face-nonce': 'short' })).toBeNull();
    expect(readCallbackHeaders({ ...good, 'x-face-nonce': [NONCE, NONCE] })).toBeNull();
    expect(readCallbackHeaders({ ...good, 'x-face-timestamp': '0123' })).toBeNull();
    expect(readCallbackHeaders({ ...good, 'x-face-signature': good['x-face-signature'].toUpperCase() })).toBeNull();
    const { 'x-face-merchant-id': _merchant, ...noMerchant } = good;
    expect(readCallbackHeaders(noMerchant)).toBeNull();
  });
});
