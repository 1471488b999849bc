import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../../../modules/enterprises/enterprises.module';
import { InstitutionsModule } from '../../../modules/institutions/institutions.module';
import { MeFieldsResolver } from './me-fields.resolver';

/**
 * The signed-in user's `Me`: the model and its builder (me.builder.ts, used by `Query.me` and every login's
 * AuthPayload) and the fields about who the user acts for, resolved from enterprises and institutions.
 */
@Module({
  imports: [EnterprisesModule, InstitutionsModule],
  providers: [MeFieldsResolver],
})
export class MeModule {}
