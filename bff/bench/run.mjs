// npm run bench -w @rongtong/bff — the product search of DESIGN §11 (a two-character keyword on the
// product_search_terms index + filters, page of 20, 5,000 generated and indexed products) through the BFF and through a bare node:http + driver server running the same SQL, on SQLite and,
// when BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306) answers, on MySQL. Writes
// bench/results/products-query.json and prints a table. Not a test: it asserts nothing.
import { load, mysqlDatabase, printTable, sqliteDatabase, startServer, stopServer, writeResults } from './lib.mjs';

const PRODUCT_COUNT = 5000;
const QUERY = {
  filter: { keyword: '惠农', categories: ['CREDIT', 'GUARANTEE', 'IP_PLEDGE'], amountFen: 2_000_000, onlineApplyOnly: true },
  sort: 'NEWEST',
  first: 20,
};
const GRAPHQL = `query SearchProducts($filter: ProductFilter, $sort: ProductSort, $first: Int) {
  products(filter: $filter, sort: $sort, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name category minAmountFen maxAmountFen minRateBp maxRateBp onlineApply institution { id name type } } }
  }
}`;

async function measure(dialect, database) {
  const env = { DATABASE_URL: database.url, BENCH_PRODUCTS: String(PRODUCT_COUNT), BENCH_QUERY: JSON.stringify(QUERY) };
  const app = await startServer('serve-app.mjs', env);
  let bff;
  try {
    const body = JSON.stringify({ query: GRAPHQL, variables: QUERY, operationName: 'SearchProducts' });
    bff = await load(`http://127.0.0.1:${app.info.port}/graphql`, body, `${dialect} BFF (GraphQL)`);
  } finally {
    await stopServer(app);
  }
  const bare = await startServer('serve-bare.mjs', { DATABASE_URL: database.url, BENCH_SQL: JSON.stringify(app.info.sql) });
  let floor;
  try {
    floor = await load(`http://127.0.0.1:${bare.info.port}/`, '{}', `${dialect} node:http + driver`);
  } finally {
    await stopServer(bare);
  }
  return { dialect, bff, bare: floor, throughputRatio: Math.round((bff.requestsPerSecond / floor.requestsPerSecond) * 100) / 100 };
}

const results = [];
const sqlite = sqliteDatabase();
try {
  results.push(await measure('sqlite', sqlite));
} finally {
  await sqlite.drop();
}
const mysql = await mysqlDatabase(process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');
if (mysql) {
  try {
    results.push(await measure('mysql', mysql));
  } finally {
    await mysql.drop();
  }
} else {
  process.stdout.write('MySQL not reachable at BENCH_MYSQL_URL: measured SQLite only\n');
}

const file = writeResults('products-query.json', { products: PRODUCT_COUNT, query: QUERY, results });
printTable(results.flatMap((result) => [result.bff, result.bare]));
for (const result of results) {
  process.stdout.write(`${result.dialect}: BFF throughput = ${Math.round(result.throughputRatio * 100)} % of the bare server, p99 ${result.bff.latencyMs.p99} ms\n`);
}
process.stdout.write(`wrote ${file}\n`);
