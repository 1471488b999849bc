/**
 * Annual percentage rate of a schedule: the monthly internal rate of return of the cash flows
 * (−principal at month 0, each payment at its month), times 12, in basis points rounded half up.
 */
import type { Fen } from './amount';
import type { BasisPoints } from './rate';
import type { RepaymentSchedule } from './schedule';

const MAX_ITERATIONS = 200;
const TOLERANCE = 1e-15;

interface CashFlow {
  month: number;
  amountFen: Fen;
}

export function scheduleAprBp(principalFen: Fen, schedule: RepaymentSchedule): BasisPoints {
  if (!Number.isSafeInteger(principalFen) || principalFen <= 0) {
    throw new RangeError('贷款本金应为大于0的整数（单位：分）');
  }
  const flows = schedule.instalments.map((instalment) => ({
    month: instalment.period,
    amountFen: instalment.paymentFen,
  }));
  if (flows.some((flow) => !Number.isSafeInteger(flow.amountFen) || flow.amountFen < 0)) {
    throw new RangeError('还款计划中的还款金额应为非负整数（单位：分）');
  }
  if (!flows.some((flow) => flow.amountFen > 0)) {
    throw new RangeError('还款计划没有任何还款，无法计算年化利率');
  }
  // `+ 0` turns the -0 that Math.round gives for a tiny negative root into 0.
  return Math.round(monthlyIrr(principalFen, flows) * 12 * 10_000) + 0;
}

/** Newton's method kept inside a shrinking bracket; falls back to bisection when a step leaves it. */
function monthlyIrr(principalFen: Fen, flows: readonly CashFlow[]): number {
  let [low, high] = bracket(principalFen, flows);
  let rate = (low + high) / 2;
  for (let i = 0; i < MAX_ITERATIONS; i += 1) {
    const { value, slope } = netPresentValue(rate, principalFen, flows);
    if (value === 0) return rate;
    if (value > 0) low = rate;
    else high = rate;
    const newtonStep = rate - value / slope;
    const next = newtonStep > low && newtonStep < high ? newtonStep : (low + high) / 2;
    if (Math.abs(next - rate) <= TOLERANCE * Math.max(1, Math.abs(rate))) return next;
    rate = next;
  }
  return rate;
}

/**
 * NPV decreases as the rate rises (payments are non-negative), so the root lies between a rate where
 * NPV > 0 and one where NPV < 0.
 */
function bracket(principalFen: Fen, flows: readonly CashFlow[]): [number, number] {
  const npvAt = (rate: number): number => netPresentValue(rate, principalFen, flows).value;
  let low = 0;
  while (npvAt(low) < 0) low = (low - 1) / 2; // halves the distance to −100 %
  let high = 0.01;
  while (npvAt(high) > 0) high *= 2;
  return [low, high];
}

/** NPV of the loan at a monthly rate, and its derivative for Newton's step. */
function netPresentValue(
  rate: number,
  principalFen: Fen,
  flows: readonly CashFlow[],
): { value: number; slope: number } {
  let value = -principalFen;
  let slope = 0;
  for (const { month, amountFen } of flows) {
    const discounted = amountFen / Math.pow(1 + rate, month);
    value += discounted;
    slope -= (month * discounted) / (1 + rate);
  }
  return { value, slope };
}
