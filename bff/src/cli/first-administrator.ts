import { Injectable } from '@nestjs/common';
import { Role } from '@rongtong/shared';
import { validate } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../infra/clock/clock';
import { hashPassword } from '../infra/crypto/password';
import { isDuplicateKeyError } from '../infra/database/duplicate-key';
import { newUserAccountRow } from '../modules/accounts/user-account-row';
import { UserAccountEntity } from '../modules/accounts/user-account.entity';
import { AuditAction, AuditService } from '../modules/audit/audit.service';
import { CreateStaffAccountInput } from '../core-modules/auth/staff/dto/staff-account.input';
import { generateInitialPassword, passwordPolicyViolation } from '../core-modules/auth/staff/password-policy';

/** A refusal worded for the operator at the console. */
export class FirstAdministratorError extends Error {
  override name = 'FirstAdministratorError';
}

export interface FirstAdministratorRequest {
  username: string;
  displayName: string;
  /** The initial password given on stdin; generated when absent. */
  password?: string;
}

export interface FirstAdministrator {
  id: string;
  username: string;
  displayName: string;
  /** The one-time initial password, when it was generated here (shown once, never stored). */
  generatedPassword: string | null;
}

/** What the audit entry says about who asked: nobody signed in, the operator of the server at its console. */
const CONSOLE = { ip: null, userAgent: 'npm run admin:bootstrap' };

/**
 * The one-time creation of the first system administrator (三员之一, who then creates the other accounts): only
 * while no SYSTEM_ADMIN exists, with an initial password that must be changed and no TOTP, so the first login
 * goes through PASSWORD_CHANGE_REQUIRED and then TOTP_ENROLLMENT_REQUIRED before any session. Audited as
 * STAFF_ACCOUNT_CREATED with no actor (the system, at the console).
 */
@Injectable()
export class FirstAdministratorBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(request: FirstAdministratorRequest): Promise<FirstAdministrator> {
    const username = request.username.trim();
    const displayName = request.displayName.trim();
    await this.checkInput(username, displayName, request.password);
    if (await this.administratorExists(this.dataSource.manager)) throw this.alreadyBootstrapped();
    const generatedPassword = request.password === undefined ? generateInitialPassword(username) : null;
    const passwordHash = await hashPassword(request.password ?? generatedPassword ?? '');
    const row = newUserAccountRow(
      {
        id: randomUUID(),
        username,
        displayName,
        role: Role.SYSTEM_ADMIN,
        permissions: [],
        institutionId: null,
        passwordHash,
        mustChangePassword: true,
      },
      this.clock.now(),
    );
    try {
      await this.dataSource.transaction(async (manager) => {
        // The audit append locks the chain head first (MySQL), so two bootstraps at once are serialised here and the
        // later one sees the earlier one's administrator; on SQLite the second writer cannot commit over the first.
        await this.audit.record(
          {
            actorId: null,
            actorRole: null,
            action: AuditAction.STAFF_ACCOUNT_CREATED,
            result: 'SUCCESS',
            targetType: 'USER',
            targetId: row.id,
            meta: CONSOLE,
            detail: { role: Role.SYSTEM_ADMIN, channel: 'ADMIN_BOOTSTRAP' },
          },
          manager,
        );
        if (await this.administratorExists(manager)) throw this.alreadyBootstrapped();
        await manager.insert(UserAccountEntity, row);
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new FirstAdministratorError(`用户名 ${username} 已被使用，请换一个`);
      throw error;
    }
    return { id: row.id, username, displayName, generatedPassword };
  }

  /** The staff-account input rules (username, display name) and the staff password policy. */
  private async checkInput(username: string, displayName: string, password: string | undefined): Promise<void> {
    const input = Object.assign(new CreateStaffAccountInput(), { username, displayName, role: Role.SYSTEM_ADMIN });
    const problems = (await validate(input)).flatMap((error) => Object.values(error.constraints ?? {}));
    if (password !== undefined) {
      const violation = passwordPolicyViolation(password, username);
      if (violation) problems.push(`初始密码不符合要求：${violation}`);
    }
    if (problems.length > 0) throw new FirstAdministratorError(problems.join('；'));
  }

  /**
   * Any system administrator, enabled or not. Inside the transaction on MySQL a locking read (FOR UPDATE; MariaDB
   * has no FOR SHARE), which sees what committed meanwhile rather than the transaction's snapshot.
   */
  private async administratorExists(manager: EntityManager): Promise<boolean> {
    const query = manager.createQueryBuilder(UserAccountEntity, 'account').select('account.id').where('account.role = :role', { role: Role.SYSTEM_ADMIN });
    if (manager.queryRunner?.isTransactionActive && manager.connection.options.type === 'mysql') query.setLock('pessimistic_write');
    return (await query.getRawOne()) !== undefined;
  }

  private alreadyBootstrapped(): FirstAdministratorError {
    return new FirstAdministratorError('已存在系统管理员，不能再次初始化：其他账号请由系统管理员在平台中创建');
  }
}
