import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../../infra/config/app-config';
import { isAllowedRedirectUri } from '../../../infra/config/redirect-origins';
import type { RequestMeta } from '../../../infra/http/request-context';
import { LOGGER } from '../../../infra/logging/logging.module';
import { IdentityAccountsService } from '../../../modules/accounts/identity-accounts.service';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import type { AuthPayloadModel } from '../sessions/models/auth-payload.model';
import { SessionsService } from '../sessions/sessions.service';
import { EnterpriseBindingReconciliation } from './enterprise-binding-reconciliation';
import { IdentityException } from './identity.exception';
import { LoginCompletion } from './login-completion.service';
import type { UnifiedLoginStartModel } from './models/unified-login-start.model';
import { OidcClient, type CodeRedemption } from './oidc-client';
import { OidcCodeRedemptions, type CodeChannel } from './oidc-code-redemptions';
import { OidcFailure } from './oidc-errors';
import { OidcLoginRequests } from './oidc-login-requests';

type LoginChannel = CodeChannel;

/**
 * Login through the provincial unified identity platform, in the browser (authorization code + PKCE)
 * or inside 皖事通 (a host-app code). Either way the user is written, the enterprise bindings follow the claims
 * (EnterpriseBindingReconciliation), the session is issued and the login audited in one transaction. Each code is
 * presented to the platform once: a code presented again is refused here and revokes the session its first use
 * produced (RFC 6749 §4.1.2), audited as AUTHORIZATION_CODE_REPLAYED.
 */
@Injectable()
export class UnifiedLoginService {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly oidc: OidcClient,
    private readonly requests: OidcLoginRequests,
    private readonly accounts: IdentityAccountsService,
    private readonly bindings: EnterpriseBindingReconciliation,
    private readonly codes: OidcCodeRedemptions,
    private readonly sessions: SessionsService,
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
      // A used state with a code presented before: the callback replayed, perhaps by whoever took the code first.
      if (await this.codes.presentedBefore(code)) return this.refuseReplay(code, 'UNIFIED_IDENTITY', meta);
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
    if (!(await this.codes.claim(redemption.code, channel))) return this.refuseReplay(redemption.code, channel, meta);
    const identity = await this.guard(() => this.oidc.redeem(redemption), channel, meta);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.accounts.upsert(manager, identity);
      if (!user.enabled) throw IdentityException.accountDisabled();
      const bindings = await this.bindings.follow(manager, user, identity, { channel, meta });
      const { payload, sessionId } = await this.completion.completeSession(manager, user, {
        activeEnterpriseId: bindings.assertedEnterpriseId,
        meta,
        detail: { channel, enterpriseLogin: identity.enterprise !== null },
        notices: bindings.notices,
      });
      // Presented again while this login was under way: neither use may stand.
      if (!(await this.codes.attach(manager, redemption.code, sessionId))) throw IdentityException.codeReplayed();
      return payload;
    }).catch(async (error: unknown) => {
      if (error instanceof IdentityException) await this.recordFailure(channel, error.reason, meta);
      throw error;
    });
  }

  /** A code presented a second time: revokes the session of its first use (and its refresh tokens), audits, refuses. */
  private async refuseReplay(code: string, channel: LoginChannel, meta: RequestMeta): Promise<never> {
    await this.dataSource.transaction(async (manager) => {
      const sessionId = await this.codes.markReplayed(manager, code);
      const revoked = sessionId !== null && (await this.sessions.revokeSession(manager, sessionId, 'CODE_REPLAY'));
      await this.audit.record(
        {
          actorId: null,
          actorRole: null,
          action: AuditAction.AUTHORIZATION_CODE_REPLAYED,
          result: 'DENIED',
          targetType: 'SESSION',
          targetId: sessionId ?? undefined,
          meta,
          detail: { channel, sessionRevoked: revoked },
        },
        manager,
      );
    });
    this.logger.warn({ channel }, 'authorization code presented again: refused, and the session of its first use revoked');
    throw IdentityException.codeReplayed();
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
