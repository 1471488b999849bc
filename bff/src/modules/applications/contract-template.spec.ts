import { buildSchedule, formatFen, LoanFacilityType, RepaymentMethod } from '@rongtong/shared';
import { createHash } from 'node:crypto';
import { renderContract, type ContractTerms } from './contract-template';

const TERMS: ContractTerms = {
  applicationNumber: 'RT20261207000123',
  enterpriseName: '阜阳市测试商贸有限公司',
  uscc: '91341200MA2TEST001',
  institutionName: '颍淮农商银行',
  productName: '颍淮税易贷',
  purpose: '采购原材料',
  amountFen: 50_000_000,
  rateBp: 420,
  termMonths: 12,
  repaymentMethod: RepaymentMethod.EQUAL_INSTALLMENT,
  facilityType: LoanFacilityType.TERM_LOAN,
  approvedAt: new Date('2026-12-07T02:00:00.000Z'),
};

describe('the loan contract', () => {
  it('is rendered from the approved terms with the schedule figures of the money library, and its SHA-256 is of the UTF-8 text', () => {
    const contract = renderContract(TERMS);
    const schedule = buildSchedule({ principalFen: TERMS.amountFen, annualRateBp: 420, termMonths: 12, method: RepaymentMethod.EQUAL_INSTALLMENT });
    expect(contract.text).toContain('合同编号：RT20261207000123');
    expect(contract.text).toContain('借款人：阜阳市测试商贸有限公司（统一社会信用代码 91341200MA2TEST001）');
    expect(contract.text).toContain('人民币 ¥500,000.00');
    expect(contract.text).toContain('年利率 4.20%');
    expect(contract.text).toContain(`首期应还 ${formatFen(schedule.instalments[0]?.paymentFen ?? 0)}`);
    expect(contract.text).toContain(`利息合计 ${formatFen(schedule.totalInterestFen)}`);
    expect(contract.text).toContain('批准日期：2026年12月07日');
    expect(contract.sha256).toBe(createHash('sha256').update(contract.text, 'utf8').digest('hex'));
  });

  it('is deterministic, and any change of the terms changes the hash', () => {
    expect(renderContract(TERMS)).toEqual(renderContract(TERMS));
    expect(renderContract({ ...TERMS, rateBp: 421 }).sha256).not.toBe(renderContract(TERMS).sha256);
    expect(renderContract({ ...TERMS, amountFen: 50_000_001 }).sha256).not.toBe(renderContract(TERMS).sha256);
  });

  it('states the drawdown rule of a credit line instead of a fixed schedule', () => {
    const text = renderContract({ ...TERMS, facilityType: LoanFacilityType.CREDIT_LINE }).text;
    expect(text).toContain('本合同为授信额度合同');
    expect(text).not.toContain('首期应还');
  });
});
