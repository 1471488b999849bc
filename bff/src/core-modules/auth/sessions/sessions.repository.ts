import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';

/** Session and refresh-token queries; every write takes the caller's manager (its transaction). */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The session holding this access-token hash, with its user. */
  findByAccessHash(accessTokenHash: string): Promise<SessionEntity | null> {
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.accessTokenHash = :accessTokenHash', { accessTokenHash })
      .getOne();
  }

  /** The refresh token with this hash, with its session and the session's user. */
  findRefreshToken(manager: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.session', 's')
      .innerJoinAndSelect('s.user', 'u')
      .where('r.tokenHash = :tokenHash', { tokenHash })
      .getOne();
  }

  async insertSession(manager: EntityManager, session: SessionEntity): Promise<void> {
    await manager.insert(SessionEntity, session);
  }

  async insertRefreshToken(manager: EntityManager, token: RefreshTokenEntity): Promise<void> {
    await manager.insert(RefreshTokenEntity, token);
  }

  /** Compare-and-set: true only for the one caller that turned this unused token into a used one. */
  async markUsed(manager: EntityManager, tokenId: string, usedAt: Date, replacedById: string): Promise<boolean> {
    const result = await manager.update(
      RefreshTokenEntity,
      { id: tokenId, usedAt: IsNull(), revokedAt: IsNull() },
      { usedAt, replacedById },
    );
    return result.affected === 1;
  }

  /** New access token on a live session; false when the session was revoked meanwhile. */
  async rotateAccess(manager: EntityManager, sessionId: string, accessTokenHash: string, accessExpiresAt: Date, now: Date): Promise<boolean> {
    const result = await manager.update(
      SessionEntity,
      { id: sessionId, revokedAt: IsNull() },
      { accessTokenHash, accessExpiresAt, lastSeenAt: now },
    );
    return result.affected === 1;
  }

  /** Moves lastSeenAt forward unless another request already did since `seenBefore`. */
  async touch(sessionId: string, now: Date, seenBefore: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ lastSeenAt: now })
      .where('id = :sessionId AND last_seen_at <= :seenBefore AND revoked_at IS NULL', { sessionId, seenBefore })
      .execute();
  }

  /**
   * Only while the session is live and its user's binding to the enterprise is active, both checked in the statement:
   * SESSION_GONE when the session is revoked or unknown, NOT_BOUND when the binding is missing or deactivated.
   */
  async setActiveEnterprise(sessionId: string, enterpriseId: string): Promise<'SET' | 'SESSION_GONE' | 'NOT_BOUND'> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ activeEnterpriseId: enterpriseId })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .andWhere(
        'EXISTS (SELECT 1 FROM enterprise_bindings b WHERE b.user_id = sessions.user_id AND b.enterprise_id = :enterpriseId AND b.deactivated_at IS NULL)',
        { enterpriseId },
      )
      .execute();
    if (result.affected === 1) return 'SET';
    const live = await this.dataSource.getRepository(SessionEntity).existsBy({ id: sessionId, revokedAt: IsNull() });
    return live ? 'NOT_BOUND' : 'SESSION_GONE';
  }

  /** The user's live sessions acting for one of `enterpriseIds` act for `replacement` instead (null: for none). */
  async moveOffEnterprises(manager: EntityManager, userId: string, enterpriseIds: readonly string[], replacement: string | null): Promise<void> {
    if (enterpriseIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ activeEnterpriseId: replacement })
      .where('user_id = :userId AND revoked_at IS NULL AND active_enterprise_id IN (:...enterpriseIds)', { userId, enterpriseIds })
      .execute();
  }

  /** Revokes the sessions (and their refresh tokens) matching `where`; returns the ids revoked now. */
  async revokeSessions(
    manager: EntityManager,
    where: { id: string } | { userId: string },
    now: Date,
    reason: string,
  ): Promise<string[]> {
    const live = await manager.getRepository(SessionEntity).find({ select: { id: true }, where: { ...where, revokedAt: IsNull() } });
    const ids = live.map((session) => session.id);
    if (ids.length === 0) return [];
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: now, revokeReason: reason.slice(0, 32) })
      .where('id IN (:...ids) AND revoked_at IS NULL', { ids })
      .execute();
    await this.revokeRefreshTokens(manager, ids, now);
    return ids;
  }

  /** Marks every refresh token of these sessions revoked (used ones too: the family is over). */
  async revokeRefreshTokens(manager: EntityManager, sessionIds: readonly string[], now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: now })
      .where('session_id IN (:...sessionIds) AND revoked_at IS NULL', { sessionIds })
      .execute();
  }
}
