import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestMeta } from '../../infra/auth/auth-user';
import { Clock } from '../../infra/clock/clock';
import { UserAccountEntity } from '../accounts/user-account.entity';
import { AuditAction, AuditService } from '../audit/audit.service';
import { StaffChallenges } from './staff-challenges';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type FailureAction = AuditAction.LOGIN_FAILED | AuditAction.TOTP_FAILED | AuditAction.PASSWORD_CHANGED;

/**
 * Counts wrong passwords and TOTP codes; the fifth in a row locks the account for 15 minutes. Each failure
 * commits on its own (with its audit entry), so the caller can throw afterwards without losing the count.
 */
@Injectable()
export class StaffLockout {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly challenges: StaffChallenges,
    private readonly clock: Clock,
  ) {}

  /** The unlock time when the account is locked now, else null. */
  lockedUntil(user: UserAccountEntity): Date | null {
    return user.lockedUntil !== null && user.lockedUntil.getTime() > this.clock.now().getTime() ? user.lockedUntil : null;
  }

  /** Records one failure; returns the unlock time when this failure locked the account. */
  async recordFailure(user: UserAccountEntity, action: FailureAction, reason: string, meta: RequestMeta): Promise<Date | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(UserAccountEntity)
        .set({ failedLoginCount: () => 'failed_login_count + 1' })
        .where('id = :id', { id: user.id })
        .execute();
      const actor = { actorId: user.id, actorRole: user.role, targetType: 'USER', targetId: user.id, meta };
      await this.audit.record({ ...actor, action, result: 'FAILURE', detail: { reason } }, manager);
      const lockedUntil = new Date(this.clock.now().getTime() + LOCKOUT_MS);
      const locked = await manager
        .createQueryBuilder()
        .update(UserAccountEntity)
        .set({ lockedUntil, failedLoginCount: 0 })
        .where('id = :id AND failed_login_count >= :max', { id: user.id, max: MAX_FAILED_ATTEMPTS })
        .execute();
      if (locked.affected !== 1) return null;
      await this.challenges.discardFor(manager, user.id);
      await this.audit.record(
        { ...actor, action: AuditAction.ACCOUNT_LOCKED, result: 'SUCCESS', detail: { after: reason, minutes: LOCKOUT_MS / 60_000 } },
        manager,
      );
      return lockedUntil;
    });
  }
}
