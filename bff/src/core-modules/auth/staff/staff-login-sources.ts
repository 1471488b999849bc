import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import { SOURCE_DELAY_STEPS, SOURCE_FREE_FAILURES, SOURCE_MEMORY_MS, sourceDelayMs } from './lockout-policy';
import { StaffLoginSourceEntity } from './staff-login-source.entity';

const PRUNE_INTERVAL_MS = 60 * 1000;

/**
 * The per-(account, source) failure counts behind the progressive delay. Every change is a conditional
 * statement the database evaluates against the row as it is, so parallel attempts cannot all slip past a
 * count that each of them read before the others wrote.
 */
@Injectable()
export class StaffLoginSources {
  private lastPrunedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Removes the rows that have expired; at most once a minute per process, on its own (not in a caller's
   * transaction). READ COMMITTED on MySQL: the range DELETE then locks only the expired rows, no gaps, so it
   * cannot deadlock with a failure being counted (which moves its row's expires_at within the index).
   */
  async pruneExpired(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrunedAt < PRUNE_INTERVAL_MS) return;
    this.lastPrunedAt = now.getTime();
    const prune = (manager: EntityManager) =>
      manager.createQueryBuilder().delete().from(StaffLoginSourceEntity).where('expires_at <= :now', { now }).execute();
    await (this.dataSource.options.type === 'mysql' ? this.dataSource.transaction('READ COMMITTED', prune) : prune(this.dataSource.manager));
  }

  /**
   * Counts one failure of `source` unless the source is waiting out a delay; returns whether it counted. The
   * count restarts when the row has expired, and the failure sets the wait before the source's next attempt.
   */
  async countFailure(manager: EntityManager, accountId: string, source: string, now: Date): Promise<boolean> {
    const expiresAt = new Date(now.getTime() + SOURCE_MEMORY_MS);
    // A no-op upsert creates the row when missing; on MySQL it also takes the row's write lock (an INSERT IGNORE
    // would take a shared one, and two of those waiting to write would deadlock).
    await manager
      .createQueryBuilder()
      .insert()
      .into(StaffLoginSourceEntity)
      .values({ accountId, source, failures: 0, blockedUntil: null, expiresAt })
      .orUpdate(['account_id'], ['account_id', 'source'])
      .execute();
    const { sql: blockedUntil, parameters } = blockedUntilCase(now);
    // MySQL evaluates SET left to right with the values already assigned: `failures` and `expires_at` come last so
    // the expressions before them read the old values, as SQLite's do.
    const counted = await manager
      .createQueryBuilder()
      .update(StaffLoginSourceEntity)
      .set({
        blockedUntil: () => blockedUntil,
        failures: () => 'CASE WHEN expires_at <= :now THEN 1 ELSE failures + 1 END',
        expiresAt: () => ':expiresAt',
      })
      .where('account_id = :accountId AND source = :source AND (blocked_until IS NULL OR blocked_until <= :now)', { accountId, source })
      .setParameters({ ...parameters, now, expiresAt })
      .execute();
    return counted.affected === 1;
  }

  /** Whether attempts from `source` for this account must wait now. */
  async isDelayed(accountId: string, source: string, now: Date): Promise<boolean> {
    return this.dataSource.manager.existsBy(StaffLoginSourceEntity, {
      accountId,
      source,
      blockedUntil: MoreThan(now),
      expiresAt: MoreThan(now),
    });
  }

  /** Forgets one source's count (a completed login from it). */
  async forget(manager: EntityManager, accountId: string, source: string): Promise<void> {
    await manager.delete(StaffLoginSourceEntity, { accountId, source });
  }

  /** Forgets every source's count for the account (a security administrator's unlock); returns how many there were. */
  async forgetAll(manager: EntityManager, accountId: string): Promise<number> {
    const result = await manager.delete(StaffLoginSourceEntity, { accountId });
    return result.affected ?? 0;
  }
}

/**
 * `blocked_until` after one more failure, as SQL over the row's current `failures`: none for an expired row (its
 * count restarts at 1) or within the free failures, then now + sourceDelayMs(n) — written out per step, so both
 * dialects compute it without date arithmetic of their own.
 */
function blockedUntilCase(now: Date): { sql: string; parameters: Record<string, Date> } {
  const next = 'failures + 1';
  const parameters: Record<string, Date> = {};
  const steps = [`WHEN expires_at <= :now THEN NULL`, `WHEN ${next} <= ${SOURCE_FREE_FAILURES} THEN NULL`];
  for (let failures = SOURCE_FREE_FAILURES + 1; failures < SOURCE_DELAY_STEPS; failures += 1) {
    parameters[`blockedAfter${failures}`] = new Date(now.getTime() + sourceDelayMs(failures));
    steps.push(`WHEN ${next} = ${failures} THEN :blockedAfter${failures}`);
  }
  parameters.blockedAtMost = new Date(now.getTime() + sourceDelayMs(SOURCE_DELAY_STEPS));
  return { sql: `CASE ${steps.join(' ')} ELSE :blockedAtMost END`, parameters };
}
