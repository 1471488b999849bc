import fc from 'fast-check';
import { RepaymentMethod } from '../domain/repayment-method';
import { scheduleAprBp } from './apr';
import { buildSchedule, type ScheduleInput } from './schedule';

const ONE_HUNDRED_THOUSAND_YUAN = 10_000_000;
const example = (method: RepaymentMethod): ScheduleInput => ({
  principalFen: ONE_HUNDRED_THOUSAND_YUAN,
  annualRateBp: 435,
  termMonths: 12,
  method,
});

describe('buildSchedule — hand-checked figures (100,000.00 yuan, 4.35 %, 12 months)', () => {
  // r = 0.0435 / 12 = 0.003625; (1 + r)^12 = 1.0443779…; payment = 10,000,000 × r × 1.0443779 / 0.0443779
  it('等额本息: 8,530.99 yuan a month, the last absorbing the rounding', () => {
    const schedule = buildSchedule(example(RepaymentMethod.EQUAL_INSTALLMENT));
    const { instalments, totalInterestFen, totalPaymentFen } = schedule;
    expect(instalments.slice(0, 11).every((instalment) => instalment.paymentFen === 853_099)).toBe(true);
    expect(instalments[0]).toEqual({
      period: 1,
      paymentFen: 853_099,
      principalFen: 816_849,
      interestFen: 36_250,
      remainingFen: 9_183_151,
    });
    expect(instalments[11]).toEqual({
      period: 12,
      paymentFen: 853_101,
      principalFen: 850_020,
      interestFen: 3_081,
      remainingFen: 0,
    });
    expect(totalInterestFen).toBe(237_190);
    expect(totalPaymentFen).toBe(10_237_190);
  });

  it('等额本金: 8,333.33 yuan principal a month plus falling interest', () => {
    const { instalments, totalInterestFen } = buildSchedule(example(RepaymentMethod.EQUAL_PRINCIPAL));
    expect(instalments[0]).toEqual({
      period: 1,
      paymentFen: 869_583,
      principalFen: 833_333,
      interestFen: 36_250,
      remainingFen: 9_166_667,
    });
    expect(instalments[1].interestFen).toBe(33_229); // round(9,166,667 × 0.003625) = round(33,229.17)
    expect(instalments[11].principalFen).toBe(833_337);
    expect(totalInterestFen).toBe(235_626); // P·r·(n+1)/2 = 235,625 before rounding
  });

  it('先息后本: 362.50 yuan interest a month, the principal with the last', () => {
    const { instalments, totalInterestFen } = buildSchedule(example(RepaymentMethod.INTEREST_FIRST));
    expect(instalments.slice(0, 11).every((i) => i.paymentFen === 36_250 && i.principalFen === 0)).toBe(true);
    expect(instalments[11]).toEqual({
      period: 12,
      paymentFen: 10_036_250,
      principalFen: ONE_HUNDRED_THOUSAND_YUAN,
      interestFen: 36_250,
      remainingFen: 0,
    });
    expect(totalInterestFen).toBe(435_000);
  });

  it('at 0 % splits the principal evenly, the last instalment taking the remainder', () => {
    const { instalments, totalInterestFen } = buildSchedule({
      principalFen: 100,
      annualRateBp: 0,
      termMonths: 3,
      method: RepaymentMethod.EQUAL_INSTALLMENT,
    });
    expect(instalments.map((instalment) => instalment.paymentFen)).toEqual([33, 33, 34]);
    expect(totalInterestFen).toBe(0);
  });

  it('never repays more than the balance on a tiny loan over a long term', () => {
    const { instalments } = buildSchedule({
      principalFen: 10,
      annualRateBp: 1,
      termMonths: 12,
      method: RepaymentMethod.EQUAL_INSTALLMENT,
    });
    expect(instalments.map((instalment) => instalment.principalFen)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    expect(instalments[11].remainingFen).toBe(0);
  });
});

describe('buildSchedule — input checks', () => {
  const valid = example(RepaymentMethod.EQUAL_INSTALLMENT);

  it.each<[string, Partial<ScheduleInput>, string]>([
    ['fractional principal', { principalFen: 100.5 }, '贷款本金应为大于0的整数（单位：分）'],
    ['zero principal', { principalFen: 0 }, '贷款本金应为大于0的整数（单位：分）'],
    ['negative principal', { principalFen: -100 }, '贷款本金应为大于0的整数（单位：分）'],
    ['principal beyond 1万亿元', { principalFen: 100_000_000_000_001 }, '贷款本金不能超过1万亿元'],
    ['negative rate', { annualRateBp: -1 }, '年利率不能为负数'],
    ['fractional rate', { annualRateBp: 4.35 }, '年利率应为整数基点'],
    ['rate above 100 %', { annualRateBp: 10_001 }, '年利率不能超过100%'],
    ['zero term', { termMonths: 0 }, '贷款期限应为1至360个月的整数'],
    ['term of 361 months', { termMonths: 361 }, '贷款期限应为1至360个月的整数'],
    ['fractional term', { termMonths: 1.5 }, '贷款期限应为1至360个月的整数'],
    ['unknown method', { method: 'BALLOON' as RepaymentMethod }, '不支持的还款方式'],
  ])('rejects a %s', (_, override, message) => {
    expect(() => buildSchedule({ ...valid, ...override })).toThrow(new RangeError(message));
  });
});

describe('buildSchedule — properties', () => {
  const anyLoan = fc.record({
    principalFen: fc.integer({ min: 1, max: 100_000_000_000_000 }),
    annualRateBp: fc.integer({ min: 0, max: 10_000 }),
    termMonths: fc.integer({ min: 1, max: 360 }),
    method: fc.constantFrom(...Object.values(RepaymentMethod)),
  });
  /**
   * 10万元 and up at up to 24 %: rounding the payment to the fen drifts the balance by at most about
   * ((1+r)^n − 1) / r fen, which is then always smaller than the last regular principal part.
   */
  const realisticLoan = fc.record({
    principalFen: fc.integer({ min: 10_000_000, max: 100_000_000_000 }),
    annualRateBp: fc.integer({ min: 0, max: 2_400 }),
    termMonths: fc.integer({ min: 1, max: 360 }),
    method: fc.constantFrom(...Object.values(RepaymentMethod)),
  });

  it('repays exactly the loan, ends at zero and never goes negative', () => {
    fc.assert(
      fc.property(anyLoan, (input) => {
        const { instalments } = buildSchedule(input);
        expect(instalments).toHaveLength(input.termMonths);
        expect(instalments.reduce((sum, i) => sum + i.principalFen, 0)).toBe(input.principalFen);
        expect(instalments[instalments.length - 1].remainingFen).toBe(0);
        let balance = input.principalFen;
        for (const [index, instalment] of instalments.entries()) {
          balance -= instalment.principalFen;
          expect(instalment.period).toBe(index + 1);
          expect(instalment.remainingFen).toBe(balance);
          expect(instalment.paymentFen).toBe(instalment.principalFen + instalment.interestFen);
          const { paymentFen, principalFen, interestFen } = instalment;
          expect(Math.min(paymentFen, principalFen, interestFen)).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(paymentFen) && Number.isSafeInteger(interestFen)).toBe(true);
        }
      }),
    );
  });

  it('reports totals equal to the sums of the instalments', () => {
    fc.assert(
      fc.property(anyLoan, (input) => {
        const { instalments, totalInterestFen, totalPaymentFen } = buildSchedule(input);
        expect(totalInterestFen).toBe(instalments.reduce((sum, i) => sum + i.interestFen, 0));
        expect(totalPaymentFen).toBe(input.principalFen + totalInterestFen);
      }),
    );
  });

  it('charges interest on the balance at the start of each month', () => {
    fc.assert(
      fc.property(anyLoan, (input) => {
        const monthlyRate = input.annualRateBp / 10_000 / 12;
        let balance = input.principalFen;
        for (const instalment of buildSchedule(input).instalments) {
          expect(instalment.interestFen).toBe(Math.round(balance * monthlyRate));
          balance = instalment.remainingFen;
        }
      }),
    );
  });

  it('等额本息: every payment but the last is the same to the fen', () => {
    fc.assert(
      fc.property(realisticLoan, (input) => {
        const { instalments } = buildSchedule({ ...input, method: RepaymentMethod.EQUAL_INSTALLMENT });
        const regular = instalments.slice(0, -1).map((instalment) => instalment.paymentFen);
        expect(new Set(regular).size).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('等额本金: every principal part but the last is floor(P / n)', () => {
    fc.assert(
      fc.property(anyLoan, (input) => {
        const { instalments } = buildSchedule({ ...input, method: RepaymentMethod.EQUAL_PRINCIPAL });
        const share = Math.floor(input.principalFen / input.termMonths);
        expect(instalments.slice(0, -1).every((instalment) => instalment.principalFen === share)).toBe(true);
      }),
    );
  });

  it('has an APR within 1 bp of the nominal rate, whatever the method', () => {
    fc.assert(
      fc.property(realisticLoan, (input) => {
        const apr = scheduleAprBp(input.principalFen, buildSchedule(input));
        expect(Math.abs(apr - input.annualRateBp)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
