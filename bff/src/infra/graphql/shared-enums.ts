import { registerEnumType } from '@nestjs/graphql';
import {
  CONSENT_GRANTEE_KIND_LABELS,
  CONSENT_PURPOSE_LABELS,
  CONSENT_STATUS_LABELS,
  ConsentGranteeKind,
  ConsentPurpose,
  ConsentStatus,
  DATA_SOURCE_LABELS,
  DataSource,
  ENTERPRISE_SCALE_LABELS,
  ENTERPRISE_TYPE_LABELS,
  EnterpriseScale,
  EnterpriseType,
  GUARANTEE_METHOD_LABELS,
  GuaranteeMethod,
  INSTITUTION_TYPE_LABELS,
  InstitutionType,
  POLICY_LEVEL_LABELS,
  PolicyLevel,
  PRODUCT_CATEGORY_LABELS,
  PRODUCT_STATUS_LABELS,
  ProductCategory,
  ProductStatus,
  REPAYMENT_METHOD_LABELS,
  RepaymentMethod,
  Role,
  ROLE_LABELS,
} from '@rongtong/shared';

/** GraphQL enums are the shared enums; their Chinese labels become the value descriptions. */
function register<E extends string>(enumRef: Record<string, E>, name: string, labels: Record<E, string>): void {
  const valuesMap = Object.fromEntries(
    Object.values(enumRef).map((value) => [value, { description: labels[value] }]),
  ) as Partial<Record<string, { description: string }>>;
  registerEnumType(enumRef, { name, valuesMap });
}

register(InstitutionType, 'InstitutionType', INSTITUTION_TYPE_LABELS);
register(ProductCategory, 'ProductCategory', PRODUCT_CATEGORY_LABELS);
register(GuaranteeMethod, 'GuaranteeMethod', GUARANTEE_METHOD_LABELS);
register(RepaymentMethod, 'RepaymentMethod', REPAYMENT_METHOD_LABELS);
register(EnterpriseScale, 'EnterpriseScale', ENTERPRISE_SCALE_LABELS);
register(EnterpriseType, 'EnterpriseType', ENTERPRISE_TYPE_LABELS);
register(ProductStatus, 'ProductStatus', PRODUCT_STATUS_LABELS);
register(PolicyLevel, 'PolicyLevel', POLICY_LEVEL_LABELS);
register(Role, 'Role', ROLE_LABELS);
register(DataSource, 'DataSource', DATA_SOURCE_LABELS);
register(ConsentPurpose, 'ConsentPurpose', CONSENT_PURPOSE_LABELS);
register(ConsentGranteeKind, 'ConsentGranteeKind', CONSENT_GRANTEE_KIND_LABELS);
register(ConsentStatus, 'ConsentStatus', CONSENT_STATUS_LABELS);
