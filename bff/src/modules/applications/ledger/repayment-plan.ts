import { addMonthsUtc, beijingDay, buildSchedule, formatFen, RepaymentKind, type FieldError, type RepaymentMethod } from '@rongtong/shared';

/** One instalment as the ledger stores it: a period, its Beijing due day and its amounts. */
export interface PlannedInstalment {
  period: number;
  dueOn: string;
  principalFen: number;
  interestFen: number;
}

/** What a drawdown's schedule is built from. */
export interface DrawdownTerms {
  amountFen: number;
  rateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
}

/**
 * The schedule of a drawdown disbursed at `disbursedAt`, from the shared money library: period n is due n calendar
 * months after the disbursement (the Beijing day).
 */
export function initialSchedule(terms: DrawdownTerms, disbursedAt: Date): PlannedInstalment[] {
  const schedule = buildSchedule({ principalFen: terms.amountFen, annualRateBp: terms.rateBp, termMonths: terms.termMonths, method: terms.repaymentMethod });
  return schedule.instalments.map((instalment) => ({
    period: instalment.period,
    dueOn: beijingDay(addMonthsUtc(disbursedAt, instalment.period)),
    principalFen: instalment.principalFen,
    interestFen: instalment.interestFen,
  }));
}

/** What a repayment needs of its drawdown: the principal still owed and the instalments still due, in order. */
export interface RepaymentContext {
  outstandingPrincipalFen: number;
  rateBp: number;
  repaymentMethod: RepaymentMethod;
  due: readonly PlannedInstalment[];
}

/** A repayment priced: what it pays, and what the schedule becomes once it is confirmed. */
export interface RepaymentQuote {
  kind: RepaymentKind;
  /** The period it pays (the next one due). */
  period: number;
  principalFen: number;
  interestFen: number;
  amountFen: number;
  /** Principal still owed afterwards. */
  remainingPrincipalFen: number;
  /** EARLY_PARTIAL: the instalments after `period`, recomputed by the money library on the remaining principal. */
  rebuilt: PlannedInstalment[];
  /** EARLY_FULL: the later periods whose interest is no longer owed. */
  waivedPeriods: number[];
}

export type QuoteResult = { ok: true; quote: RepaymentQuote } | { ok: false; error: FieldError };

function fail(field: string, message: string): QuoteResult {
  return { ok: false, error: { field, message } };
}

/**
 * Prices a repayment of the next instalment due:
 * - INSTALMENT pays it as scheduled;
 * - EARLY_FULL pays the whole principal still owed with that period's interest; later interest is waived;
 * - EARLY_PARTIAL pays `principalFen` (more than the period's principal, less than all of it) with that period's
 *   interest, and the later instalments are recomputed by `buildSchedule` on what remains over the same periods.
 */
export function quoteRepayment(context: RepaymentContext, kind: RepaymentKind, principalFen: number | null, field = 'input.principalFen'): QuoteResult {
  const [next, ...later] = context.due;
  if (!next || context.outstandingPrincipalFen <= 0) return fail('input.drawdownId', '该笔借款已还清，无需还款');
  const interestFen = next.interestFen;
  const quote = (principal: number, rebuilt: PlannedInstalment[], waivedPeriods: number[]): QuoteResult => ({
    ok: true,
    quote: {
      kind,
      period: next.period,
      principalFen: principal,
      interestFen,
      amountFen: principal + interestFen,
      remainingPrincipalFen: context.outstandingPrincipalFen - principal,
      rebuilt,
      waivedPeriods,
    },
  });
  switch (kind) {
    case RepaymentKind.INSTALMENT:
      return quote(later.length === 0 ? context.outstandingPrincipalFen : Math.min(next.principalFen, context.outstandingPrincipalFen), [], []);
    case RepaymentKind.EARLY_FULL:
      return quote(context.outstandingPrincipalFen, [], later.map((instalment) => instalment.period));
    case RepaymentKind.EARLY_PARTIAL: {
      if (later.length === 0) return fail('input.kind', '这是最后一期，请选择按期还款或提前结清');
      if (principalFen === null || !Number.isSafeInteger(principalFen)) return fail(field, '请填写提前归还的本金（单位：分）');
      if (principalFen <= next.principalFen || principalFen >= context.outstandingPrincipalFen) {
        return fail(field, `提前归还的本金应多于本期应还本金 ${formatFen(next.principalFen)}、少于剩余本金 ${formatFen(context.outstandingPrincipalFen)}；还清全部本金请选择提前结清`);
      }
      const remaining = context.outstandingPrincipalFen - principalFen;
      const schedule = buildSchedule({ principalFen: remaining, annualRateBp: context.rateBp, termMonths: later.length, method: context.repaymentMethod });
      const rebuilt = schedule.instalments.map((instalment, index) => {
        const slot = later[index];
        if (!slot) throw new Error('recomputed schedule longer than the periods left');
        return { period: slot.period, dueOn: slot.dueOn, principalFen: instalment.principalFen, interestFen: instalment.interestFen };
      });
      return quote(principalFen, rebuilt, []);
    }
    default: {
      const unknown: never = kind;
      return fail('input.kind', `还款方式不存在：${String(unknown)}`);
    }
  }
}

/** Whole calendar months from `from` that still end on or before `until` (0 when fewer than one). */
export function wholeMonthsBetween(from: Date, until: Date): number {
  let months = 0;
  while (months < 1200 && addMonthsUtc(from, months + 1).getTime() <= until.getTime()) months += 1;
  return months;
}
