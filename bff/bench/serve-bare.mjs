// Child process of the benchmarks: the floor to compare the BFF with — node:http plus the bare driver
// (mysql2 pool of the same size, or better-sqlite3) running the exact SQL the BFF runs, JSON out.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { page, count } = JSON.parse(process.env.BENCH_SQL);
const url = process.env.DATABASE_URL;

async function openMysql() {
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
  return async () => {
    const [[rows], [counted]] = await Promise.all([pool.query(page[0], page[1]), pool.query(count[0], count[1])]);
    return { rows, total: Number(counted[0].count) };
  };
}

function openSqlite() {
  const Database = require('better-sqlite3');
  const db = new Database(url.slice('sqlite:'.length));
  db.pragma('journal_mode = WAL');
  const pageStatement = db.prepare(page[0]);
  const countStatement = db.prepare(count[0]);
  return async () => ({ rows: pageStatement.all(page[1]), total: Number(countStatement.get(count[1]).count) });
}

const run = url.startsWith('mysql://') ? await openMysql() : openSqlite();

const server = createServer((req, res) => {
  req.resume();
  req.on('end', async () => {
    try {
      const { rows, total } = await run();
      const body = JSON.stringify({ data: { products: { totalCount: total, edges: rows.map((row) => ({ node: row })) } } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
