import type { UserAccount } from '../../../modules/accounts/staff-accounts.store';
import { StaffAccountModel } from './models/staff-account.model';

/** Lock state is shown only while it is in force. */
export function toStaffAccountModel(account: UserAccount, now: Date): StaffAccountModel {
  const locked = account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime();
  return Object.assign(new StaffAccountModel(), {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    permissions: [...account.permissions],
    enabled: account.enabled,
    lockedUntil: locked ? account.lockedUntil : null,
    failedLoginCount: account.failedLoginCount,
    mustChangePassword: account.mustChangePassword,
    totpEnabled: account.totpSecretCipher !== null,
    createdAt: account.createdAt,
    institutionId: account.institutionId,
  });
}
