import { buildSchedule, RepaymentKind, RepaymentMethod } from '@rongtong/shared';
import fc from 'fast-check';
import { initialSchedule, quoteRepayment, wholeMonthsBetween, type PlannedInstalment } from './repayment-plan';

const DISBURSED_AT = new Date('2026-01-31T04:00:00.000Z');
const TERMS = { amountFen: 50_000_000, rateBp: 420, termMonths: 12, repaymentMethod: RepaymentMethod.EQUAL_INSTALLMENT };

function context(due: PlannedInstalment[], outstanding: number) {
  return { outstandingPrincipalFen: outstanding, rateBp: 420, repaymentMethod: RepaymentMethod.EQUAL_INSTALLMENT, due };
}

describe('repayment plans from the money library', () => {
  it('schedules a drawdown as buildSchedule does, each period due a calendar month later (Beijing day)', () => {
    const rows = initialSchedule(TERMS, DISBURSED_AT);
    const schedule = buildSchedule({ principalFen: 50_000_000, annualRateBp: 420, termMonths: 12, method: RepaymentMethod.EQUAL_INSTALLMENT });
    expect(rows.map((row) => [row.principalFen, row.interestFen])).toEqual(schedule.instalments.map((row) => [row.principalFen, row.interestFen]));
    expect(rows.slice(0, 3).map((row) => row.dueOn)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('prices an instalment, an early partial and an early full repayment', () => {
    const rows = initialSchedule(TERMS, DISBURSED_AT);
    const [first] = rows;
    const instalment = quoteRepayment(context(rows, 50_000_000), RepaymentKind.INSTALMENT, null);
    expect(instalment).toMatchObject({ ok: true, quote: { period: 1, principalFen: first?.principalFen, interestFen: first?.interestFen } });

    const partial = quoteRepayment(context(rows, 50_000_000), RepaymentKind.EARLY_PARTIAL, 20_000_000);
    if (!partial.ok) throw new Error('refused');
    const rebuilt = buildSchedule({ principalFen: 30_000_000, annualRateBp: 420, termMonths: 11, method: RepaymentMethod.EQUAL_INSTALLMENT });
    expect(partial.quote).toMatchObject({ period: 1, principalFen: 20_000_000, interestFen: first?.interestFen, remainingPrincipalFen: 30_000_000 });
    expect(partial.quote.rebuilt.map((row) => [row.period, row.dueOn, row.principalFen, row.interestFen])).toEqual(
      rebuilt.instalments.map((row, index) => [index + 2, rows[index + 1]?.dueOn, row.principalFen, row.interestFen]),
    );

    const full = quoteRepayment(context(rows, 50_000_000), RepaymentKind.EARLY_FULL, null);
    expect(full).toMatchObject({ ok: true, quote: { principalFen: 50_000_000, remainingPrincipalFen: 0, waivedPeriods: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] } });
  });

  it('refuses an early partial repayment that is not between the period’s principal and all of it, and one on the last period', () => {
    const rows = initialSchedule(TERMS, DISBURSED_AT);
    const first = rows[0]?.principalFen ?? 0;
    for (const principal of [first, 50_000_000, null]) {
      const result = quoteRepayment(context(rows, 50_000_000), RepaymentKind.EARLY_PARTIAL, principal);
      expect(result).toMatchObject({ ok: false, error: { field: 'input.principalFen' } });
    }
    const last = rows.slice(-1);
    expect(quoteRepayment(context(last, last[0]?.principalFen ?? 0), RepaymentKind.EARLY_PARTIAL, 1)).toMatchObject({ ok: false, error: { field: 'input.kind' } });
    expect(quoteRepayment(context([], 0), RepaymentKind.INSTALMENT, null)).toMatchObject({ ok: false, error: { field: 'input.drawdownId' } });
  });

  it('repays exactly the principal whatever sequence of instalments and early repayments (property)', () => {
    const step = fc.record({ kind: fc.constantFrom(RepaymentKind.INSTALMENT, RepaymentKind.EARLY_PARTIAL), share: fc.double({ min: 0, max: 1, noNaN: true }) });
    const method = fc.constantFrom(RepaymentMethod.EQUAL_INSTALLMENT, RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.INTEREST_FIRST);
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 500_000_000 }), fc.integer({ min: 2, max: 36 }), fc.integer({ min: 0, max: 2400 }), method, fc.array(step, { maxLength: 40 }), (amount, term, rate, repaymentMethod, steps) => {
        let due = initialSchedule({ amountFen: amount, rateBp: rate, termMonths: term, repaymentMethod }, DISBURSED_AT);
        let outstanding = amount;
        let repaid = 0;
        for (const { kind, share } of steps) {
          if (due.length === 0) break;
          const next = due[0]?.principalFen ?? 0;
          const principal = next + 1 + Math.floor(share * Math.max(0, outstanding - next - 2));
          const result = quoteRepayment({ outstandingPrincipalFen: outstanding, rateBp: rate, repaymentMethod, due }, kind, principal);
          if (!result.ok) continue;
          const { quote } = result;
          repaid += quote.principalFen;
          outstanding = quote.remainingPrincipalFen;
          due = quote.rebuilt.length > 0 ? quote.rebuilt : due.slice(1);
          expect(due.reduce((total, row) => total + row.principalFen, 0)).toBe(outstanding);
        }
        const rest = quoteRepayment({ outstandingPrincipalFen: outstanding, rateBp: rate, repaymentMethod, due }, RepaymentKind.EARLY_FULL, null);
        if (rest.ok) repaid += rest.quote.principalFen;
        expect(repaid).toBe(amount);
      }),
      { numRuns: 300 },
    );
  });

  it('counts the whole months left of a credit line', () => {
    expect(wholeMonthsBetween(new Date('2026-01-31T00:00:00Z'), new Date('2026-12-31T00:00:00Z'))).toBe(11);
    expect(wholeMonthsBetween(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-31T00:00:00Z'))).toBe(0);
  });
});
