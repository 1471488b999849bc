import type { EnterpriseScale } from './enterprise';
import type { GuaranteeMethod, ProductCategory } from './product';
import type { RepaymentMethod } from './repayment-method';

/** The editable fields of a product (DESIGN §4.3): what a draft holds and what a reviewed version proposes. */
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

/** Every editable field, in the order forms and comparisons list them. */
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
