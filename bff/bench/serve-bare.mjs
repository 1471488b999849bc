// Child process of the benchmarks: the floor to compare the BFF with — node:http plus the bare driver
// (mysql2 pool of the same size, or better-sqlite3) running the exact SQL the BFF runs, JSON out.
// BENCH_SQL is {"mode": "parallel" | "sequence", "cases": [[[sql, params], …], …]}: a request body {"case": i}
// runs the statements of case i (case 0 without a body). The search runs its page and count queries side by
// side as the BFF does; the recommendation's statements run one after another.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { mode, cases } = JSON.parse(process.env.BENCH_SQL);
const url = process.env.DATABASE_URL;

function openMysql() {
  const mysql = require('mysql2/promise');
  const parsed = new URL(url);
  const pool = mysql.createPool({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.slice(1),
    connectionLimit: 10,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  return ([sql, params]) => pool.query(sql, params).then(([rows]) => rows);
}

function openSqlite() {
  const Database = require('better-sqlite3');
  const db = new Database(url.slice('sqlite:'.length));
  db.pragma('journal_mode = WAL');
  const prepared = new Map(cases.flat().map(([sql]) => [sql, db.prepare(sql)]));
  return async ([sql, params]) => {
    const statement = prepared.get(sql);
    return statement.reader ? statement.all(params) : statement.run(params);
  };
}

const execute = url.startsWith('mysql://') ? openMysql() : openSqlite();

async function runAll(statements) {
  if (mode === 'parallel') return Promise.all(statements.map(execute));
  const results = [];
  for (const statement of statements) results.push(await execute(statement));
  return results;
}

function caseOf(body) {
  const index = body ? JSON.parse(body).case ?? 0 : 0;
  if (!cases[index]) throw new Error(`no case ${index}`);
  return cases[index];
}

const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => {
    body += chunk;
  });
  req.on('end', async () => {
    try {
      const results = await runAll(caseOf(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: results }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
