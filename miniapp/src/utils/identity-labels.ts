import { EnterpriseRelation } from '@/gql/graphql'

export const ENTERPRISE_RELATION_LABELS: Record<EnterpriseRelation, string> = {
  [EnterpriseRelation.LEGAL_REPRESENTATIVE]: '法定代表人',
  [EnterpriseRelation.AGENT]: '经办人',
}

/** Institution staff permissions (DESIGN §4.1). */
export const INSTITUTION_PERMISSION_LABELS: Readonly<Record<string, string>> = {
  INSTITUTION_ADMIN: '机构管理员',
  REVIEWER: '审批人员',
  PRODUCT_MANAGER: '产品管理人员',
}
