import { createConnection } from 'mysql2/promise';
import { applyGrants, readGrantsRequest, type SqlRunner } from './database-grants';

/**
 * `npm run db:grants [-- <admin URL>]` (node dist/src/cli/db-grants.js): creates or updates the migration user and
 * the application user of a MySQL / MariaDB database and grants each exactly its rights (see database-grants.ts).
 * Idempotent; prints what it granted, never a password.
 */
async function main(): Promise<void> {
  const request = readGrantsRequest(process.env, process.argv.slice(2));
  const { host, port, user, password } = request.admin;
  const connection = await createConnection({ host, port, user, password });
  const run: SqlRunner = async (sql, parameters) => {
    const [rows] = await connection.query(sql, parameters as unknown[] | undefined);
    return Array.isArray(rows) ? (rows as unknown[]) : [];
  };
  try {
    const report = await applyGrants(run, request);
    process.stdout.write(`${report.join('\n')}\n`);
  } finally {
    await connection.end();
  }
}

main().catch((error: unknown) => {
  // Input problems and refusals are worded for the operator; a server error (access denied, …) says what it is.
  process.stderr.write(`授权失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
