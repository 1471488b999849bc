import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityAccountsService } from './identity-accounts.service';
import { UserAccountEntity } from './user-account.entity';

/** User accounts: staff (username + password) and unified-identity users (subject + encrypted personal data). */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity])],
  providers: [IdentityAccountsService],
  exports: [TypeOrmModule, IdentityAccountsService],
})
export class AccountsModule {}
