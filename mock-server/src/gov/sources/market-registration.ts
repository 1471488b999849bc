import type { MarketRegistrationData } from '@rongtong/shared';
import type { EnterpriseModel } from '../model/latent-risk';

/** The register entry: the synthetic enterprise as `syntheticEnterprise(uscc)` describes it, plus its status. */
export function marketRegistration(model: EnterpriseModel): MarketRegistrationData {
  const { enterprise } = model;
  return {
    name: enterprise.name,
    type: enterprise.type,
    legalRepresentative: enterprise.legalRepresentative,
    regionCode: enterprise.regionCode,
    industryCode: enterprise.industryCode,
    registeredCapitalFen: enterprise.registeredCapitalFen,
    establishedOn: enterprise.establishedOn,
    status: model.status,
  };
}
