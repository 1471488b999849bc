import { SM3_OF_EMPTY_BODY } from '@rongtong/shared';
import { govExchangeSignature, signatureMatches, sm3Hex } from './signature';

/** The worked example of the README. */
const EXAMPLE = {
  method: 'GET',
  path: '/gov/v1/sources/tax/913412255699593205',
  query: '',
  timestamp: '1795996800000',
  nonce: 'n0nce-0123456789abcdef',
  consentRef: 'consent:01J9Z8Q4.T1',
  bodySm3Hex: SM3_OF_EMPTY_BODY,
};
const EXAMPLE_SIGNATURE = '4c406abf7d32f28072d415f2f50d4f356ef1f3b1ef6937483938b7c5e5c76e51';
const SECRET = 'rongtong-dev-gov-exchange-secret';

describe('HMAC-SM3 signatures', () => {
  it('hashes with SM3 (GB/T 32905 test vector "abc")', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(sm3Hex('')).toBe(SM3_OF_EMPTY_BODY);
  });

  it('signs the worked example', () => {
    expect(govExchangeSignature(SECRET, EXAMPLE)).toBe(EXAMPLE_SIGNATURE);
  });

  it('accepts the right signature only', () => {
    expect(signatureMatches(SECRET, EXAMPLE, EXAMPLE_SIGNATURE)).toBe(true);
    expect(signatureMatches(SECRET, { ...EXAMPLE, nonce: 'n0nce-0123456789abcdeg' }, EXAMPLE_SIGNATURE)).toBe(false);
    expect(signatureMatches('another-secret-0123', EXAMPLE, EXAMPLE_SIGNATURE)).toBe(false);
    expect(signatureMatches(SECRET, EXAMPLE, EXAMPLE_SIGNATURE.toUpperCase())).toBe(false);
    expect(signatureMatches(SECRET, EXAMPLE, EXAMPLE_SIGNATURE.slice(1))).toBe(false);
  });

  it('refuses an unknown app key even with the signature of another key', () => {
    expect(signatureMatches(null, EXAMPLE, EXAMPLE_SIGNATURE)).toBe(false);
  });
});
