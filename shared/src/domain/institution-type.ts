/** The 16 kinds of financial institution named in the tender (金融机构名录). */
export enum InstitutionType {
  BANK = 'BANK',
  SECURITIES = 'SECURITIES',
  INSURANCE = 'INSURANCE',
  MICROLOAN = 'MICROLOAN',
  GUARANTEE = 'GUARANTEE',
  FINANCIAL_LEASING = 'FINANCIAL_LEASING',
  BRIDGE_LOAN_FUND = 'BRIDGE_LOAN_FUND',
  COMMERCIAL_FACTORING = 'COMMERCIAL_FACTORING',
  VENTURE_CAPITAL = 'VENTURE_CAPITAL',
  ASSET_MANAGEMENT = 'ASSET_MANAGEMENT',
  TRUST = 'TRUST',
  EQUITY_EXCHANGE = 'EQUITY_EXCHANGE',
  PRIVATE_LENDING_REGISTRY = 'PRIVATE_LENDING_REGISTRY',
  PAWN_SHOP = 'PAWN_SHOP',
  CREDIT_MUTUAL = 'CREDIT_MUTUAL',
  CROWDFUNDING = 'CROWDFUNDING',
}

/** In the order the tender lists them. */
export const INSTITUTION_TYPES: readonly InstitutionType[] = Object.values(InstitutionType);

export const INSTITUTION_TYPE_LABELS: Record<InstitutionType, string> = {
  [InstitutionType.BANK]: '银行',
  [InstitutionType.SECURITIES]: '证券公司',
  [InstitutionType.INSURANCE]: '保险公司',
  [InstitutionType.MICROLOAN]: '小额贷款公司',
  [InstitutionType.GUARANTEE]: '担保公司',
  [InstitutionType.FINANCIAL_LEASING]: '融资租赁公司',
  [InstitutionType.BRIDGE_LOAN_FUND]: '转贷基金',
  [InstitutionType.COMMERCIAL_FACTORING]: '商业保理',
  [InstitutionType.VENTURE_CAPITAL]: '风险投资机构',
  [InstitutionType.ASSET_MANAGEMENT]: '资产管理公司',
  [InstitutionType.TRUST]: '信托机构',
  [InstitutionType.EQUITY_EXCHANGE]: '股权交易中心',
  [InstitutionType.PRIVATE_LENDING_REGISTRY]: '民间融资登记机构',
  [InstitutionType.PAWN_SHOP]: '典当行',
  [InstitutionType.CREDIT_MUTUAL]: '信用互助合作社',
  [InstitutionType.CROWDFUNDING]: '社会众筹机构',
};
