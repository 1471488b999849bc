import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { DataUseModule } from '../data-use/data-use.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { ProductsModule } from '../products/products.module';
import { ActingEnterprises } from './acting-enterprise';
import { ConsentAgreementEntity } from './consent-agreement.entity';
import { ConsentGrantsService } from './consent-grants.service';
import { ConsentViewsService } from './consent-views.service';
import { ConsentsRepository } from './consents.repository';
import { ConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';
import { DataConsentEntity } from './data-consent.entity';

/**
 * The consent ledger (数据授权): agreements, grants, revocations, what agents may grant, and the enterprise's view
 * of its data use log. Exports ConsentsService, the only maker of consent handles, for gov-data.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([DataConsentEntity, ConsentAgreementEntity]),
    DataUseModule,
    EnterprisesModule,
    InstitutionsModule,
    ProductsModule,
    AccountsModule,
    AuditModule,
  ],
  providers: [ConsentsService, ConsentsRepository, ConsentGrantsService, ConsentViewsService, ActingEnterprises, ConsentsResolver],
  exports: [ConsentsService],
})
export class ConsentsModule {}
