import { Injectable } from '@nestjs/common';
import { Role } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../../infra/clock/clock';
import { hashPassword } from '../../../infra/crypto/password';
import type { RequestMeta } from '../../../infra/http/request-context';
import { StaffAccountsStore, type NewUserAccount, type StaffAccountChanges, type UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { AuditAction, AuditService, type AuditDetail } from '../../../modules/audit/audit.service';
import { InstitutionsService } from '../../../modules/institutions/institutions.service';
import { INSTITUTION_PERMISSIONS, type AuthUser } from '../auth-user';
import { SessionsService } from '../sessions/sessions.service';
import type { CreateStaffAccountInput, UpdateStaffAccountInput } from './dto/staff-account.input';
import type { CreatedStaffAccountModel, StaffAccountModel } from './models/staff-account.model';
import { generateInitialPassword } from './password-policy';
import { listingScope, mayManage, type ManagedAccount } from './staff-account-policy';
import { toStaffAccountModel } from './staff-account.mapper';
import { isAdministrator, STAFF_ROLES } from './staff-roles';
import { StaffException } from './staff.exception';

/** Staff accounts: listing, creation with a one-time initial password, and updates, within the caller's scope. */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountsStore,
    private readonly institutions: InstitutionsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(caller: AuthUser, institutionId: string | null): Promise<StaffAccountModel[]> {
    const scope = listingScope(caller, institutionId);
    if (scope === 'FORBIDDEN') throw StaffException.notAllowed('只能查看本机构的工作人员账号');
    const accounts = await this.accounts.listLocal({ roles: STAFF_ROLES, institutionId: scope.institutionId });
    const now = this.clock.now();
    return accounts.map((account) => toStaffAccountModel(account, now));
  }

  async create(caller: AuthUser, input: CreateStaffAccountInput, meta: RequestMeta): Promise<CreatedStaffAccountModel> {
    const target = this.targetOf(caller, input);
    this.authorise(caller, target, 'create');
    if (input.displayName.trim() === '') throw StaffException.invalid('input.displayName', '姓名不能为空');
    const permissions = normalisePermissions(target.role, input.permissions ?? []);
    await this.checkInstitution(target);
    const initialPassword = generateInitialPassword(input.username);
    const now = this.clock.now();
    const row = newStaffAccount(input, target, permissions, await hashPassword(initialPassword), caller.userId);
    await this.dataSource.transaction(async (manager) => {
      const outcome = await this.accounts.create(manager, row, now);
      if (outcome === 'USERNAME_TAKEN') throw StaffException.invalid('input.username', '该用户名已被使用');
      await this.record(manager, caller, AuditAction.STAFF_ACCOUNT_CREATED, row.id, meta, {
        role: row.role,
        institutionId: row.institutionId,
        permissions: row.permissions.join(','),
      });
    });
    const account = await this.accounts.getById(row.id);
    return { account: toStaffAccountModel(account, now), initialPassword };
  }

  async update(caller: AuthUser, id: string, input: UpdateStaffAccountInput, meta: RequestMeta): Promise<StaffAccountModel> {
    const account = await this.accounts.findLocal(id, STAFF_ROLES);
    if (!account) throw StaffException.accountNotFound();
    this.authorise(caller, account, 'update');
    if (account.id === caller.userId) throw StaffException.notAllowed('不能修改自己的账号权限或状态，请联系其他管理员');
    const changes = this.changesOf(account, input);
    if (Object.keys(changes).length === 0) return toStaffAccountModel(account, this.clock.now());
    await this.dataSource.transaction((manager) => this.applyChanges(manager, caller, account, changes, meta));
    const updated = await this.accounts.getById(id);
    return toStaffAccountModel(updated, this.clock.now());
  }

  private targetOf(caller: AuthUser, input: CreateStaffAccountInput): ManagedAccount {
    if (input.role === Role.ENTERPRISE) throw StaffException.invalid('input.role', '企业用户通过统一身份认证登录，不能创建为工作人员账号');
    // An institution administrator creates staff of its own institution when it names none.
    const defaultInstitution = input.role === Role.INSTITUTION_STAFF && caller.role === Role.INSTITUTION_STAFF ? caller.institutionId : null;
    return { role: input.role, institutionId: input.institutionId ?? defaultInstitution };
  }

  private authorise(caller: AuthUser, target: ManagedAccount, verb: 'create' | 'update'): void {
    if (mayManage(caller, target)) return;
    if (isAdministrator(target.role)) throw StaffException.notAllowed('只有系统管理员可以管理系统管理员、安全管理员和审计管理员账号');
    if (caller.role === Role.INSTITUTION_STAFF) throw StaffException.notAllowed('只能管理本机构的工作人员账号');
    throw StaffException.notAllowed(verb === 'create' ? '无权创建该类账号' : '无权修改该账号');
  }

  private async checkInstitution(target: ManagedAccount): Promise<void> {
    if (target.role !== Role.INSTITUTION_STAFF) {
      if (target.institutionId !== null) throw StaffException.invalid('input.institutionId', '只有金融机构工作人员需要选择所属机构');
      return;
    }
    if (target.institutionId === null) throw StaffException.invalid('input.institutionId', '请选择所属金融机构');
    if (!(await this.institutions.exists(target.institutionId))) throw StaffException.invalid('input.institutionId', '所选金融机构不存在');
  }

  private changesOf(account: UserAccount, input: UpdateStaffAccountInput): StaffAccountChanges {
    const changes: StaffAccountChanges = {};
    const displayName = input.displayName?.trim();
    if (input.displayName != null && !displayName) throw StaffException.invalid('input.displayName', '姓名不能为空');
    if (displayName && displayName !== account.displayName) changes.displayName = displayName;
    if (input.permissions != null) {
      const permissions = normalisePermissions(account.role, input.permissions, 'input.permissions');
      if (permissions.join(',') !== account.permissions.join(',')) changes.permissions = permissions;
    }
    if (input.enabled != null && input.enabled !== account.enabled) changes.enabled = input.enabled;
    return changes;
  }

  private async applyChanges(
    manager: EntityManager,
    caller: AuthUser,
    account: UserAccount,
    changes: StaffAccountChanges,
    meta: RequestMeta,
  ): Promise<void> {
    await this.accounts.update(manager, account.id, changes, this.clock.now());
    await this.record(manager, caller, AuditAction.STAFF_ACCOUNT_UPDATED, account.id, meta, { fields: Object.keys(changes).sort().join(',') });
    if (changes.permissions) {
      const detail = { from: account.permissions.join(','), to: changes.permissions.join(',') };
      await this.record(manager, caller, AuditAction.ROLE_CHANGED, account.id, meta, detail);
    }
    if (changes.enabled === false) await this.record(manager, caller, AuditAction.STAFF_ACCOUNT_DISABLED, account.id, meta, {});
    if (changes.enabled === false || changes.permissions) {
      await this.sessions.revokeAllForUser(manager, account.id, changes.enabled === false ? 'ACCOUNT_DISABLED' : 'ROLE_CHANGED');
    }
  }

  private record(
    manager: EntityManager,
    caller: AuthUser,
    action: AuditAction,
    targetId: string,
    meta: RequestMeta,
    detail: AuditDetail,
  ): Promise<void> {
    return this.audit.record(
      { actorId: caller.userId, actorRole: caller.role, action, result: 'SUCCESS', targetType: 'USER', targetId, meta, detail },
      manager,
    );
  }
}

/** Institution staff hold at least one known permission; every other role holds none. */
function normalisePermissions(role: Role, requested: readonly string[], field = 'input.permissions'): string[] {
  const permissions = [...new Set(requested)];
  if (role !== Role.INSTITUTION_STAFF) {
    if (permissions.length > 0) throw StaffException.invalid(field, '只有金融机构工作人员可以设置机构内权限');
    return [];
  }
  if (permissions.length === 0) throw StaffException.invalid(field, '请至少选择一项机构内权限');
  const unknown = permissions.find((permission) => !(INSTITUTION_PERMISSIONS as readonly string[]).includes(permission));
  if (unknown !== undefined) throw StaffException.invalid(field, `未知的权限：${unknown}`);
  return INSTITUTION_PERMISSIONS.filter((permission) => permissions.includes(permission));
}

function newStaffAccount(
  input: CreateStaffAccountInput,
  target: ManagedAccount,
  permissions: string[],
  passwordHash: string,
  createdBy: string,
): NewUserAccount {
  return {
    id: randomUUID(),
    username: input.username,
    displayName: input.displayName.trim(),
    role: target.role,
    permissions,
    institutionId: target.institutionId,
    passwordHash,
    mustChangePassword: true,
    createdBy,
  };
}
