import type { EnterpriseBindingEntity } from './enterprise-binding.entity';
import type { EnterpriseEntity } from './enterprise.entity';
import { EnterpriseBindingModel } from './models/enterprise-binding.model';
import { EnterpriseSummaryModel } from './models/enterprise-summary.model';

export function toEnterpriseSummary(entity: EnterpriseEntity): EnterpriseSummaryModel {
  return Object.assign(new EnterpriseSummaryModel(), { id: entity.id, uscc: entity.uscc, name: entity.name });
}

export function toEnterpriseBinding(binding: EnterpriseBindingEntity & { enterprise: EnterpriseEntity }): EnterpriseBindingModel {
  return Object.assign(new EnterpriseBindingModel(), {
    enterprise: toEnterpriseSummary(binding.enterprise),
    relation: binding.relation,
  });
}
