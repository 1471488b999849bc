import { CREDIT_GRADES, CreditGrade, meetsCreditGrade } from './credit-grade';
import { ENTERPRISE_TYPE_LABELS, ENTERPRISE_TYPES, EnterpriseType } from './enterprise';
import { INSTITUTION_TYPE_LABELS, INSTITUTION_TYPES, InstitutionType } from './institution-type';
import { PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS } from './product';
import { REPAYMENT_METHOD_LABELS, RepaymentMethod } from './repayment-method';

describe('domain enums and labels', () => {
  it('lists the 16 institution types in the order of the tender with its wording', () => {
    expect(INSTITUTION_TYPES).toHaveLength(16);
    expect(INSTITUTION_TYPES.map((type) => INSTITUTION_TYPE_LABELS[type]).join('、')).toBe(
      '银行、证券公司、保险公司、小额贷款公司、担保公司、融资租赁公司、转贷基金、商业保理、风险投资机构、' +
        '资产管理公司、信托机构、股权交易中心、民间融资登记机构、典当行、信用互助合作社、社会众筹机构',
    );
  });

  it('uses enum values equal to their keys', () => {
    expect(InstitutionType.BRIDGE_LOAN_FUND).toBe('BRIDGE_LOAN_FUND');
    expect(EnterpriseType.INDIVIDUAL_BUSINESS).toBe('INDIVIDUAL_BUSINESS');
    expect(ENTERPRISE_TYPES.map((type) => ENTERPRISE_TYPE_LABELS[type])).toContain('个体工商户');
  });

  it('gives every product category a distinct label', () => {
    const labels = PRODUCT_CATEGORIES.map((category) => PRODUCT_CATEGORY_LABELS[category]);
    expect(new Set(labels).size).toBe(11);
  });

  it('labels repayment methods as banks do', () => {
    expect(REPAYMENT_METHOD_LABELS[RepaymentMethod.EQUAL_INSTALLMENT]).toBe('等额本息');
    expect(REPAYMENT_METHOD_LABELS[RepaymentMethod.EQUAL_PRINCIPAL]).toBe('等额本金');
    expect(REPAYMENT_METHOD_LABELS[RepaymentMethod.INTEREST_FIRST]).toBe('先息后本');
  });

  it('orders credit grades from best to worst', () => {
    expect(CREDIT_GRADES).toEqual(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C']);
    expect(meetsCreditGrade(CreditGrade.AA, CreditGrade.BBB)).toBe(true);
    expect(meetsCreditGrade(CreditGrade.BBB, CreditGrade.BBB)).toBe(true);
    expect(meetsCreditGrade(CreditGrade.BB, CreditGrade.BBB)).toBe(false);
  });
});
