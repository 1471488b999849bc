import {
  formatAmountCompact,
  formatRateBp,
  LOAN_FACILITY_TYPES,
  LOAN_REJECT_REASONS,
  LoanFacilityType,
  ProductStatus,
  REPAYMENT_METHOD_LABELS,
  type FieldError,
  type LoanRejectReason,
  type RepaymentMethod,
} from '@rongtong/shared';
import { createHash } from 'node:crypto';

/** What the rules read of a product (a row the products module hands out). */
export interface ProductTerms {
  id: string;
  name: string;
  institutionId: string;
  status: ProductStatus;
  onlineApply: boolean;
  minAmountFen: number;
  maxAmountFen: number;
  minTermMonths: number;
  maxTermMonths: number;
  minRateBp: number;
  maxRateBp: number;
  repaymentMethods: readonly RepaymentMethod[];
  requiredMaterials: readonly string[];
}

/** The applicant's side of the form: every field optional in a draft, all but the method required to submit. */
export interface ApplicationTerms {
  amountFen?: number | null;
  termMonths?: number | null;
  purpose?: string | null;
  preferredRepaymentMethod?: RepaymentMethod | null;
}

export const PURPOSE_MIN_LENGTH = 2;
export const PURPOSE_MAX_LENGTH = 500;
export const REJECT_TEXT_MIN_LENGTH = 2;
export const REJECT_TEXT_MAX_LENGTH = 500;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A draft's purpose as stored: trimmed, null when blank. */
export function normalisePurpose(purpose: string | null | undefined): string | null {
  if (purpose === null || purpose === undefined) return null;
  const trimmed = purpose.trim();
  return trimmed === '' ? null : trimmed;
}

/** Whether the product takes new online applications. */
export function productOpenForApplications(product: Pick<ProductTerms, 'status' | 'onlineApply'>): boolean {
  return product.status === ProductStatus.PUBLISHED && product.onlineApply;
}

export function amountRangeText(product: Pick<ProductTerms, 'minAmountFen' | 'maxAmountFen'>): string {
  return `${formatAmountCompact(product.minAmountFen)}至${formatAmountCompact(product.maxAmountFen)}`;
}

/** Field errors of the values given (absent or null values are not checked: a draft may leave them open). */
export function termErrors(terms: ApplicationTerms, product: ProductTerms, prefix = 'input.'): FieldError[] {
  const errors: FieldError[] = [];
  const { amountFen, termMonths, preferredRepaymentMethod } = terms;
  if (amountFen !== null && amountFen !== undefined) {
    if (!Number.isSafeInteger(amountFen) || amountFen <= 0) errors.push({ field: `${prefix}amountFen`, message: '申请金额应为大于 0 的整数（单位：分）' });
    else if (amountFen < product.minAmountFen || amountFen > product.maxAmountFen) {
      errors.push({ field: `${prefix}amountFen`, message: `申请金额应在该产品的额度范围 ${amountRangeText(product)} 之内` });
    }
  }
  if (termMonths !== null && termMonths !== undefined) {
    if (!Number.isSafeInteger(termMonths) || termMonths < product.minTermMonths || termMonths > product.maxTermMonths) {
      errors.push({ field: `${prefix}termMonths`, message: `申请期限应在该产品的期限范围 ${product.minTermMonths}至${product.maxTermMonths} 个月之内` });
    }
  }
  if (terms.purpose !== undefined && terms.purpose !== null) {
    const length = [...terms.purpose.trim()].length;
    if (length > 0 && (length < PURPOSE_MIN_LENGTH || length > PURPOSE_MAX_LENGTH)) {
      errors.push({ field: `${prefix}purpose`, message: `借款用途应为 ${PURPOSE_MIN_LENGTH}–${PURPOSE_MAX_LENGTH} 个字` });
    }
  }
  if (preferredRepaymentMethod !== null && preferredRepaymentMethod !== undefined && !product.repaymentMethods.includes(preferredRepaymentMethod)) {
    errors.push({ field: `${prefix}preferredRepaymentMethod`, message: `该产品只支持${product.repaymentMethods.map((method) => REPAYMENT_METHOD_LABELS[method]).join('、')}` });
  }
  return errors;
}

