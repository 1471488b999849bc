export type { ValidationResult } from './validation-result';
export * from './uscc';
export * from './resident-id';
export * from './mobile';
