import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { SessionsModule } from '../sessions/sessions.module';
import { EnterpriseBindingReconciliation } from './enterprise-binding-reconciliation';
import { EnterpriseSwitchService } from './enterprise-switch.service';
import { IdentityResolver } from './identity.resolver';
import { LoginCompletion } from './login-completion.service';
import { MeFieldsResolver } from './me-fields.resolver';
import { OidcClient } from './oidc-client';
import { OidcCodeRedemptionEntity } from './oidc-code-redemption.entity';
import { OidcCodeRedemptions } from './oidc-code-redemptions';
import { OidcLoginRequestEntity } from './oidc-login-request.entity';
import { OidcLoginRequests } from './oidc-login-requests';
import { UnifiedLoginService } from './unified-login.service';

/**
 * Unified identity login (browser and 皖事通) with enterprise bindings that follow the platform's claims, enterprise
 * switching, and the Me fields about who acts for whom.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([OidcLoginRequestEntity, OidcCodeRedemptionEntity]),
    AccountsModule,
    AuditModule,
    EnterprisesModule,
    InstitutionsModule,
    SessionsModule,
  ],
  providers: [
    OidcClient,
    OidcLoginRequests,
    OidcCodeRedemptions,
    EnterpriseBindingReconciliation,
    UnifiedLoginService,
    EnterpriseSwitchService,
    LoginCompletion,
    IdentityResolver,
    MeFieldsResolver,
  ],
  exports: [LoginCompletion],
})
export class IdentityModule {}
