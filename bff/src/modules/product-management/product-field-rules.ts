import { ProductCategory, type FieldError, type ProductFields } from '@rongtong/shared';

/** Categories that are not loans: no guarantee or repayment method is required. */
const NON_LOAN_CATEGORIES: ReadonlySet<ProductCategory> = new Set([ProductCategory.EQUITY, ProductCategory.INSURANCE]);

/** Rules across fields that class-validator cannot express; `path` prefixes each field (e.g. 'input'). */
export function productFieldErrors(fields: ProductFields, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: keyof ProductFields, message: string) => errors.push({ field: `${path}.${field}`, message });
  if (fields.minAmountFen > fields.maxAmountFen) at('maxAmountFen', '最高额度不能低于最低额度');
  if (fields.minTermMonths > fields.maxTermMonths) at('maxTermMonths', '最长期限不能短于最短期限');
  if (fields.minRateBp > fields.maxRateBp) at('maxRateBp', '最高利率不能低于最低利率');
  if (!NON_LOAN_CATEGORIES.has(fields.category)) {
    if (fields.guaranteeMethods.length === 0) at('guaranteeMethods', '请至少选择一种担保方式');
    if (fields.repaymentMethods.length === 0) at('repaymentMethods', '请至少选择一种还款方式');
  }
  return errors;
}
