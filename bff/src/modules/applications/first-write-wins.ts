import { isDuplicateKeyError } from '../../infra/database/duplicate-key';

/**
 * Runs a write that inserts under a client idempotency key. When a concurrent retry with the same key won the insert
 * (the unique key refused this one), answers what that retry made instead — as a retry arriving later would be
 * answered; any other failure is thrown.
 */
export async function firstWriteWins<T>(write: () => Promise<T>, winner: () => Promise<T | null>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const won = isDuplicateKeyError(error) ? await winner() : null;
    if (won) return won;
    throw error;
  }
}
