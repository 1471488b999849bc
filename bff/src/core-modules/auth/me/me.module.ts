import { Module } from '@nestjs/common';
import { AccountsModule } from '../../../modules/accounts/accounts.module';
import { EnterprisesModule } from '../../../modules/enterprises/enterprises.module';
import { InstitutionsModule } from '../../../modules/institutions/institutions.module';
import { MeFieldsResolver } from './me-fields.resolver';
import { MeBuilder } from './me.builder';

/**
 * The signed-in user's `Me`: the model and its builder (MeBuilder, used by `Query.me`, switchEnterprise and every
 * login's AuthPayload; it reads the account through AccountsService) and the fields about who the user acts for,
 * resolved from enterprises and institutions.
 */
@Module({
  imports: [AccountsModule, EnterprisesModule, InstitutionsModule],
  providers: [MeBuilder, MeFieldsResolver],
  exports: [MeBuilder],
})
export class MeModule {}
