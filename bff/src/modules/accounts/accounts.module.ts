import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserAccountEntity } from './user-account.entity';

/** Staff and demo accounts. Login and sessions arrive with the identity issue; for now the table and the seed. */
@Module({
  imports: [TypeOrmModule.forFeature([UserAccountEntity])],
  exports: [TypeOrmModule],
})
export class AccountsModule {}
