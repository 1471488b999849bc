import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import { FieldCipher } from '../../../infra/crypto/field-cipher';
import { TokenHasher } from '../../../infra/crypto/token-hasher';
import { OIDC_LOGIN_REQUEST_FIELDS } from './oidc-login-request-fields';
import { OidcLoginRequestEntity } from './oidc-login-request.entity';

export const LOGIN_REQUEST_TTL_MS = 10 * 60 * 1000;
/** Used and expired requests are kept a day for diagnosis, then deleted by the next login. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

export interface NewLoginRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
  codeChallenge: string;
  redirectUri: string;
}

export interface ConsumedLoginRequest {
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Logins in flight: the state is stored hashed, the PKCE verifier encrypted, and each is used once. */
@Injectable()
export class OidcLoginRequests {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: TokenHasher,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  /** Fresh state, nonce and PKCE pair (RFC 7636 S256). The state and the challenge go to the browser. */
  prepare(redirectUri: string): NewLoginRequest {
    const codeVerifier = randomToken();
    const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
    return { state: randomToken(), nonce: randomToken(), codeVerifier, codeChallenge, redirectUri };
  }

  /** Stores a prepared request: the state hashed, the verifier encrypted, valid for ten minutes. */
  async save({ state, nonce, codeVerifier, redirectUri }: NewLoginRequest): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.manager
      .createQueryBuilder()
      .delete()
      .from(OidcLoginRequestEntity)
      .where('expires_at < :cutoff', { cutoff: new Date(now.getTime() - RETENTION_MS) })
      .execute();
    const id = randomUUID();
    await this.dataSource.manager.insert(OidcLoginRequestEntity, {
      id,
      stateHash: this.hasher.hash(state),
      nonce,
      codeVerifierCipher: this.cipher.seal(OIDC_LOGIN_REQUEST_FIELDS.codeVerifier, { id }, codeVerifier),
      redirectUri,
      expiresAt: new Date(now.getTime() + LOGIN_REQUEST_TTL_MS),
      usedAt: null,
      createdAt: now,
    });
  }

  /**
   * Uses up the request for this state (compare-and-set on used_at, committed at once so a failed
   * login cannot be retried with it). Null when the state is unknown, already used or expired.
   */
  async consume(state: string): Promise<ConsumedLoginRequest | null> {
    const request = await this.dataSource.manager.findOneBy(OidcLoginRequestEntity, { stateHash: this.hasher.hash(state) });
    if (!request) return null;
    const now = this.clock.now();
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(OidcLoginRequestEntity)
      .set({ usedAt: now })
      .where('id = :id AND used_at IS NULL AND expires_at > :now', { id: request.id, now })
      .execute();
    if (result.affected !== 1) return null;
    return { nonce: request.nonce, codeVerifier: this.cipher.open(OIDC_LOGIN_REQUEST_FIELDS.codeVerifier, request), redirectUri: request.redirectUri };
  }
}
