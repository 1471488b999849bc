import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { SqliteWriteQueue } from './sqlite-write-queue';

/**
 * The default EntityManager's methods that open a transaction of their own: `transaction` (behind
 * `DataSource.transaction` too) and the persist operations, which wrap their statements in one when called
 * outside a transaction.
 */
const SELF_TRANSACTING = ['transaction', 'save', 'remove', 'softRemove', 'recover'] as const;

type AsyncMethod = (...args: unknown[]) => Promise<unknown>;

interface PreparedStatement {
  /** better-sqlite3: true when the statement cannot change the database (reads, BEGIN / COMMIT / SAVEPOINT). */
  readonly: boolean;
}

/** The members of TypeORM's BetterSqlite3QueryRunner used here (`getStmt` prepares through its statement cache). */
interface BetterSqlite3Runner {
  getStmt(sql: string): Promise<PreparedStatement>;
  query: AsyncMethod;
}

/**
 * On SQLite (one connection shared by every request; a transaction begun while another is open nests inside it as
 * a savepoint) routes every write through the process's one `SqliteWriteQueue`:
 * - every transaction begun through `DataSource.transaction` / `dataSource.manager.transaction`, and every
 *   `save` / `remove` / `softRemove` / `recover` of the default manager and its repositories, runs as one unit of
 *   the queue — so it never overlaps a GraphQL mutation or another writer's transaction;
 * - a statement that writes (by SQLite's own verdict, `readonly`), run outside any unit of the queue (an
 *   auto-committed UPDATE such as the guard's lastSeenAt refresh), waits for its turn too, instead of landing in
 *   whatever transaction happens to be open on the shared connection.
 * Work already inside the unit holding the queue runs at once (AsyncLocalStorage; no waiting on itself). Reads are
 * never queued. Transactions begun by hand on a query runner (`createQueryRunner().startTransaction()`: the
 * migrations, some tests) bypass the queue; application code does not do that. MySQL has a pool and real
 * isolation: nothing is changed there.
 */
export function installSqliteWriteIsolation(dataSource: DataSource, queue: SqliteWriteQueue): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  queueSelfTransactingMethods(dataSource.manager, queue);
  queueStrayWrites(dataSource.createQueryRunner(), queue);
}

function queueSelfTransactingMethods(manager: EntityManager, queue: SqliteWriteQueue): void {
  const methods = manager as unknown as Record<string, AsyncMethod>;
  const prototype = Object.getPrototypeOf(manager) as Record<string, AsyncMethod>;
  for (const name of SELF_TRANSACTING) {
    // The prototype's method is looked up at each call, so spies on EntityManager.prototype still see the calls.
    methods[name] = (...args: unknown[]) => queue.exclusive(() => prototype[name]!.apply(manager, args));
  }
}

/** better-sqlite3 shares one query runner for every caller: whatever runs SQL on this data source passes here. */
function queueStrayWrites(runner: QueryRunner, queue: SqliteWriteQueue): void {
  const sqlite = runner as unknown as BetterSqlite3Runner;
  const prototype = Object.getPrototypeOf(runner) as BetterSqlite3Runner;
  sqlite.query = async (...args: unknown[]) => {
    const run = () => prototype.query.apply(runner, args);
    if (queue.isHeldHere() || !(await writes(sqlite, args[0]))) return run();
    return queue.exclusive(run);
  };
}

async function writes(runner: BetterSqlite3Runner, sql: unknown): Promise<boolean> {
  if (typeof sql !== 'string') return false;
  try {
    return !(await runner.getStmt(sql)).readonly;
  } catch {
    // Not valid SQL: the query itself reports it, as it would without the queue.
    return false;
  }
}
