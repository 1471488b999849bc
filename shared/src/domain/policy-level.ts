export enum PolicyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
}

export const POLICY_LEVELS: readonly PolicyLevel[] = Object.values(PolicyLevel);

export const POLICY_LEVEL_LABELS: Record<PolicyLevel, string> = {
  [PolicyLevel.NATIONAL]: '全国',
  [PolicyLevel.PROVINCE]: '全省',
  [PolicyLevel.CITY]: '全市',
};
