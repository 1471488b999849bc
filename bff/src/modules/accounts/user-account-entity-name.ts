/**
 * The entity name a TypeORM relation of another module targets (a session joins its user account), so the relation
 * joins user_accounts without importing this module's entity.
 */
export const USER_ACCOUNT_ENTITY_NAME = 'UserAccountEntity';
