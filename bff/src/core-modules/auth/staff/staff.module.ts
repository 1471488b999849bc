import { Module } from '@nestjs/common';
import { AccountsModule } from '../../../modules/accounts/accounts.module';
import { AuditModule } from '../../../modules/audit/audit.module';
import { InstitutionsModule } from '../../../modules/institutions/institutions.module';
import { IdentityModule } from '../identity/identity.module';
import { SessionsModule } from '../sessions/sessions.module';
import { StaffAccountSecurityResolver } from './staff-account-security.resolver';
import { StaffAccountSecurityService } from './staff-account-security.service';
import { StaffAccountsResolver } from './staff-accounts.resolver';
import { StaffAccountsService } from './staff-accounts.service';
import { StaffAuthResolver } from './staff-auth.resolver';
import { StaffChallenges } from './staff-challenges';
import { StaffLockout } from './staff-lockout';
import { StaffLoginFlow } from './staff-login-flow';
import { StaffLoginSources } from './staff-login-sources';
import { StaffLoginService } from './staff-login.service';
import { StaffPasswordService } from './staff-password.service';
import { StaffTotpService } from './staff-totp.service';

/** Staff login (password, lockout, TOTP, forced password change), staff account management and its security actions. */
@Module({
  imports: [AccountsModule, AuditModule, IdentityModule, InstitutionsModule, SessionsModule],
  providers: [
    StaffChallenges,
    StaffLoginSources,
    StaffLockout,
    StaffLoginFlow,
    StaffLoginService,
    StaffTotpService,
    StaffPasswordService,
    StaffAccountsService,
    StaffAccountSecurityService,
    StaffAuthResolver,
    StaffAccountsResolver,
    StaffAccountSecurityResolver,
  ],
})
export class StaffModule {}
