import type { EnterpriseScale, GuaranteeMethod, ProductCategory, RepaymentMethod } from '@rongtong/shared';

/** The editable fields of a product (DESIGN §4.3): what a draft holds and what a version proposes. */
export interface ProductFields {
  name: string;
  category: ProductCategory;
  guaranteeMethods: GuaranteeMethod[];
  minAmountFen: number;
  maxAmountFen: number;
  minTermMonths: number;
  maxTermMonths: number;
  minRateBp: number;
  maxRateBp: number;
  repaymentMethods: RepaymentMethod[];
  targetRegionCodes: string[];
  targetIndustryCodes: string[];
  targetScales: EnterpriseScale[];
  minYearsInBusiness: number;
  minCreditGrade: string | null;
  requiredMaterials: string[];
  onlineApply: boolean;
  summary: string;
  description: string;
}

export const PRODUCT_FIELD_NAMES: ReadonlyArray<keyof ProductFields> = [
  'name',
  'category',
  'guaranteeMethods',
  'minAmountFen',
  'maxAmountFen',
  'minTermMonths',
  'maxTermMonths',
  'minRateBp',
  'maxRateBp',
  'repaymentMethods',
  'targetRegionCodes',
  'targetIndustryCodes',
  'targetScales',
  'minYearsInBusiness',
  'minCreditGrade',
  'requiredMaterials',
  'onlineApply',
  'summary',
  'description',
];

/** The editable fields of any object holding them (an entity, an input). */
export function pickProductFields(source: ProductFields): ProductFields {
  const picked: Partial<Record<keyof ProductFields, unknown>> = {};
  for (const name of PRODUCT_FIELD_NAMES) picked[name] = source[name];
  return picked as ProductFields;
}
