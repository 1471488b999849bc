import { Injectable } from '@nestjs/common';
import { Role } from '@rongtong/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { USER_ACCOUNT_FIELDS } from './user-account-fields';
import type { UserAccountRow } from './user-account-row';
import { UserAccountEntity } from './user-account.entity';

/** What the unified identity platform vouched for about a person: the real name and, when supplied, the resident ID. */
export interface RealNameIdentity {
  name: string;
  residentId: string | null;
  /** The resident ID as responses show it (110101********1234). */
  residentIdMasked: string | null;
}

/**
 * Any account by id, staff or unified-identity, for the auth wing's `Me` (Query.me and every login's AuthPayload).
 * Staff login and management go through StaffAccountsStore, identity login through IdentityAccountsService, and
 * other parties see names through AccountNames.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /** The account with this id, read in the caller's transaction when it passes its manager. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccountRow | null> {
    return manager.findOneBy(UserAccountEntity, { id });
  }

  /**
   * The real-name data of an enterprise user (a unified-identity account): the name and resident ID the identity
   * platform supplied, decrypted — for a loan application or a face verification to carry; never log it. Null for
   * staff accounts and unknown ids.
   */
  async realName(userId: string, manager: EntityManager = this.dataSource.manager): Promise<RealNameIdentity | null> {
    const account = await manager.findOneBy(UserAccountEntity, { id: userId });
    if (account === null || account.role !== Role.ENTERPRISE) return null;
    return { name: account.displayName, residentId: this.cipher.open(USER_ACCOUNT_FIELDS.residentId, account), residentIdMasked: account.residentIdMasked };
  }

  /** The ids of the institution's enabled staff holding `permission` (e.g. its reviewers, to tell them of an application). */
  async staffIdsWithPermission(institutionId: string, permission: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder(UserAccountEntity, 'u')
      .select('u.id', 'id')
      .where('u.institutionId = :institutionId AND u.role = :role AND u.enabled = :enabled', { institutionId, role: Role.INSTITUTION_STAFF, enabled: true })
      .andWhere('u.permissions LIKE :permission', { permission: `%,${permission},%` })
      .orderBy('u.id', 'ASC')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }
}
