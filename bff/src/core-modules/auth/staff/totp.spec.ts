import { base32Decode, base32Encode } from './base32';
import { generateTotpSecret, hotp, matchTotpStep, otpauthUrl, totpCode, totpStep } from './totp';

/** RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
const RFC_SEED = Buffer.from('12345678901234567890', 'ascii');
const RFC_SHA1_VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('base32', () => {
  it('round-trips and matches RFC 4648 test vectors', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI======').toString()).toBe('foobar');
    expect(base32Decode('mzxw 6ytb oi').toString()).toBe('foobar');
    expect(() => base32Decode('MZXW1')).toThrow();
  });
});

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_SHA1_VECTORS)('reproduces the SHA-1 test vector at T=%i', (seconds, expected) => {
    expect(hotp(RFC_SEED, totpStep(seconds * 1000), 8)).toBe(expected);
  });

  it('passes RFC 4226 Appendix D HOTP values', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, counter) => hotp(RFC_SEED, counter))).toEqual(expected);
  });

  it('computes six-digit codes from a base32 secret', () => {
    const secret = base32Encode(RFC_SEED);
    expect(totpCode(secret, 59_000)).toBe('287082');
  });

  it('accepts the current step and one step either side, and nothing further', () => {
    const secret = generateTotpSecret();
    const now = 1_764_115_300_000;
    const step = totpStep(now);
    expect(matchTotpStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, totpCode(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCode(secret, now + 30_000), now)).toBe(step + 1);
    const farCode = totpCode(secret, now - 90_000);
    const nearCodes = [-30_000, 0, 30_000].map((delta) => totpCode(secret, now + delta));
    if (!nearCodes.includes(farCode)) expect(matchTotpStep(secret, farCode, now)).toBeNull();
  });

  it('refuses anything but six digits', () => {
    const secret = generateTotpSecret();
    expect(matchTotpStep(secret, '12345', Date.now())).toBeNull();
    expect(matchTotpStep(secret, '12345a', Date.now())).toBeNull();
    expect(matchTotpStep(secret, ' 123456', Date.now())).toBeNull();
  });

  it('generates 160-bit secrets', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
  });

  it('builds the Key Uri Format authenticator apps scan', () => {
    const url = otpauthUrl('JBSWY3DPEHPK3PXP', 'operator', '融通');
    expect(url).toBe(
      'otpauth://totp/%E8%9E%8D%E9%80%9A:operator?secret=JBSWY3DPEHPK3PXP&issuer=%E8%9E%8D%E9%80%9A&algorithm=SHA1&digits=6&period=30',
    );
    expect(decodeURIComponent(url)).toContain('otpauth://totp/融通:operator?secret=JBSWY3DPEHPK3PXP&issuer=融通');
  });
});
