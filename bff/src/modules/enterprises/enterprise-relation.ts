import { registerEnumType } from '@nestjs/graphql';

/** How a person stands to an enterprise they act for (法人登录). */
export enum EnterpriseRelation {
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
  AGENT = 'AGENT',
}

export const ENTERPRISE_RELATION_LABELS: Record<EnterpriseRelation, string> = {
  [EnterpriseRelation.LEGAL_REPRESENTATIVE]: '法定代表人',
  [EnterpriseRelation.AGENT]: '经办人',
};

export function isEnterpriseRelation(value: unknown): value is EnterpriseRelation {
  return typeof value === 'string' && (Object.values(EnterpriseRelation) as string[]).includes(value);
}

registerEnumType(EnterpriseRelation, {
  name: 'EnterpriseRelation',
  description: '与企业的关系',
  valuesMap: {
    LEGAL_REPRESENTATIVE: { description: ENTERPRISE_RELATION_LABELS.LEGAL_REPRESENTATIVE },
    AGENT: { description: ENTERPRISE_RELATION_LABELS.AGENT },
  },
});
