import { Injectable } from '@nestjs/common';
import { EnterprisesService } from '../enterprises/enterprises.service';
import type { EnterpriseRegisterProfileModel } from './models/enterprise-register-profile.model';
import { toRegisterProfile } from './register-profile.mapper';
import { RegisterProfileService } from './register-profile.service';

/** The register profile as a bound user may see it: masked, and only while its consent is active. */
@Injectable()
export class RegisterProfilePresenter {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly profiles: RegisterProfileService,
  ) {}

  async forBoundUser(userId: string, enterpriseId: string): Promise<EnterpriseRegisterProfileModel | null> {
    const enterprise = await this.enterprises.findBound(userId, enterpriseId);
    if (!enterprise) return null;
    const visible = await this.profiles.visibleProfile(enterprise);
    if (!visible) return null;
    const { registerFetchedAt, registerAsOf } = visible;
    if (registerFetchedAt === null || registerAsOf === null) return null;
    return toRegisterProfile({ ...visible, registerFetchedAt, registerAsOf }, this.enterprises.legalRepresentativeOf(visible));
  }
}
