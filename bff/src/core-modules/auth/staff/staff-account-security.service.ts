import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import type { RequestMeta } from '../../../infra/http/request-context';
import { StaffAccountsStore, type UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { AuditAction, AuditService, type AuditDetail } from '../../../modules/audit/audit.service';
import type { AuthUser } from '../auth-user';
import { SessionsService } from '../sessions/sessions.service';
import type { StaffAccountModel } from './models/staff-account.model';
import { securityResetRefusal } from './staff-account-policy';
import { toStaffAccountModel } from './staff-account.mapper';
import { StaffChallenges } from './staff-challenges';
import { StaffLockout } from './staff-lockout';
import { STAFF_ROLES } from './staff-roles';
import { StaffException } from './staff.exception';

/**
 * What a security administrator does for a staff member who cannot log in: lift a lock (and every failure
 * count behind it), or remove a lost authenticator so the next login enrols a new one. Both audited.
 */
@Injectable()
export class StaffAccountSecurityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsStore,
    private readonly lockout: StaffLockout,
    private readonly challenges: StaffChallenges,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async unlock(caller: AuthUser, id: string, meta: RequestMeta): Promise<StaffAccountModel> {
    const account = await this.authorisedAccount(caller, id);
    await this.dataSource.transaction(async (manager) => {
      const cleared = await this.lockout.clearAll(manager, account);
      await this.record(manager, caller, AuditAction.STAFF_ACCOUNT_UNLOCKED, account.id, meta, { ...cleared });
    });
    return this.reload(id);
  }

  /** Removes the authenticator; the account's sessions and pending login steps end with it. */
  async resetTotp(caller: AuthUser, id: string, meta: RequestMeta): Promise<StaffAccountModel> {
    const account = await this.authorisedAccount(caller, id);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.accounts.removeTotp(manager, account.id, this.clock.now()))) throw StaffException.totpNotEnrolled();
      await this.challenges.discardFor(manager, account.id);
      await this.sessions.revokeAllForUser(manager, account.id, 'TOTP_RESET');
      await this.record(manager, caller, AuditAction.STAFF_TOTP_RESET, account.id, meta, {});
    });
    return this.reload(id);
  }

  /** The staff account (NOT_FOUND otherwise) if the caller may act on it (FORBIDDEN otherwise). */
  private async authorisedAccount(caller: AuthUser, id: string): Promise<UserAccount> {
    const account = await this.accounts.findLocal(id, STAFF_ROLES);
    if (!account) throw StaffException.accountNotFound();
    const refusal = securityResetRefusal(caller, account);
    if (refusal) throw StaffException.notAllowed(refusal);
    return account;
  }

  private async reload(id: string): Promise<StaffAccountModel> {
    const account = await this.accounts.getById(id);
    return toStaffAccountModel(account, this.clock.now());
  }

  private record(manager: EntityManager, caller: AuthUser, action: AuditAction, targetId: string, meta: RequestMeta, detail: AuditDetail): Promise<void> {
    return this.audit.record({ actorId: caller.userId, actorRole: caller.role, action, result: 'SUCCESS', targetType: 'USER', targetId, meta, detail }, manager);
  }
}
