/** Why talking to the identity platform failed; the identity service turns each into a client error. */
export enum OidcFailureKind {
  /** Unreachable, timed out, 5xx, or an answer that is not what the protocol says: try again later. */
  UNAVAILABLE = 'UNAVAILABLE',
  /** The platform refused our client credentials: a configuration error on our side. */
  CLIENT_REJECTED = 'CLIENT_REJECTED',
  /** The code is unknown, expired, already used, or bound to another redirect / verifier. */
  GRANT_REJECTED = 'GRANT_REJECTED',
  /** The id_token failed verification (signature, algorithm, issuer, audience, expiry, nonce, claims). */
  TOKEN_INVALID = 'TOKEN_INVALID',
}

export class OidcFailure extends Error {
  constructor(
    readonly kind: OidcFailureKind,
    /** Short technical reason for the log and the audit detail; never personal data. */
    readonly reason: string,
  ) {
    super(`${kind}: ${reason}`);
    this.name = 'OidcFailure';
  }
}
