import type { InstitutionRow } from './institution-row';
import { InstitutionModel } from './models/institution.model';

export function toInstitutionModel(entity: InstitutionRow): InstitutionModel {
  return Object.assign(new InstitutionModel(), {
    id: entity.id,
    name: entity.name,
    shortName: entity.shortName,
    type: entity.type,
    regionCode: entity.regionCode,
    description: entity.description,
    contactPhone: entity.contactPhone,
    address: entity.address,
    website: entity.website,
    establishedOn: entity.establishedOn,
    serviceHours: entity.serviceHours,
    createdAt: entity.createdAt,
  });
}
