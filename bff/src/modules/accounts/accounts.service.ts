import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { UserAccountRow } from './user-account-row';
import { UserAccountEntity } from './user-account.entity';

/**
 * Any account by id, staff or unified-identity, for the auth wing's `Me` (Query.me and every login's AuthPayload).
 * Staff login and management go through StaffAccountsStore, identity login through IdentityAccountsService, and
 * other parties see names through AccountNames.
 */
@Injectable()
export class AccountsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The account with this id, read in the caller's transaction when it passes its manager. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccountRow | null> {
    return manager.findOneBy(UserAccountEntity, { id });
  }
}
