import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import { TokenHasher } from '../../../infra/crypto/token-hasher';
import type { RequestMeta } from '../../../infra/http/request-context';
import type { UserAccountRow } from '../../../modules/accounts/user-account-row';
import { AuditAction, AuditService } from '../../../modules/audit/audit.service';
import type { AuthUser } from '../auth-user';
import type { RefreshTokenEntity } from './refresh-token.entity';
import {
  ACCESS_TOKEN_TTL_MS,
  after,
  isIdle,
  lastSeenIsStale,
  LAST_SEEN_WRITE_INTERVAL_MS,
  REFRESH_TOKEN_TTL_MS,
  type RevokeReason,
} from './session-policy';
import type { SessionEntity } from './session.entity';
import { SessionException } from './session.exception';
import { SessionsRepository } from './sessions.repository';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  /** The session (refresh family) the tokens belong to. */
  sessionId: string;
  activeEnterpriseId: string | null;
}

export interface RefreshedSession {
  userId: string;
  tokens: IssuedTokens;
}

type RefreshOutcome = { kind: 'refreshed'; session: RefreshedSession } | { kind: 'refused'; error: SessionException };

function toAuthUser(session: SessionEntity, user: UserAccountRow): AuthUser {
  return {
    userId: user.id,
    role: user.role,
    permissions: [...user.permissions],
    institutionId: user.institutionId,
    activeEnterpriseId: session.activeEnterpriseId,
    sessionId: session.id,
  };
}

