import { LoanFacilityType, LoanRejectReason, ProductStatus, RepaymentMethod } from '@rongtong/shared';
import { approvalErrors, missingFormFields, normalisePurpose, productOpenForApplications, rejectionErrors, requestHash, termErrors, type ProductTerms } from './application-rules';

const PRODUCT: ProductTerms = {
  id: 'p-1',
  name: '颍淮税易贷',
  institutionId: 'i-1',
  status: ProductStatus.PUBLISHED,
  onlineApply: true,
  minAmountFen: 1_000_000,
  maxAmountFen: 300_000_000,
  minTermMonths: 3,
  maxTermMonths: 36,
  minRateBp: 365,
  maxRateBp: 600,
  repaymentMethods: [RepaymentMethod.INTEREST_FIRST, RepaymentMethod.EQUAL_INSTALLMENT],
  requiredMaterials: ['营业执照'],
};

const APPROVAL = { approvedAmountFen: 50_000_000, rateBp: 420, termMonths: 12, repaymentMethod: RepaymentMethod.EQUAL_INSTALLMENT, facilityType: LoanFacilityType.TERM_LOAN };

describe('application rules', () => {
  it('checks the values given against the product and leaves absent ones alone', () => {
    expect(termErrors({}, PRODUCT)).toEqual([]);
    expect(termErrors({ amountFen: 1_000_000, termMonths: 3 }, PRODUCT)).toEqual([]);
    expect(termErrors({ amountFen: 300_000_000, termMonths: 36 }, PRODUCT)).toEqual([]);
    expect(termErrors({ amountFen: 999_999, termMonths: 2, preferredRepaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL }, PRODUCT).map((error) => error.field)).toEqual([
      'input.amountFen',
      'input.termMonths',
      'input.preferredRepaymentMethod',
    ]);
    expect(termErrors({ amountFen: 300_000_001 }, PRODUCT)[0]?.message).toBe('申请金额应在该产品的额度范围 1万元至300万元 之内');
    expect(termErrors({ purpose: '买' }, PRODUCT, '')[0]).toEqual({ field: 'purpose', message: '借款用途应为 2–500 个字' });
    expect(termErrors({ amountFen: 1.5 }, PRODUCT)[0]?.field).toBe('input.amountFen');
  });

  it('names what a submission still lacks of the form', () => {
    expect(missingFormFields({ amountFen: 1, termMonths: 3, purpose: '经营' })).toEqual([]);
    expect(missingFormFields({ purpose: '   ' }).map((error) => error.field)).toEqual(['amountFen', 'termMonths', 'purpose']);
    expect(normalisePurpose('  采购  ')).toBe('采购');
    expect(normalisePurpose(' ')).toBeNull();
  });

  it('approves within the product and never above the amount asked for', () => {
    expect(approvalErrors(APPROVAL, PRODUCT, 50_000_000)).toEqual([]);
    expect(approvalErrors({ ...APPROVAL, approvedAmountFen: 60_000_000 }, PRODUCT, 50_000_000)[0]?.message).toBe('批准金额不能超过申请金额 50万元');
    const all = approvalErrors({ ...APPROVAL, approvedAmountFen: 1, rateBp: 601, termMonths: 37, repaymentMethod: RepaymentMethod.EQUAL_PRINCIPAL }, PRODUCT, null);
    expect(all.map((error) => error.field)).toEqual(['input.approvedAmountFen', 'input.rateBp', 'input.termMonths', 'input.repaymentMethod']);
    expect(all[1]?.message).toBe('年利率应在该产品的利率范围 3.65%至6.00% 之内');
  });

  it('rejects with a listed reason and a text', () => {
    expect(rejectionErrors(LoanRejectReason.OTHER, '资料不全')).toEqual([]);
    expect(rejectionErrors(LoanRejectReason.OTHER, ' ').map((error) => error.field)).toEqual(['input.reasonText']);
    expect(rejectionErrors('MADE_UP' as LoanRejectReason, '理由').map((error) => error.field)).toEqual(['input.reasonCode']);
  });

  it('takes online applications only for published products that allow them', () => {
    expect(productOpenForApplications(PRODUCT)).toBe(true);
    expect(productOpenForApplications({ ...PRODUCT, onlineApply: false })).toBe(false);
    expect(productOpenForApplications({ ...PRODUCT, status: ProductStatus.RETIRED })).toBe(false);
  });

  it('hashes requests canonically: the same parts, the same hash', () => {
    expect(requestHash(['submit', 'a'])).toBe(requestHash(['submit', 'a']));
    expect(requestHash(['submit', 'a'])).not.toBe(requestHash(['submit', 'b']));
    expect(requestHash(['x'])).toMatch(/^[0-9a-f]{64}$/);
  });
});
