// npm run bench -w @rongtong/bff — DESIGN §11 on 5,000 generated and indexed products, on SQLite and, when
// BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306) answers, on MySQL:
//  - product search: a two-character keyword on the product_search_terms index + filters, page of 20;
//  - recommendation: one enterprise profile (region, industry, scale, years) with amount, term, preferences and
//    expected rate, ranked over the whole catalogue;
// each through the BFF and through a bare node:http + driver server issuing the same SQL, plus the GraphQL
// floor `{ __typename }` (no database) — what 50 concurrent clients cost this machine before any work.
// Writes bench/results/products-query.json and recommendation.json and prints a table. Not a test.
import { load, mysqlDatabase, printTable, sqliteDatabase, startServer, stopServer, writeResults } from './lib.mjs';

const PRODUCT_COUNT = 5000;
const SEARCH = {
  filter: { keyword: '惠农', categories: ['CREDIT', 'GUARANTEE', 'IP_PLEDGE'], amountFen: 2_000_000, onlineApplyOnly: true },
  sort: 'NEWEST',
  first: 20,
};
const SEARCH_QUERY = `query SearchProducts($filter: ProductFilter, $sort: ProductSort, $first: Int) {
  products(filter: $filter, sort: $sort, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name category minAmountFen maxAmountFen minRateBp maxRateBp onlineApply institution { id name type } } }
  }
}`;
/** The profile a logged-in enterprise brings (颍州区, manufacturing, small, 3 years), given explicitly. */
const RECOMMENDATION = {
  amountFen: 200_000_000,
  termMonths: 12,
  preferences: ['LOW_RATE', 'NO_COLLATERAL'],
  expectedRateBp: 450,
  regionCode: '341202',
  industryCode: 'C',
  scale: 'SMALL',
  yearsInBusiness: 3,
};
const RECOMMENDATION_QUERY = `query Recommend($input: RecommendationInput!) {
  recommendProducts(input: $input) {
    recommended { score matchedConditions matchedPreferences product { id name minRateBp maxAmountFen institution { name } } }
    nearMisses { score reasons product { id name } }
  }
}`;

const bodies = {
  search: JSON.stringify({ query: SEARCH_QUERY, variables: SEARCH, operationName: 'SearchProducts' }),
  recommendation: JSON.stringify({ query: RECOMMENDATION_QUERY, variables: { input: RECOMMENDATION }, operationName: 'Recommend' }),
  floor: JSON.stringify({ query: '{ __typename }' }),
};

async function measureBare(database, sql, label) {
  const bare = await startServer('serve-bare.mjs', { DATABASE_URL: database.url, BENCH_SQL: JSON.stringify(sql) });
  try {
    return await load(`http://127.0.0.1:${bare.info.port}/`, '{}', label);
  } finally {
    await stopServer(bare);
  }
}

async function measure(dialect, database) {
  const env = {
    DATABASE_URL: database.url,
    BENCH_PRODUCTS: String(PRODUCT_COUNT),
    BENCH_QUERY: JSON.stringify(SEARCH),
    BENCH_CAPTURE: JSON.stringify({ recommendation: bodies.recommendation }),
  };
  const app = await startServer('serve-app.mjs', env);
  const graphql = `http://127.0.0.1:${app.info.port}/graphql`;
  const bff = {};
  try {
    bff.floor = await load(graphql, bodies.floor, `${dialect} BFF { __typename }`);
    bff.search = await load(graphql, bodies.search, `${dialect} BFF search`);
    bff.recommendation = await load(graphql, bodies.recommendation, `${dialect} BFF recommendation`);
  } finally {
    await stopServer(app);
  }
  const { page, count } = app.info.search;
  const bareSearch = await measureBare(database, { mode: 'parallel', statements: [page, count] }, `${dialect} bare search`);
  const recommendationSql = { mode: 'sequence', statements: app.info.captured.recommendation };
  const bareRecommendation = await measureBare(database, recommendationSql, `${dialect} bare recommendation`);
  return {
    dialect,
    floor: bff.floor,
    search: { bff: bff.search, bare: bareSearch, sql: [page[0], count[0]], throughputRatio: ratio(bff.search, bareSearch) },
    recommendation: {
      bff: bff.recommendation,
      bare: bareRecommendation,
      sql: recommendationSql.statements.map(([sql]) => sql),
      throughputRatio: ratio(bff.recommendation, bareRecommendation),
    },
  };
}

function ratio(bff, bare) {
  return Math.round((bff.requestsPerSecond / bare.requestsPerSecond) * 100) / 100;
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

const pick = (key) => results.map((result) => ({ dialect: result.dialect, floor: result.floor, ...result[key] }));
const files = [
  writeResults('products-query.json', { products: PRODUCT_COUNT, query: SEARCH, targets: { throughputRatio: 0.5, p99Ms: 50 }, results: pick('search') }),
  writeResults('recommendation.json', { products: PRODUCT_COUNT, input: RECOMMENDATION, targets: { p99Ms: 80 }, results: pick('recommendation') }),
];
printTable(results.flatMap((result) => [result.floor, result.search.bff, result.search.bare, result.recommendation.bff, result.recommendation.bare]));
for (const result of results) {
  const { search, recommendation, floor } = result;
  process.stdout.write(
    `${result.dialect}: search ${Math.round(search.throughputRatio * 100)} % of the bare server, p99 ${search.bff.latencyMs.p99} ms; ` +
      `recommendation ${Math.round(recommendation.throughputRatio * 100)} %, p99 ${recommendation.bff.latencyMs.p99} ms; ` +
      `GraphQL floor p99 ${floor.latencyMs.p99} ms\n`,
  );
}
process.stdout.write(`wrote ${files.join(', ')}\n`);
