/**
 * Repayment schedules in whole fen.
 *
 * Rounding rules (the monthly rate r = annualRateBp / 10000 / 12 is a double; every amount is an integer):
 * - Interest of a period = round(balance at the start of the period × r), half up, to the fen.
 * - 等额本息 (EQUAL_INSTALLMENT): payment = round(P·r·(1+r)^n / ((1+r)^n − 1)) to the fen;
 *   principal = payment − interest. At r = 0 the principal is split evenly as floor(P / n).
 * - 等额本金 (EQUAL_PRINCIPAL): principal = floor(P / n).
 * - 先息后本 (INTEREST_FIRST): interest only, the whole principal with the last instalment.
 * - The LAST instalment repays whatever balance remains, so it absorbs every rounding difference and the
 *   principal parts always add up to the loan exactly.
 * - No instalment repays more than the balance. (Only a tiny loan over a long term can hit this: the
 *   payment rounded up to a whole fen would otherwise repay the loan before the term ends.)
 */
import { RepaymentMethod } from '../domain/repayment-method';
import type { Fen } from './amount';
import type { BasisPoints } from './rate';

export interface ScheduleInput {
  principalFen: Fen;
  annualRateBp: BasisPoints;
  termMonths: number;
  method: RepaymentMethod;
}

export interface Instalment {
  /** 1-based month number. */
  period: number;
  paymentFen: Fen;
  principalFen: Fen;
  interestFen: Fen;
  /** Balance still owed after this instalment. */
  remainingFen: Fen;
}

export interface RepaymentSchedule {
  instalments: Instalment[];
  totalInterestFen: Fen;
  totalPaymentFen: Fen;
}

/** 1万亿元: keeps every total of any allowed schedule a safe integer. */
export const MAX_PRINCIPAL_FEN: Fen = 100_000_000_000_000;
/** 100 % a year; no lawful lending product comes near it. */
export const MAX_ANNUAL_RATE_BP: BasisPoints = 10_000;
export const MAX_TERM_MONTHS = 360;

export function buildSchedule(input: ScheduleInput): RepaymentSchedule {
  assertScheduleInput(input);
  const { principalFen, termMonths } = input;
  const monthlyRate = input.annualRateBp / 10_000 / 12;
  const regularPrincipal = regularPrincipalRule(input, monthlyRate);
  const instalments: Instalment[] = [];
  let balance = principalFen;
  for (let period = 1; period <= termMonths; period += 1) {
    const interestFen = Math.round(balance * monthlyRate);
    const principalPart = period === termMonths ? balance : Math.min(balance, regularPrincipal(interestFen));
    balance -= principalPart;
    instalments.push({
      period,
      paymentFen: principalPart + interestFen,
      principalFen: principalPart,
      interestFen,
      remainingFen: balance,
    });
  }
  return {
    instalments,
    totalInterestFen: sumOf(instalments, 'interestFen'),
    totalPaymentFen: sumOf(instalments, 'paymentFen'),
  };
}

/** The principal repaid in a period other than the last, given that period's interest. */
function regularPrincipalRule(input: ScheduleInput, monthlyRate: number): (interestFen: Fen) => Fen {
  const { principalFen, termMonths, method } = input;
  const evenShare = Math.floor(principalFen / termMonths);
  switch (method) {
    case RepaymentMethod.EQUAL_INSTALLMENT: {
      if (monthlyRate === 0) return () => evenShare;
      const payment = annuityPaymentFen(principalFen, monthlyRate, termMonths);
      return (interestFen) => Math.max(0, payment - interestFen);
    }
    case RepaymentMethod.EQUAL_PRINCIPAL:
      return () => evenShare;
    case RepaymentMethod.INTEREST_FIRST:
      return () => 0;
    default:
      return assertNever(method);
  }
}

/** round(P·r·(1+r)^n / ((1+r)^n − 1)); expm1/log1p keep (1+r)^n − 1 accurate for tiny rates. */
function annuityPaymentFen(principalFen: Fen, monthlyRate: number, termMonths: number): Fen {
  const growthMinusOne = Math.expm1(termMonths * Math.log1p(monthlyRate));
  return Math.round((principalFen * monthlyRate * (growthMinusOne + 1)) / growthMinusOne);
}

function assertScheduleInput({ principalFen, annualRateBp, termMonths, method }: ScheduleInput): void {
  if (!Number.isSafeInteger(principalFen) || principalFen <= 0) {
    throw new RangeError('贷款本金应为大于0的整数（单位：分）');
  }
  if (principalFen > MAX_PRINCIPAL_FEN) {
    throw new RangeError('贷款本金不能超过1万亿元');
  }
  if (!Number.isSafeInteger(annualRateBp)) {
    throw new RangeError('年利率应为整数基点');
  }
  if (annualRateBp < 0) {
    throw new RangeError('年利率不能为负数');
  }
  if (annualRateBp > MAX_ANNUAL_RATE_BP) {
    throw new RangeError('年利率不能超过100%');
  }
  if (!Number.isSafeInteger(termMonths) || termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
    throw new RangeError(`贷款期限应为1至${MAX_TERM_MONTHS}个月的整数`);
  }
  if (!Object.values(RepaymentMethod).includes(method)) {
    throw new RangeError('不支持的还款方式');
  }
}

function sumOf(instalments: readonly Instalment[], field: 'interestFen' | 'paymentFen'): Fen {
  return instalments.reduce((total, instalment) => total + instalment[field], 0);
}

function assertNever(value: never): never {
  throw new RangeError(`不支持的还款方式：${String(value)}`);
}
