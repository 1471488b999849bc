import { encryptedField } from '../../infra/crypto/encrypted-columns';
import type { UserAccountEntity } from './user-account.entity';

/** The encrypted columns of user_accounts: `cipher.seal(field, user, plain)` / `cipher.open(field, user)`. */
export const USER_ACCOUNT_FIELDS = {
  phone: encryptedField<Pick<UserAccountEntity, 'id' | 'phoneCipher'>>(
    { table: 'user_accounts', column: 'phone_cipher' },
    (user) => user.phoneCipher,
  ),
  residentId: encryptedField<Pick<UserAccountEntity, 'id' | 'residentIdCipher'>>(
    { table: 'user_accounts', column: 'resident_id_cipher' },
    (user) => user.residentIdCipher,
  ),
  totpSecret: encryptedField<Pick<UserAccountEntity, 'id' | 'totpSecretCipher'>>(
    { table: 'user_accounts', column: 'totp_secret_cipher' },
    (user) => user.totpSecretCipher,
  ),
} as const;