/** What a submission still lacks of the form: amount, term and purpose must be filled (and valid). */
export function missingFormFields(terms: ApplicationTerms): FieldError[] {
  const missing: FieldError[] = [];
  if (terms.amountFen === null || terms.amountFen === undefined) missing.push({ field: 'amountFen', message: '请填写申请金额' });
  if (terms.termMonths === null || terms.termMonths === undefined) missing.push({ field: 'termMonths', message: '请填写申请期限' });
  if (normalisePurpose(terms.purpose) === null) missing.push({ field: 'purpose', message: '请填写借款用途' });
  return missing;
}

/** An approval as the reviewer enters it. */
export interface ApprovalTerms {
  approvedAmountFen: number;
  rateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  facilityType: LoanFacilityType;
}

/** Field errors of an approval: within the product's ranges and methods, and no more than was asked for. */
export function approvalErrors(approval: ApprovalTerms, product: ProductTerms, requestedAmountFen: number | null): FieldError[] {
  const errors: FieldError[] = [];
  const field = (name: string) => `input.${name}`;
  const { approvedAmountFen, rateBp, termMonths, repaymentMethod } = approval;
  if (!Number.isSafeInteger(approvedAmountFen) || approvedAmountFen < product.minAmountFen || approvedAmountFen > product.maxAmountFen) {
    errors.push({ field: field('approvedAmountFen'), message: `批准金额应在该产品的额度范围 ${amountRangeText(product)} 之内` });
  } else if (requestedAmountFen !== null && approvedAmountFen > requestedAmountFen) {
    errors.push({ field: field('approvedAmountFen'), message: `批准金额不能超过申请金额 ${formatAmountCompact(requestedAmountFen)}` });
  }
  if (!Number.isSafeInteger(rateBp) || rateBp < product.minRateBp || rateBp > product.maxRateBp) {
    errors.push({ field: field('rateBp'), message: `年利率应在该产品的利率范围 ${formatRateBp(product.minRateBp)}至${formatRateBp(product.maxRateBp)} 之内` });
  }
  if (!Number.isSafeInteger(termMonths) || termMonths < product.minTermMonths || termMonths > product.maxTermMonths) {
    errors.push({ field: field('termMonths'), message: `期限应在该产品的期限范围 ${product.minTermMonths}至${product.maxTermMonths} 个月之内` });
  }
  if (!product.repaymentMethods.includes(repaymentMethod)) {
    errors.push({ field: field('repaymentMethod'), message: `该产品只支持${product.repaymentMethods.map((method) => REPAYMENT_METHOD_LABELS[method]).join('、')}` });
  }
  if (!LOAN_FACILITY_TYPES.includes(approval.facilityType)) errors.push({ field: field('facilityType'), message: '授信方式不存在' });
  return errors;
}

/** Field errors of a rejection: a reason from the list and a text for the applicant. */
export function rejectionErrors(reasonCode: LoanRejectReason, reasonText: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!LOAN_REJECT_REASONS.includes(reasonCode)) errors.push({ field: 'input.reasonCode', message: '拒绝原因不存在' });
  const length = [...reasonText.trim()].length;
  if (length < REJECT_TEXT_MIN_LENGTH || length > REJECT_TEXT_MAX_LENGTH) {
    errors.push({ field: 'input.reasonText', message: `请向申请企业说明拒绝的理由（${REJECT_TEXT_MIN_LENGTH}–${REJECT_TEXT_MAX_LENGTH} 个字）` });
  }
  return errors;
}

/** SHA-256 of a request's canonical JSON: a retry with the same key and request is recognised, other parameters are not. */
export function requestHash(parts: readonly unknown[]): string {
  return sha256Hex(JSON.stringify(parts));
}
