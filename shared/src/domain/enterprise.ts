/** Scale by the 2011 SME classification (工信部联企业〔2011〕300号). */
export enum EnterpriseScale {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

export const ENTERPRISE_SCALES: readonly EnterpriseScale[] = Object.values(EnterpriseScale);

export const ENTERPRISE_SCALE_LABELS: Record<EnterpriseScale, string> = {
  [EnterpriseScale.MICRO]: '微型',
  [EnterpriseScale.SMALL]: '小型',
  [EnterpriseScale.MEDIUM]: '中型',
  [EnterpriseScale.LARGE]: '大型',
};

/** Legal form of a market entity as registered with market regulation. */
export enum EnterpriseType {
  LIMITED_COMPANY = 'LIMITED_COMPANY',
  JOINT_STOCK_COMPANY = 'JOINT_STOCK_COMPANY',
  SOLE_PROPRIETORSHIP = 'SOLE_PROPRIETORSHIP',
  PARTNERSHIP = 'PARTNERSHIP',
  INDIVIDUAL_BUSINESS = 'INDIVIDUAL_BUSINESS',
  FARMERS_COOPERATIVE = 'FARMERS_COOPERATIVE',
}

export const ENTERPRISE_TYPES: readonly EnterpriseType[] = Object.values(EnterpriseType);

export const ENTERPRISE_TYPE_LABELS: Record<EnterpriseType, string> = {
  [EnterpriseType.LIMITED_COMPANY]: '有限责任公司',
  [EnterpriseType.JOINT_STOCK_COMPANY]: '股份有限公司',
  [EnterpriseType.SOLE_PROPRIETORSHIP]: '个人独资企业',
  [EnterpriseType.PARTNERSHIP]: '合伙企业',
  [EnterpriseType.INDIVIDUAL_BUSINESS]: '个体工商户',
  [EnterpriseType.FARMERS_COOPERATIVE]: '农民专业合作社',
};
