import type { HousingFundData, SocialSecurityData } from '@rongtong/shared';
import { housingFundContributors, insuredHeadcount } from '../model/activity';
import type { EnterpriseModel } from '../model/latent-risk';
import { formatMonth } from '../model/months';
import { seriesWindow } from './window';

export function socialSecurity(model: EnterpriseModel): SocialSecurityData {
  return {
    monthly: seriesWindow(model.asOf).map((month) => ({ month: formatMonth(month), insuredHeadcount: insuredHeadcount(model, month) })),
  };
}

export function housingFund(model: EnterpriseModel): HousingFundData {
  return {
    monthly: seriesWindow(model.asOf).map((month) => ({
      month: formatMonth(month),
      contributors: housingFundContributors(model, month, insuredHeadcount(model, month)),
    })),
  };
}
