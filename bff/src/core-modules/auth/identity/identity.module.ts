import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../../../modules/accounts/accounts.module';
import { AuditModule } from '../../../modules/audit/audit.module';
import { EnterprisesModule } from '../../../modules/enterprises/enterprises.module';
import { MeModule } from '../me/me.module';
import { SessionsModule } from '../sessions/sessions.module';
import { EnterpriseBindingReconciliation } from './enterprise-binding-reconciliation';
import { EnterpriseSwitchService } from './enterprise-switch.service';
import { IdentityResolver } from './identity.resolver';
import { LoginCompletion } from './login-completion.service';
import { OidcClient } from './oidc-client';
import { OidcCodeRedemptionEntity } from './oidc-code-redemption.entity';
import { OidcCodeRedemptions } from './oidc-code-redemptions';
import { OidcLoginRequestEntity } from './oidc-login-request.entity';
import { OidcLoginRequests } from './oidc-login-requests';
import { UnifiedLoginService } from './unified-login.service';

/**
 * Unified identity login (browser and 皖事通) with enterprise bindings that follow the platform's claims, and
 * enterprise switching.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([OidcLoginRequestEntity, OidcCodeRedemptionEntity]),
    AccountsModule,
    AuditModule,
    EnterprisesModule,
    MeModule,
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
  ],
  exports: [LoginCompletion],
})
export class IdentityModule {}
