import type { InstitutionEntity } from './institution.entity';

/** Every column of an institution, as rows other modules receive (not the entity class). */
export type InstitutionRow = Omit<InstitutionEntity, 'stampCreation' | 'stampUpdate'>;

/**
 * The entity name a TypeORM relation of another module targets (products, user accounts), so the relation joins the
 * institutions table without importing this module's entity.
 */
export const INSTITUTION_ENTITY_NAME = 'InstitutionEntity';
