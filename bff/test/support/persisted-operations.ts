import { join } from 'node:path';
import { findRepoRoot } from '../../src/infra/config/repo-root';
import { PersistedOperations, type PersistedOperation } from '../../src/infra/graphql/persisted-operations';

let safelist: PersistedOperations | undefined;

/** The committed safelist (shared/persisted-operations.json), read once. */
export function appSafelist(): PersistedOperations {
  safelist ??= PersistedOperations.fromFile(join(findRepoRoot(), 'shared', 'persisted-operations.json'));
  return safelist;
}

/** The app's operation of that name, as the safelist holds it. */
export function listedOperation(operationName: string): PersistedOperation {
  const operation = appSafelist().find(operationName);
  if (!operation) throw new Error(`the app has no operation ${operationName} (shared/persisted-operations.json)`);
  return operation;
}

/** The body a production build of the app sends for that operation: its hash, name and variables, no text. */
export function persistedRequest(operationName: string, variables?: Record<string, unknown>): Record<string, unknown> {
  const { hash } = listedOperation(operationName);
  return { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
}
