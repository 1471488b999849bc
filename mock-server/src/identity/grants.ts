import { ExpiringStore } from './expiring-store';

/** What the user (or the host app) consented to: carried by a code, then by its access token. */
export interface AuthorizationGrant {
  clientId: string;
  sub: string;
  /** Space-separated granted scopes. */
  scope: string;
  nonce: string | null;
  /** When the user authenticated, seconds since the epoch. */
  authTimeSeconds: number;
  /** Bound by the authorization request; null for host-app codes, which have no redirect. */
  redirectUri: string | null;
  /** S256 PKCE challenge; null for host-app codes. */
  codeChallenge: string | null;
}

export type AccessTokenGrant = Pick<AuthorizationGrant, 'clientId' | 'sub' | 'scope'>;

interface CodeRecord {
  grant: AuthorizationGrant;
  redeemed: boolean;
  accessTokens: string[];
}

export type Redemption =
  | { status: 'REDEEMED'; grant: AuthorizationGrant }
  | { status: 'UNKNOWN_OR_EXPIRED' }
  /** RFC 6749 §4.1.2: a code used twice is refused and the tokens issued from it are revoked. */
  | { status: 'REUSED'; revokedAccessTokens: number };

export class AuthorizationCodes {
  private readonly codes: ExpiringStore<CodeRecord>;

  constructor(
    nowMs: () => number,
    private readonly accessTokens: ExpiringStore<AccessTokenGrant>,
  ) {
    this.codes = new ExpiringStore(nowMs);
  }

  issue(grant: AuthorizationGrant, ttlSeconds: number): string {
    return this.codes.add({ grant, redeemed: false, accessTokens: [] }, ttlSeconds * 1000);
  }

  /** The first redemption of a live code succeeds; any later one fails and revokes what the first produced. */
  redeem(code: string): Redemption {
    const record = this.codes.get(code);
    if (record === undefined) return { status: 'UNKNOWN_OR_EXPIRED' };
    if (record.redeemed) {
      for (const token of record.accessTokens) this.accessTokens.delete(token);
      const revokedAccessTokens = record.accessTokens.length;
      record.accessTokens = [];
      return { status: 'REUSED', revokedAccessTokens };
    }
    record.redeemed = true;
    return { status: 'REDEEMED', grant: record.grant };
  }

  recordAccessToken(code: string, accessToken: string): void {
    this.codes.get(code)?.accessTokens.push(accessToken);
  }
}
