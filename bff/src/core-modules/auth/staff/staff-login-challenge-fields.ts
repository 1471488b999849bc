import { encryptedField } from '../../../infra/crypto/encrypted-columns';
import type { StaffLoginChallengeEntity } from './staff-login-challenge.entity';

/** The encrypted column of staff_login_challenges: the TOTP secret offered during enrolment. */
export const STAFF_LOGIN_CHALLENGE_FIELDS = {
  pendingTotpSecret: encryptedField<Pick<StaffLoginChallengeEntity, 'id' | 'pendingTotpSecretCipher'>>(
    { table: 'staff_login_challenges', column: 'pending_totp_secret_cipher' },
    (challenge) => challenge.pendingTotpSecretCipher,
  ),
} as const;
