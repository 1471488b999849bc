import type { UserAccountEntity } from './user-account.entity';

/** Every column of a user account as written by an insert. */
export type UserAccountRow = Omit<UserAccountEntity, 'institution' | 'stampCreation' | 'stampUpdate'>;

/** What differs between the ways an account comes to exist (staff creation, seed, unified-identity sign-up). */
export type NewUserAccount = Pick<
  UserAccountRow,
  'id' | 'username' | 'displayName' | 'role' | 'permissions' | 'institutionId' | 'passwordHash' | 'mustChangePassword'
> &
  Partial<Pick<UserAccountRow, 'subject' | 'createdBy' | 'totpSecretCipher' | 'phoneCipher' | 'phoneIndex' | 'phoneMasked' | 'residentIdCipher' | 'residentIdIndex' | 'residentIdMasked'>>;

/** A new, enabled account: no personal data, no failed logins, no lock, no TOTP unless given. */
export function newUserAccountRow(account: NewUserAccount, now: Date): UserAccountRow {
  return {
    subject: null,
    phoneCipher: null,
    phoneIndex: null,
    phoneMasked: null,
    residentIdCipher: null,
    residentIdIndex: null,
    residentIdMasked: null,
    totpSecretCipher: null,
    createdBy: null,
    ...account,
    enabled: true,
    failedLoginCount: 0,
    lockedUntil: null,
    totpLastUsedStep: null,
    passwordChangedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
