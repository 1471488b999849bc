export enum CreditGrade {
  AAA = 'AAA',
  AA = 'AA',
  A = 'A',
  BBB = 'BBB',
  BB = 'BB',
  B = 'B',
  CCC = 'CCC',
  CC = 'CC',
  C = 'C',
}

/** Best to worst; a lower index is a better grade. */
export const CREDIT_GRADES: readonly CreditGrade[] = Object.values(CreditGrade);

export const CREDIT_GRADE_LABELS: Record<CreditGrade, string> = {
  [CreditGrade.AAA]: 'AAA（信用极好）',
  [CreditGrade.AA]: 'AA（信用优良）',
  [CreditGrade.A]: 'A（信用较好）',
  [CreditGrade.BBB]: 'BBB（信用一般）',
  [CreditGrade.BB]: 'BB（信用欠佳）',
  [CreditGrade.B]: 'B（信用较差）',
  [CreditGrade.CCC]: 'CCC（信用很差）',
  [CreditGrade.CC]: 'CC（信用极差）',
  [CreditGrade.C]: 'C（没有信用）',
};

/** True when `grade` is as good as or better than `minimum` (e.g. a product's minimum grade). */
export function meetsCreditGrade(grade: CreditGrade, minimum: CreditGrade): boolean {
  return CREDIT_GRADES.indexOf(grade) <= CREDIT_GRADES.indexOf(minimum);
}
