import { EnterpriseAuthorisations } from './authorisations';
import { identityClaims, type IdentityClaims } from './claims';
import { DEFAULT_OIDC_CLIENTS, type OidcClient } from './clients';
import { ExpiringStore } from './expiring-store';
import { AuthorizationCodes, type AccessTokenGrant } from './grants';
import { SigningKeyRing, type SigningKeyGenerator } from './keys';
import type { AuthorizationRequest } from './authorize-request';
import type { TestIdentity } from './identities';
import { DEFAULT_IDENTITY_SETTINGS, type IdentitySettings } from './settings';

export interface IdentityOptions {
  /** Public base URL; the issuer is this plus `/oidc`. Default: `http://127.0.0.1:<listening port>`. */
  publicUrl?: string;
  clients?: readonly OidcClient[];
  /** Clock, milliseconds since the epoch. */
  nowMs?: () => number;
  keyGenerator?: SigningKeyGenerator;
}

export const OIDC_PREFIX = '/oidc';
/** How long the login page stays usable. */
export const PENDING_AUTHORIZATION_TTL_MS = 10 * 60 * 1000;

/** The state of the simulated identity platform: clients, keys, settings, withdrawn authorisations and live codes and tokens. */
export class IdentityProvider {
  readonly clients: readonly OidcClient[];
  readonly keys: SigningKeyRing;
  readonly nowMs: () => number;
  readonly pendingAuthorizations: ExpiringStore<AuthorizationRequest>;
  readonly accessTokens: ExpiringStore<AccessTokenGrant>;
  readonly codes: AuthorizationCodes;
  /** Enterprise authorisations withdrawn through the admin knobs. */
  readonly authorisations = new EnterpriseAuthorisations();
  private readonly publicUrl: string | undefined;
  private currentSettings: IdentitySettings = { ...DEFAULT_IDENTITY_SETTINGS };

  constructor(
    options: IdentityOptions,
    private readonly defaultPublicUrl: () => string,
  ) {
    this.clients = options.clients ?? DEFAULT_OIDC_CLIENTS;
    this.keys = new SigningKeyRing(options.keyGenerator);
    this.nowMs = options.nowMs ?? Date.now;
    this.publicUrl = options.publicUrl?.replace(/\/+$/, '');
    this.pendingAuthorizations = new ExpiringStore(this.nowMs);
    this.accessTokens = new ExpiringStore(this.nowMs);
    this.codes = new AuthorizationCodes(this.nowMs, this.accessTokens);
  }

  issuer(): string {
    return `${this.publicUrl ?? this.defaultPublicUrl()}${OIDC_PREFIX}`;
  }

  get settings(): Readonly<IdentitySettings> {
    return this.currentSettings;
  }

  /** Applies to codes and tokens issued from now on. */
  replaceSettings(settings: IdentitySettings): void {
    this.currentSettings = { ...settings };
  }

  /** The claims about `identity` as the platform vouches for them now: no enterprise once its authorisation is withdrawn. */
  claimsOf(identity: TestIdentity): IdentityClaims {
    return identityClaims(identity, { withEnterprise: !this.authorisations.isWithdrawn(identity.sub) });
  }

  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }
}
