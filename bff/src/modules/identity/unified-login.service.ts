import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestMeta } from '../../infra/auth/auth-user';
import { AppConfig } from '../../infra/config/app-config';
import { isAllowedRedirectUri } from '../../infra/config/redirect-origins';
import { LOGGER } from '../../infra/logging/logging.module';
import { IdentityAccountsService } from '../accounts/identity-accounts.service';
import { AuditAction, AuditService } from '../audit/audit.service';
import { EnterprisesService } from '../enterprises/enterprises.service';
import type { AuthPayloadModel } from '../sessions/models/auth-payload.model';
import { IdentityException } from './identity.exception';
import { LoginCompletion } from './login-completion.service';
import type { UnifiedLoginStartModel } from './models/unified-login-start.model';
import type { VerifiedIdentity } from './oidc-claims';
import { OidcClient, type CodeRedemption } from './oidc-client';
import { OidcFailure } from './oidc-errors';
import { OidcLoginRequests } from './oidc-login-requests';

type LoginChannel = 'UNIFIED_IDENTITY' | 'HOST_APP';

/**
 * Login through the provincial unified identity platform, in the browser (authorization code + PKCE)
 * or inside 皖事通 (a host-app code). Either way the user, the enterprise and the binding are written,
 * the session issued and the login audited in one transaction.
 */
@Injectable()
export class UnifiedLoginService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly oidc: OidcClient,
    private readonly requests: OidcLoginRequests,
    private readonly accounts: IdentityAccountsService,
    private readonly enterprises: EnterprisesService,
    private readonly completion: LoginCompletion,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async begin(redirectUri: string): Promise<UnifiedLoginStartModel> {
    if (!isAllowedRedirectUri(redirectUri, this.config.loginRedirectOrigins)) throw IdentityException.redirectUriNotAllowed();
    const request = this.requests.prepare(redirectUri);
    const authorizeUrl = await this.guard(() => this.oidc.authorizationUrl(request), 'UNIFIED_IDENTITY', null);
    await this.requests.save(request);
    return { authorizeUrl, state: request.state };
  }

  async complete(state: string, code: string, meta: RequestMeta): Promise<AuthPayloadModel> {
    const request = await this.requests.consume(state);
    if (!request) {
      await this.recordFailure('UNIFIED_IDENTITY', 'LOGIN_REQUEST_INVALID', meta);
      throw IdentityException.loginRequestInvalid();
    }
    const redemption: CodeRedemption = {
      code,
      redirectUri: request.redirectUri,
      codeVerifier: request.codeVerifier,
      expectedNonce: request.nonce,
    };
    return this.login(redemption, 'UNIFIED_IDENTITY', meta);
  }

  /** 皖事通 silent login: the host code carries no redirect URI, PKCE verifier or nonce of ours. */
  hostLogin(authCode: string, meta: RequestMeta): Promise<AuthPayloadModel> {
    return this.login({ code: authCode, redirectUri: null, codeVerifier: null, expectedNonce: null }, 'HOST_APP', meta);
  }

  private async login(redemption: CodeRedemption, channel: LoginChannel, meta: RequestMeta): Promise<AuthPayloadModel> {
    const identity = await this.guard(() => this.oidc.redeem(redemption), channel, meta);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.accounts.upsert(manager, identity);
      if (!user.enabled) throw IdentityException.accountDisabled();
      const enterpriseId = await this.bindEnterprise(manager, user.id, identity);
      const fallback = enterpriseId ?? (await this.enterprises.listBindings(user.id, manager))[0]?.enterpriseId ?? null;
      return this.completion.complete(manager, user, {
        activeEnterpriseId: fallback,
        meta,
        detail: { channel, enterpriseLogin: identity.enterprise !== null },
      });
    }).catch(async (error: unknown) => {
      if (error instanceof IdentityException) await this.recordFailure(channel, error.reason, meta);
      throw error;
    });
  }

  private async bindEnterprise(manager: EntityManager, userId: string, identity: VerifiedIdentity): Promise<string | null> {
    if (identity.enterprise === null) return null;
    const enterprise = await this.enterprises.upsertFromIdentity(manager, identity.enterprise);
    await this.enterprises.bind(manager, userId, enterprise.id, identity.enterprise.relation);
    return enterprise.id;
  }

  /** Runs a call to the identity platform; its failures are audited (when a login was attempted) and mapped. */
  private async guard<T>(call: () => Promise<T>, channel: LoginChannel, meta: RequestMeta | null): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof OidcFailure)) throw error;
      this.logger.warn({ channel, failure: error.kind, reason: error.reason }, 'unified identity login failed');
      if (meta !== null) await this.recordFailure(channel, `${error.kind}:${error.reason}`, meta);
      throw IdentityException.fromOidc(error);
    }
  }

  private recordFailure(channel: LoginChannel, reason: string, meta: RequestMeta): Promise<void> {
    return this.audit.record({
      actorId: null,
      actorRole: null,
      action: AuditAction.LOGIN_FAILED,
      result: 'FAILURE',
      meta,
      detail: { channel, reason: reason.slice(0, 120) },
    });
  }
}
