/** What a financial product is, how it is secured and where it is in its review lifecycle. */
export enum ProductCategory {
  CREDIT = 'CREDIT',
  MORTGAGE = 'MORTGAGE',
  PLEDGE = 'PLEDGE',
  GUARANTEE = 'GUARANTEE',
  SUPPLY_CHAIN = 'SUPPLY_CHAIN',
  IP_PLEDGE = 'IP_PLEDGE',
  BRIDGE_LOAN = 'BRIDGE_LOAN',
  LEASING = 'LEASING',
  FACTORING = 'FACTORING',
  INSURANCE = 'INSURANCE',
  EQUITY = 'EQUITY',
}

export const PRODUCT_CATEGORIES: readonly ProductCategory[] = Object.values(ProductCategory);

export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = {
  [ProductCategory.CREDIT]: '信用贷款',
  [ProductCategory.MORTGAGE]: '抵押贷款',
  [ProductCategory.PLEDGE]: '质押贷款',
  [ProductCategory.GUARANTEE]: '担保贷款',
  [ProductCategory.SUPPLY_CHAIN]: '供应链金融',
  [ProductCategory.IP_PLEDGE]: '知识产权质押',
  [ProductCategory.BRIDGE_LOAN]: '转贷过桥',
  [ProductCategory.LEASING]: '融资租赁',
  [ProductCategory.FACTORING]: '商业保理',
  [ProductCategory.INSURANCE]: '保险',
  [ProductCategory.EQUITY]: '股权融资',
};

export enum GuaranteeMethod {
  CREDIT = 'CREDIT',
  MORTGAGE = 'MORTGAGE',
  PLEDGE = 'PLEDGE',
  GUARANTEE = 'GUARANTEE',
}

export const GUARANTEE_METHODS: readonly GuaranteeMethod[] = Object.values(GuaranteeMethod);

export const GUARANTEE_METHOD_LABELS: Record<GuaranteeMethod, string> = {
  [GuaranteeMethod.CREDIT]: '信用',
  [GuaranteeMethod.MORTGAGE]: '抵押',
  [GuaranteeMethod.PLEDGE]: '质押',
  [GuaranteeMethod.GUARANTEE]: '保证',
};

/** DRAFT → PENDING_REVIEW → PUBLISHED | REJECTED; PUBLISHED → RETIRED. */
export enum ProductStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  RETIRED = 'RETIRED',
}

export const PRODUCT_STATUSES: readonly ProductStatus[] = Object.values(ProductStatus);

export const PRODUCT_STATUS_LABELS: Record<ProductStatus, string> = {
  [ProductStatus.DRAFT]: '草稿',
  [ProductStatus.PENDING_REVIEW]: '待审核',
  [ProductStatus.PUBLISHED]: '已发布',
  [ProductStatus.REJECTED]: '已驳回',
  [ProductStatus.RETIRED]: '已下架',
};
