import { DataSource, type GovSourceDataMap } from '@rongtong/shared';
import type { EnterpriseModel } from '../model/latent-risk';
import { administrativePenalties } from './administrative-penalties';
import { judicial } from './judicial';
import { marketRegistration } from './market-registration';
import { tax } from './tax';
import { utilities } from './utilities';
import { housingFund, socialSecurity } from './workforce';

type Generators = { [S in DataSource]: (model: EnterpriseModel) => GovSourceDataMap[S] };

const GENERATORS: Generators = {
  [DataSource.MARKET_REGISTRATION]: marketRegistration,
  [DataSource.TAX]: tax,
  [DataSource.SOCIAL_SECURITY]: socialSecurity,
  [DataSource.HOUSING_FUND]: housingFund,
  [DataSource.UTILITIES]: utilities,
  [DataSource.JUDICIAL]: judicial,
  [DataSource.ADMINISTRATIVE_PENALTIES]: administrativePenalties,
};

/** The `data` of one source for an enterprise at the model's as-of month. */
export function sourceData<S extends DataSource>(source: S, model: EnterpriseModel): GovSourceDataMap[S] {
  const generate: (model: EnterpriseModel) => GovSourceDataMap[S] = GENERATORS[source];
  return generate(model);
}
