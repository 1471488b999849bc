export enum RepaymentMethod {
  EQUAL_INSTALLMENT = 'EQUAL_INSTALLMENT',
  EQUAL_PRINCIPAL = 'EQUAL_PRINCIPAL',
  INTEREST_FIRST = 'INTEREST_FIRST',
}

export const REPAYMENT_METHODS: readonly RepaymentMethod[] = Object.values(RepaymentMethod);

export const REPAYMENT_METHOD_LABELS: Record<RepaymentMethod, string> = {
  [RepaymentMethod.EQUAL_INSTALLMENT]: '等额本息',
  [RepaymentMethod.EQUAL_PRINCIPAL]: '等额本金',
  [RepaymentMethod.INTEREST_FIRST]: '先息后本',
};
