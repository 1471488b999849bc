import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountNames } from './account-names';
import { AccountsService } from './accounts.service';
import { IdentityAccountsService } from './identity-accounts.service';
import { StaffAccountsStore } from './staff-accounts.store';
import { UserAccountEntity } from './user-account.entity';

/**
 * User accounts: staff (username + password) and unified-identity users (subject + encrypted personal data).
 * Staff login and account management read and write the table only through StaffAccountsStore.
 */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity])],
  providers: [AccountsService, IdentityAccountsService, StaffAccountsStore, AccountNames],
  exports: [AccountsService, IdentityAccountsService, StaffAccountsStore, AccountNames],
})
export class AccountsModule {}
