import { toInstitutionModel } from '../institutions/institution.mapper';
import { ProductModel } from './models/product.model';
import type { ProductRow } from './product-records';

/** Maps a product loaded with its institution (the queries always join it). */
export function toProductModel(entity: ProductRow): ProductModel {
  if (!entity.institution) throw new Error(`product ${entity.id} was loaded without its institution`);
  return Object.assign(new ProductModel(), {
    id: entity.id,
    name: entity.name,
    institution: toInstitutionModel(entity.institution),
    category: entity.category,
    guaranteeMethods: entity.guaranteeMethods,
    minAmountFen: entity.minAmountFen,
    maxAmountFen: entity.maxAmountFen,
    minTermMonths: entity.minTermMonths,
    maxTermMonths: entity.maxTermMonths,
    minRateBp: entity.minRateBp,
    maxRateBp: entity.maxRateBp,
    repaymentMethods: entity.repaymentMethods,
    targetRegionCodes: entity.targetRegionCodes,
    targetIndustryCodes: entity.targetIndustryCodes,
    targetScales: entity.targetScales,
    minYearsInBusiness: entity.minYearsInBusiness,
    minCreditGrade: entity.minCreditGrade,
    requiredMaterials: entity.requiredMaterials,
    onlineApply: entity.onlineApply,
    summary: entity.summary,
    description: entity.description,
    status: entity.status,
    applyCount: entity.applyCount,
    publishedAt: entity.publishedAt,
  });
}
