import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import { TokenHasher } from '../../../infra/crypto/token-hasher';
import { OidcCodeRedemptionEntity } from './oidc-code-redemption.entity';

/** Codes live for minutes at the identity platform; a day covers any replay of one, and the rows are then deleted. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

export type CodeChannel = 'UNIFIED_IDENTITY' | 'HOST_APP';

/**
 * The authorization codes this BFF has presented to the identity platform and the sessions they produced, so that a
 * code presented again is recognised here — before the platform is asked — and the session of its first use can be
 * revoked (RFC 6749 §4.1.2: the first redeemer may have been the thief). Codes are stored only as HMACs.
 */
@Injectable()
export class OidcCodeRedemptions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: TokenHasher,
    private readonly clock: Clock,
  ) {}

  /** Whether this code has been presented before. */
  async presentedBefore(code: string): Promise<boolean> {
    return (await this.dataSource.manager.countBy(OidcCodeRedemptionEntity, { codeHash: this.hasher.hash(code) })) > 0;
  }

  /**
   * Records that the code is being presented, committed at once (like a login request's state): true for its first
   * use, false when it had been presented already. Deletes the records past their day on the way.
   */
  async claim(code: string, channel: CodeChannel): Promise<boolean> {
    const now = this.clock.now();
    await this.dataSource.manager
      .createQueryBuilder()
      .delete()
      .from(OidcCodeRedemptionEntity)
      .where('redeemed_at < :cutoff', { cutoff: new Date(now.getTime() - RETENTION_MS) })
      .execute();
    const [sql, parameters] = this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(OidcCodeRedemptionEntity)
      .values({ codeHash: this.hasher.hash(code), channel, sessionId: null, redeemedAt: now, replayedAt: null })
      .orIgnore()
      .getQueryAndParameters();
    const runner = this.dataSource.createQueryRunner();
    try {
      return (await runner.query(sql, parameters, true)).affected === 1;
    } finally {
      await runner.release();
    }
  }

  /**
   * Links the code to the session its first use produced, in the login's transaction. False when the code was
   * presented again meanwhile: the login must then not stand either.
   */
  async attach(manager: EntityManager, code: string, sessionId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(OidcCodeRedemptionEntity)
      .set({ sessionId })
      .where('code_hash = :codeHash AND replayed_at IS NULL', { codeHash: this.hasher.hash(code) })
      .execute();
    return result.affected === 1;
  }

  /** Marks the code as replayed (in `manager`'s transaction) and answers the session its first use produced, if any. */
  async markReplayed(manager: EntityManager, code: string): Promise<string | null> {
    const codeHash = this.hasher.hash(code);
    await manager.update(OidcCodeRedemptionEntity, { codeHash }, { replayedAt: this.clock.now() });
    return (await manager.findOneBy(OidcCodeRedemptionEntity, { codeHash }))?.sessionId ?? null;
  }
}
