import type {
  CreditGrade,
  EnterpriseScale,
  EnterpriseType,
  GuaranteeMethod,
  InstitutionType,
  PolicyLevel,
  ProductCategory,
  RepaymentMethod,
  Role,
} from '@rongtong/shared';

/** Seed records reference each other by a stable `key`, never by database id. */
export interface InstitutionSeed {
  key: string;
  name: string;
  shortName: string;
  type: InstitutionType;
  regionCode: string;
  description: string;
  contactPhone: string;
  address: string;
  website?: string;
  /** YYYY-MM-DD */
  establishedOn: string;
  /** Opening hours as shown in the directory. */
  serviceHours?: string;
}

export interface ProductSeed {
  key: string;
  institutionKey: string;
  name: string;
  category: ProductCategory;
  guaranteeMethods: GuaranteeMethod[];
  minAmountFen: number;
  maxAmountFen: number;
  minTermMonths: number;
  maxTermMonths: number;
  minRateBp: number;
  maxRateBp: number;
  repaymentMethods: RepaymentMethod[];
  /** Empty means every region. */
  targetRegionCodes: string[];
  /** GB/T 4754 section letters or division codes; empty means every industry. */
  targetIndustryCodes: string[];
  targetScales: EnterpriseScale[];
  minYearsInBusiness: number;
  minCreditGrade: CreditGrade | null;
  requiredMaterials: string[];
  onlineApply: boolean;
  summary: string;
  description: string;
  applyCount: number;
  /** YYYY-MM-DD */
  publishedOn: string;
}

export interface PolicyTags {
  industryCodes: string[];
  scales: EnterpriseScale[];
  enterpriseTypes: EnterpriseType[];
}

export interface PolicySeed {
  key: string;
  title: string;
  level: PolicyLevel;
  issuer: string;
  documentNumber: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  summary: string;
  /** Only <p>, <h3>, <ol>, <li> and <strong>, without attributes. */
  bodyHtml: string;
  tags: PolicyTags;
}

export interface NewsSeed {
  key: string;
  title: string;
  level: PolicyLevel;
  source: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  summary: string;
  /** Only <p>, <h3>, <ol>, <li> and <strong>, without attributes. */
  bodyHtml: string;
}

export interface FaqSeed {
  key: string;
  category: string;
  question: string;
  answer: string;
  keywords: string[];
}

export interface DemoAccountSeed {
  username: string;
  displayName: string;
  role: Role;
  permissions: string[];
  institutionKey: string | null;
  password: string;
  /** Base32 TOTP secret for the accounts whose login needs a second factor (operator and administrators). */
  totpSecret?: string;
  note: string;
}
