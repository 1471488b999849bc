import { Injectable } from '@nestjs/common';
import { Role } from '@rongtong/shared';
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { USER_ACCOUNT_FIELDS } from './user-account-fields';
import { newUserAccountRow, type UserAccountRow } from './user-account-row';
import { UserAccountEntity } from './user-account.entity';

/** The person the unified identity platform vouched for, as accounts needs it. */
export interface IdentityPerson {
  subject: string;
  name: string;
  phone: string | null;
  residentId: string | null;
}

type UserRow = UserAccountRow;
type PersonalColumns = Pick<
  UserRow,
  'phoneCipher' | 'phoneIndex' | 'phoneMasked' | 'residentIdCipher' | 'residentIdIndex' | 'residentIdMasked'
>;

/** Users who log in through the identity platform have no local password; this never verifies. */
const NO_LOCAL_PASSWORD = '!';

/**
 * Unified-identity users: the subject is the key, personal data goes through the field cipher (encrypted,
 * blind-indexed, masked) and is never stored or logged in plaintext.
 */
@Injectable()
export class IdentityAccountsService {
  constructor(private readonly cipher: FieldCipher) {}

  /** Creates the ENTERPRISE user for this subject, or refreshes its name and contact details. */
  async upsert(manager: EntityManager, person: IdentityPerson): Promise<UserAccountEntity> {
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserAccountEntity)
      .values(this.newUser(person, now))
      .orIgnore()
      .execute();
    const user = await manager.findOneByOrFail(UserAccountEntity, { subject: person.subject });
    const changes = this.changesFor(user, person);
    if (Object.keys(changes).length > 0) {
      await manager.update(UserAccountEntity, { id: user.id }, { ...changes, updatedAt: now });
      Object.assign(user, changes);
    }
    return user;
  }

  private newUser(person: IdentityPerson, now: Date): UserRow {
    const id = randomUUID();
    const account = {
      id,
      // Staff usernames never contain ':', so these can never collide with one.
      username: `wst:${createHash('sha256').update(person.subject).digest('hex').slice(0, 40)}`,
      displayName: person.name,
      role: Role.ENTERPRISE,
      permissions: [],
      institutionId: null,
      passwordHash: NO_LOCAL_PASSWORD,
      mustChangePassword: false,
      subject: person.subject,
      ...this.personalColumns(id, person),
    };
    return newUserAccountRow(account, now);
  }

  /** Encrypted for the user row with this id (each value is bound to its row and column). */
  private personalColumns(userId: string, person: IdentityPerson): PersonalColumns {
    const row = { id: userId };
    return {
      phoneCipher: person.phone === null ? null : this.cipher.seal(USER_ACCOUNT_FIELDS.phone, row, person.phone),
      phoneIndex: person.phone === null ? null : this.cipher.blindIndex(person.phone, 'phone'),
      phoneMasked: person.phone === null ? null : maskPhone(person.phone),
      residentIdCipher: person.residentId === null ? null : this.cipher.seal(USER_ACCOUNT_FIELDS.residentId, row, person.residentId),
      residentIdIndex: person.residentId === null ? null : this.cipher.blindIndex(person.residentId, 'residentId'),
      residentIdMasked: person.residentId === null ? null : maskResidentId(person.residentId),
    };
  }

  /** Only what differs is rewritten; equal values are recognised by their blind index, not decrypted. */
  private changesFor(user: UserAccountEntity, person: IdentityPerson): Partial<UserRow> {
    const changes: Partial<UserRow> = {};
    if (user.displayName !== person.name) changes.displayName = person.name;
    const personal = this.personalColumns(user.id, person);
    if (user.phoneIndex !== personal.phoneIndex) {
      Object.assign(changes, { phoneCipher: personal.phoneCipher, phoneIndex: personal.phoneIndex, phoneMasked: personal.phoneMasked });
    }
    if (user.residentIdIndex !== personal.residentIdIndex) {
      Object.assign(changes, {
        residentIdCipher: personal.residentIdCipher,
        residentIdIndex: personal.residentIdIndex,
        residentIdMasked: personal.residentIdMasked,
      });
    }
    return changes;
  }
}

/** 13812341234 → 138****1234 */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** 341202199001011234 → 3412**********1234 */
export function maskResidentId(residentId: string): string {
  return `${residentId.slice(0, 4)}${'*'.repeat(residentId.length - 8)}${residentId.slice(-4)}`;
}
