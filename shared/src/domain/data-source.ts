/** A government data source reachable through the data exchange (政务数据共享交换). */
export enum DataSource {
  MARKET_REGISTRATION = 'MARKET_REGISTRATION',
  TAX = 'TAX',
  SOCIAL_SECURITY = 'SOCIAL_SECURITY',
  HOUSING_FUND = 'HOUSING_FUND',
  UTILITIES = 'UTILITIES',
  JUDICIAL = 'JUDICIAL',
  ADMINISTRATIVE_PENALTIES = 'ADMINISTRATIVE_PENALTIES',
}

export const DATA_SOURCES: readonly DataSource[] = Object.values(DataSource);

export const DATA_SOURCE_LABELS: Record<DataSource, string> = {
  [DataSource.MARKET_REGISTRATION]: '市场主体登记信息',
  [DataSource.TAX]: '纳税信息',
  [DataSource.SOCIAL_SECURITY]: '社保缴纳信息',
  [DataSource.HOUSING_FUND]: '公积金缴存信息',
  [DataSource.UTILITIES]: '水电用量信息',
  [DataSource.JUDICIAL]: '司法涉诉信息',
  [DataSource.ADMINISTRATIVE_PENALTIES]: '行政处罚信息',
};

/** What each source contains, in the plain words shown before an enterprise grants it. */
export const DATA_SOURCE_CONTENTS: Record<DataSource, string> = {
  [DataSource.MARKET_REGISTRATION]: '企业名称、类型、法定代表人、注册地区、所属行业、注册资本、成立日期、经营状态',
  [DataSource.TAX]: '近年及按月的营业收入、纳税额、欠税情况、纳税信用等级（A/B/M/C/D）',
  [DataSource.SOCIAL_SECURITY]: '按月的社保参保人数',
  [DataSource.HOUSING_FUND]: '按月的公积金缴存人数',
  [DataSource.UTILITIES]: '按月的用电量和用水量',
  [DataSource.JUDICIAL]: '涉诉案件、被执行记录、是否为失信被执行人',
  [DataSource.ADMINISTRATIVE_PENALTIES]: '行政处罚的决定机关、事由、金额和日期',
};

/** Why data is used; a consent covers exactly one purpose. */
export enum ConsentPurpose {
  LOAN_APPLICATION = 'LOAN_APPLICATION',
  CREDIT_ASSESSMENT = 'CREDIT_ASSESSMENT',
  POLICY_MATCHING = 'POLICY_MATCHING',
}

export const CONSENT_PURPOSES: readonly ConsentPurpose[] = Object.values(ConsentPurpose);

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, string> = {
  [ConsentPurpose.LOAN_APPLICATION]: '贷款申请',
  [ConsentPurpose.CREDIT_ASSESSMENT]: '信用评估',
  [ConsentPurpose.POLICY_MATCHING]: '政策匹配',
};

/** Who receives the data: the platform itself or one named financial institution. */
export enum ConsentGranteeKind {
  PLATFORM = 'PLATFORM',
  INSTITUTION = 'INSTITUTION',
}
