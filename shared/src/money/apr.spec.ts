import { RepaymentMethod } from '../domain/repayment-method';
import { scheduleAprBp } from './apr';
import { buildSchedule, type Instalment, type RepaymentSchedule } from './schedule';

/** A schedule from bare payments, as an institution quoting a flat "monthly fee" loan would produce. */
function scheduleOf(payments: number[]): RepaymentSchedule {
  const instalments: Instalment[] = payments.map((paymentFen, index) => ({
    period: index + 1,
    paymentFen,
    principalFen: 0,
    interestFen: 0,
    remainingFen: 0,
  }));
  const total = payments.reduce((sum, payment) => sum + payment, 0);
  return { instalments, totalInterestFen: 0, totalPaymentFen: total };
}

function npvAtAnnualBp(bp: number, principalFen: number, payments: number[]): number {
  const monthly = bp / 10_000 / 12;
  return payments.reduce((sum, payment, index) => sum + payment / (1 + monthly) ** (index + 1), -principalFen);
}

describe('scheduleAprBp', () => {
  it('equals the nominal rate for the 4.35 % examples', () => {
    for (const method of Object.values(RepaymentMethod)) {
      const schedule = buildSchedule({ principalFen: 10_000_000, annualRateBp: 435, termMonths: 12, method });
      expect(scheduleAprBp(10_000_000, schedule)).toBe(435);
    }
  });

  it('reveals the true rate of a flat add-on loan (12,000 yuan repaid as 12 × 1,060 yuan)', () => {
    const payments = Array.from({ length: 12 }, () => 106_000);
    const apr = scheduleAprBp(1_200_000, scheduleOf(payments));
    // The quoted "6 % a year" flat fee is roughly 10.9 % as an APR; the root lies within half a basis point.
    expect(apr).toBeGreaterThan(1_080);
    expect(apr).toBeLessThan(1_100);
    expect(npvAtAnnualBp(apr - 0.5, 1_200_000, payments)).toBeGreaterThan(0);
    expect(npvAtAnnualBp(apr + 0.5, 1_200_000, payments)).toBeLessThan(0);
  });

  it('is zero when the payments add up to the principal, negative when they fall short', () => {
    expect(scheduleAprBp(1_200, scheduleOf([400, 400, 400]))).toBe(0);
    expect(scheduleAprBp(1_200, scheduleOf([300, 300, 300]))).toBeLessThan(0);
  });

  it('handles a single bullet repayment: 1 % for one month is 12 % a year', () => {
    expect(scheduleAprBp(1_000_000, scheduleOf([1_010_000]))).toBe(1_200);
  });

  it('rejects a bad principal or a schedule without payments', () => {
    expect(() => scheduleAprBp(0, scheduleOf([100]))).toThrow(RangeError);
    expect(() => scheduleAprBp(100.5, scheduleOf([100]))).toThrow(RangeError);
    expect(() => scheduleAprBp(100, scheduleOf([]))).toThrow('还款计划没有任何还款，无法计算年化利率');
    expect(() => scheduleAprBp(100, scheduleOf([0, 0]))).toThrow(RangeError);
    expect(() => scheduleAprBp(100, scheduleOf([-1, 200]))).toThrow('还款计划中的还款金额应为非负整数（单位：分）');
  });
});
