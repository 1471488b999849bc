import { calculateJwkThumbprint, importJWK, jwtVerify, SignJWT } from 'jose';
import { generateSigningKey, SigningKeyRing, type SigningKey } from './keys';

describe('generateSigningKey', () => {
  it('makes an RSA-2048 key whose kid is the thumbprint and whose public JWK verifies its signatures', async () => {
    const key = await generateSigningKey();
    expect(key.publicJwk).toEqual({ kty: 'RSA', n: expect.any(String), e: 'AQAB', kid: key.kid, use: 'sig', alg: 'RS256' });
    expect(Buffer.from(key.publicJwk.n, 'base64url')).toHaveLength(256);
    expect(await calculateJwkThumbprint(key.publicJwk)).toBe(key.kid);
    const token = await new SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'RS256', kid: key.kid }).sign(key.privateKey);
    const { payload } = await jwtVerify(token, await importJWK(key.publicJwk, 'RS256'));
    expect(payload.sub).toBe('x');
  });
});

describe('SigningKeyRing', () => {
  /** Stand-in keys: the ring only moves them around, so real key material is not needed here. */
  function fakeKeys(): { generate: () => Promise<SigningKey>; made: () => number } {
    let count = 0;
    return {
      made: () => count,
      generate: async () => {
        count += 1;
        const kid = `k${count}`;
        return { kid, privateKey: { type: 'private' }, publicJwk: { kty: 'RSA', n: kid, e: 'AQAB', kid, use: 'sig', alg: 'RS256' } };
      },
    };
  }
  const kids = async (ring: SigningKeyRing) => (await ring.jwks()).keys.map((key) => key.kid);

  it('publishes the active and the next key from the start', async () => {
    const ring = new SigningKeyRing(fakeKeys().generate);
    expect(await ring.summary()).toEqual({ activeKid: 'k1', nextKid: 'k2', retiredKid: null });
    expect(await kids(ring)).toEqual(['k1', 'k2']);
    expect((await ring.activeKey()).kid).toBe('k1');
  });

  it('promotes the next key, adds a new next key and keeps the retired key until the following rotation', async () => {
    const ring = new SigningKeyRing(fakeKeys().generate);
    expect(await ring.rotate()).toEqual({ activeKid: 'k2', nextKid: 'k3', retiredKid: 'k1' });
    expect(await kids(ring)).toEqual(['k2', 'k3', 'k1']);
    expect((await ring.activeKey()).kid).toBe('k2');
    await ring.rotate();
    expect(await kids(ring)).toEqual(['k3', 'k4', 'k2']);
  });

  it('runs rotations one after another', async () => {
    const ring = new SigningKeyRing(fakeKeys().generate);
    const [first, second] = await Promise.all([ring.rotate(), ring.rotate()]);
    expect(first.activeKid).toBe('k2');
    expect(second).toEqual({ activeKid: 'k3', nextKid: 'k4', retiredKid: 'k2' });
  });

  it('generates keys only when first needed', async () => {
    const keys = fakeKeys();
    const ring = new SigningKeyRing(keys.generate);
    expect(keys.made()).toBe(0);
    await ring.ready();
    await ring.ready();
    expect(keys.made()).toBe(2);
  });

  it('keeps the keys it had when generating a new one fails', async () => {
    const keys = fakeKeys();
    let fail = false;
    const ring = new SigningKeyRing(async () => {
      if (fail) throw new Error('no entropy');
      return keys.generate();
    });
    await ring.ready();
    fail = true;
    await expect(ring.rotate()).rejects.toThrow('no entropy');
    expect(await ring.summary()).toEqual({ activeKid: 'k1', nextKid: 'k2', retiredKid: null });
  });
});