/**
 * Opaque bearer tokens over server-side sessions (DESIGN §9): 15-minute access tokens, 7-day rotating
 * refresh tokens with reuse detection, a 30-minute idle timeout, revocation on logout.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SessionsRepository,
    private readonly tokens: TokenHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Starts a session for a user who has just proved who they are (the caller audits the login). */
  async issue(
    manager: EntityManager,
    input: { userId: string; activeEnterpriseId: string | null; meta: RequestMeta },
  ): Promise<IssuedTokens> {
    const now = this.clock.now();
    const accessToken = this.tokens.generate();
    const session: SessionEntity = {
      id: randomUUID(),
      userId: input.userId,
      accessTokenHash: this.tokens.hash(accessToken),
      accessExpiresAt: after(now, ACCESS_TOKEN_TTL_MS),
      activeEnterpriseId: input.activeEnterpriseId,
      ip: input.meta.ip,
      userAgent: input.meta.userAgent,
      createdAt: now,
      lastSeenAt: now,
      revokedAt: null,
      revokeReason: null,
    };
    await this.repository.insertSession(manager, session);
    const refresh = await this.addRefreshToken(manager, session.id, now);
    return {
      accessToken,
      accessTokenExpiresAt: session.accessExpiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.entity.expiresAt,
      sessionId: session.id,
      activeEnterpriseId: session.activeEnterpriseId,
    };
  }

  /**
   * The caller behind an access token. UNAUTHENTICATED for an unknown, expired or revoked token;
   * SESSION_EXPIRED (and the session revoked) after 30 idle minutes.
   */
  async resolve(accessToken: string, meta: RequestMeta): Promise<AuthUser> {
    const session = await this.repository.findByAccessHash(this.tokens.hash(accessToken));
    const now = this.clock.now();
    if (!session?.user || session.revokedAt || session.accessExpiresAt <= now || !session.user.enabled) {
      throw SessionException.accessTokenInvalid();
    }
    if (isIdle(session.lastSeenAt, now)) {
      await this.expire(session, session.user, 'IDLE_TIMEOUT', now, meta);
      throw SessionException.idle();
    }
    if (lastSeenIsStale(session.lastSeenAt, now)) {
      await this.repository.touch(session.id, now, new Date(now.getTime() - LAST_SEEN_WRITE_INTERVAL_MS));
    }
    return toAuthUser(session, session.user);
  }

  /**
   * The caller behind an access token, judged as `resolve` judges it but without writing anything: the live-update
   * socket looks at its session again at every event, and must neither keep an idle session alive nor end one (the
   * next request does that, and audits it). Throws SessionException: `accessTokenInvalid` for an unknown or expired
   * token, `ended` for a revoked session or a disabled account, `idle` after 30 idle minutes.
   */
  async inspect(accessToken: string): Promise<{ user: AuthUser; accessTokenExpiresAt: Date }> {
    const session = await this.repository.findByAccessHash(this.tokens.hash(accessToken));
    const now = this.clock.now();
    if (!session?.user) throw SessionException.accessTokenInvalid();
    if (session.revokedAt || !session.user.enabled) throw SessionException.ended();
    if (session.accessExpiresAt <= now) throw SessionException.accessTokenInvalid();
    if (isIdle(session.lastSeenAt, now)) throw SessionException.idle();
    return { user: toAuthUser(session, session.user), accessTokenExpiresAt: session.accessExpiresAt };
  }

  /** Like `resolve`, but a bad token means "anonymous" (for public operations). */
  async resolveOptional(accessToken: string, meta: RequestMeta): Promise<AuthUser | null> {
    try {
      return await this.resolve(accessToken, meta);
    } catch (error) {
      if (error instanceof SessionException) return null;
      throw error;
    }
  }

  /**
   * Rotates: the presented refresh token becomes used and a new pair is issued in the same family.
   * A used or revoked token presented again revokes the family and is audited as TOKEN_REUSE_DETECTED.
   */
  async refresh(refreshToken: string, meta: RequestMeta): Promise<RefreshedSession> {
    const outcome = await this.dataSource.transaction((manager) => this.rotate(manager, refreshToken, meta));
    if (outcome.kind === 'refused') throw outcome.error;
    return outcome.session;
  }

  /** Ends the caller's session and its refresh family. */
  async logout(user: AuthUser, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.revokeSessions(manager, { id: user.sessionId }, this.clock.now(), 'LOGOUT');
      await this.audit.record(
        { actorId: user.userId, actorRole: user.role, action: AuditAction.LOGOUT, result: 'SUCCESS', targetType: 'SESSION', targetId: user.sessionId, meta },
        manager,
      );
    });
  }

  /** Revokes every live session of a user (password change, account disabled, role change); the caller audits. */
  async revokeAllForUser(manager: EntityManager, userId: string, reason: string): Promise<void> {
    await this.repository.revokeSessions(manager, { userId }, this.clock.now(), reason);
  }

  /** Revokes one session and its refresh tokens; answers whether it was live until now (the caller audits). */
  async revokeSession(manager: EntityManager, sessionId: string, reason: RevokeReason): Promise<boolean> {
    return (await this.repository.revokeSessions(manager, { id: sessionId }, this.clock.now(), reason)).length > 0;
  }

  /**
   * The enterprise an ENTERPRISE user acts for in this session (the caller checks the binding and audits; the
   * statement checks again that the binding is active). False when it is not (any more); UNAUTHENTICATED when the
   * session has ended.
   */
  async setActiveEnterprise(sessionId: string, enterpriseId: string): Promise<boolean> {
    const outcome = await this.repository.setActiveEnterprise(sessionId, enterpriseId);
    if (outcome === 'SESSION_GONE') throw SessionException.accessTokenInvalid();
    return outcome === 'SET';
  }

  /** The user's live sessions acting for an enterprise they may no longer act for switch to `replacement` (or none). */
  async leaveEnterprises(manager: EntityManager, userId: string, enterpriseIds: readonly string[], replacement: string | null): Promise<void> {
    await this.repository.moveOffEnterprises(manager, userId, enterpriseIds, replacement);
  }

  private async rotate(manager: EntityManager, refreshToken: string, meta: RequestMeta): Promise<RefreshOutcome> {
    const presented = await this.repository.findRefreshToken(manager, this.tokens.hash(refreshToken));
    const session = presented?.session;
    const user = session?.user;
    if (!presented || !session || !user) return refused(SessionException.refreshTokenInvalid());
    const now = this.clock.now();
    if (presented.usedAt || (presented.revokedAt && !session.revokedAt)) return this.reuseDetected(manager, presented, session, user, now, meta);
    if (presented.revokedAt || session.revokedAt || !user.enabled) return refused(SessionException.refreshTokenInvalid());
    if (presented.expiresAt <= now) {
      await this.expire(session, user, 'REFRESH_EXPIRED', now, meta, manager);
      return refused(SessionException.ended());
    }
    if (isIdle(session.lastSeenAt, now)) {
      await this.expire(session, user, 'IDLE_TIMEOUT', now, meta, manager);
      return refused(SessionException.idle());
    }
    // Lock order everywhere: session row, then refresh tokens, then the audit chain head (no deadlocks).
    const accessToken = this.tokens.generate();
    const accessTokenExpiresAt = after(now, ACCESS_TOKEN_TTL_MS);
    if (!(await this.repository.rotateAccess(manager, session.id, this.tokens.hash(accessToken), accessTokenExpiresAt, now))) {
      return refused(SessionException.refreshTokenInvalid());
    }
    const next = await this.addRefreshToken(manager, session.id, now);
    if (!(await this.repository.markUsed(manager, presented.id, now, next.entity.id))) {
      return this.reuseDetected(manager, presented, session, user, now, meta);
    }
    await this.audit.record(
      { actorId: user.id, actorRole: user.role, action: AuditAction.SESSION_REFRESHED, result: 'SUCCESS', targetType: 'SESSION', targetId: session.id, meta },
      manager,
    );
    const tokens: IssuedTokens = {
      accessToken,
      accessTokenExpiresAt,
      refreshToken: next.token,
      refreshTokenExpiresAt: next.entity.expiresAt,
      sessionId: session.id,
      activeEnterpriseId: session.activeEnterpriseId,
    };
    return { kind: 'refreshed', session: { userId: user.id, tokens } };
  }

  private async reuseDetected(
    manager: EntityManager,
    presented: RefreshTokenEntity,
    session: SessionEntity,
    user: UserAccountRow,
    now: Date,
    meta: RequestMeta,
  ): Promise<RefreshOutcome> {
    await this.repository.revokeSessions(manager, { id: session.id }, now, 'TOKEN_REUSE' satisfies RevokeReason);
    await this.audit.record(
      {
        actorId: user.id,
        actorRole: user.role,
        action: AuditAction.TOKEN_REUSE_DETECTED,
        result: 'DENIED',
        targetType: 'SESSION',
        targetId: session.id,
        meta,
        detail: { refreshTokenId: presented.id },
      },
      manager,
    );
    return refused(SessionException.refreshTokenReused());
  }

  /** Revokes an expired session and audits SESSION_EXPIRED, in `manager`'s transaction or a new one. */
  private async expire(
    session: SessionEntity,
    user: UserAccountRow,
    reason: RevokeReason,
    now: Date,
    meta: RequestMeta,
    manager?: EntityManager,
  ): Promise<void> {
    const work = async (transaction: EntityManager) => {
      const revoked = await this.repository.revokeSessions(transaction, { id: session.id }, now, reason);
      if (revoked.length === 0) return;
      await this.audit.record(
        {
          actorId: user.id,
          actorRole: user.role,
          action: AuditAction.SESSION_EXPIRED,
          result: 'SUCCESS',
          targetType: 'SESSION',
          targetId: session.id,
          meta,
          detail: { reason },
        },
        transaction,
      );
    };
    await (manager ? work(manager) : this.dataSource.transaction(work));
  }

  private async addRefreshToken(manager: EntityManager, sessionId: string, now: Date): Promise<{ token: string; entity: RefreshTokenEntity }> {
    const token = this.tokens.generate();
    const entity: RefreshTokenEntity = {
      id: randomUUID(),
      sessionId,
      tokenHash: this.tokens.hash(token),
      expiresAt: after(now, REFRESH_TOKEN_TTL_MS),
      createdAt: now,
      usedAt: null,
      revokedAt: null,
      replacedById: null,
    };
    await this.repository.insertRefreshToken(manager, entity);
    return { token, entity };
  }
}

function refused(error: SessionException): RefreshOutcome {
  return { kind: 'refused', error };
}
