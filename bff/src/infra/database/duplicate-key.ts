import { QueryFailedError } from 'typeorm';

/** Whether a statement failed on a unique or primary key (MySQL / MariaDB and SQLite). */
export function isDuplicateKeyError(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string } | undefined)?.code : undefined;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
