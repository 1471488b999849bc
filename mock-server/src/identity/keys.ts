import { calculateJwkThumbprint, exportJWK, generateKeyPair, type KeyLike } from 'jose';

export const SIGNING_ALGORITHM = 'RS256';
const MODULUS_LENGTH = 2048;

/** The public half as published in the JWKS. */
export interface PublicSigningJwk {
  kty: 'RSA';
  n: string;
  e: string;
  kid: string;
  use: 'sig';
  alg: typeof SIGNING_ALGORITHM;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: PublicSigningJwk;
}

export interface KeyRingSummary {
  activeKid: string;
  nextKid: string;
  /** The key retired by the last rotation, still published until the next one; null before any rotation. */
  retiredKid: string | null;
}

interface KeyRingState {
  active: SigningKey;
  next: SigningKey;
  retired: SigningKey | null;
}

export type SigningKeyGenerator = () => Promise<SigningKey>;

/** A fresh RSA-2048 key pair; the kid is the RFC 7638 thumbprint of the public key. */
export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { modulusLength: MODULUS_LENGTH });
  const jwk = await exportJWK(publicKey);
  if (jwk.kty !== 'RSA' || jwk.n === undefined || jwk.e === undefined) throw new Error('expected an RSA public key');
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { kty: 'RSA', n: jwk.n, e: jwk.e, kid, use: 'sig', alg: SIGNING_ALGORITHM } };
}

/**
 * The active signing key, the next one (published ahead so relying parties have it before it signs)
 * and, after a rotation, the retired one (published until the following rotation so tokens it signed
 * still verify). Keys are generated in the background; operations queue behind each other.
 */
export class SigningKeyRing {
  private state: Promise<KeyRingState> | null = null;

  constructor(private readonly generate: SigningKeyGenerator = generateSigningKey) {}

  async ready(): Promise<void> {
    await this.current();
  }

  async activeKey(): Promise<SigningKey> {
    return (await this.current()).active;
  }

  async jwks(): Promise<{ keys: PublicSigningJwk[] }> {
    const { active, next, retired } = await this.current();
    return { keys: [active, next, ...(retired === null ? [] : [retired])].map((key) => key.publicJwk) };
  }

  async summary(): Promise<KeyRingSummary> {
    return summarise(await this.current());
  }

  /** The next key signs from now on, a new next key is generated, the old active key is kept published. */
  async rotate(): Promise<KeyRingSummary> {
    const previous = this.current();
    const rotated = previous.then(async ({ active, next }) => ({ active: next, next: await this.generate(), retired: active }));
    this.state = rotated.catch(() => previous);
    return summarise(await rotated);
  }

  private current(): Promise<KeyRingState> {
    if (this.state === null) {
      this.state = Promise.all([this.generate(), this.generate()]).then(([active, next]) => ({ active, next, retired: null }));
    }
    return this.state;
  }
}

function summarise({ active, next, retired }: KeyRingState): KeyRingSummary {
  return { activeKid: active.kid, nextKid: next.kid, retiredKid: retired?.kid ?? null };
}
