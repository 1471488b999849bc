// npm run bench -w @rongtong/bff — DESIGN §11 on 5,000 generated and indexed products, on SQLite and, when
// BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306) answers, on MySQL:
//  - product search: a mix of 12 searches (two-character and longer keywords with filters, filters alone,
//    every sort), each connection cycling through them, pages of 20;
//  - recommendation: a mix of 6 enterprise profiles (region, industry, scale, years) with amount, term,
//    preferences and expected rate, each ranked over the whole catalogue; and the same 6 requests from a signed-in
//    enterprise user, whose profile comes from its enterprise's record (a session read and an enterprise read more);
// each through the BFF as deployed (NODE_ENV=production, operations sent by hash from its safelist, to which the
// benchmark adds its own: lib.mjs registerOperations) and through a bare
// node:http + driver server issuing the same SQL. Search is measured twice through the BFF: with its
// catalogue caches (the default) and with them off (CATALOGUE_CACHE_ENTRIES=0, every search on SQL as the
// bare server). The GraphQL floor `{ __typename }` (no database) shows what 50 concurrent clients cost this
// machine before any work. Writes bench/results/products-query.json and recommendation.json and prints a
// table. Not a test. Then the scoring engine's benchmark (bench/scoring.mjs): see the end of this file.
import {
  load,
  mysqlDatabase,
  persistedBody,
  printTable,
  registerOperations,
  sqliteDatabase,
  startServer,
  stopServer,
  writeResults,
} from './lib.mjs';

const PRODUCT_COUNT = 5000;
const WAN = 1_000_000;
const SEARCHES = [
  { filter: { keyword: '惠农', categories: ['CREDIT', 'GUARANTEE', 'IP_PLEDGE'], amountFen: 2 * WAN, onlineApplyOnly: true }, sort: 'NEWEST' },
  { filter: { keyword: '科创', maxRateBp: 800 }, sort: 'RATE_ASC' },
  { filter: { keyword: '抵押', termMonths: 24 }, sort: 'AMOUNT_DESC' },
  { filter: { keyword: '订单融资', guaranteeMethods: ['PLEDGE'] }, sort: 'POPULARITY' },
  { filter: { keyword: '阜阳' }, sort: 'RELEVANCE' },
  { filter: { keyword: '担保快贷', regionCode: '341202' }, sort: 'NEWEST' },
  { filter: { keyword: '税易贷', institutionTypes: ['BANK'] }, sort: 'RATE_ASC' },
  { filter: { categories: ['CREDIT'], regionCode: '341202', industryCode: 'C' }, sort: 'RATE_ASC' },
  { filter: { institutionTypes: ['BANK', 'MICROLOAN'], amountFen: 50 * WAN }, sort: 'NEWEST' },
  { filter: { repaymentMethods: ['INTEREST_FIRST'], onlineApplyOnly: true }, sort: 'POPULARITY' },
  { filter: { categories: ['LEASING', 'FACTORING'], termMonths: 36 }, sort: 'AMOUNT_DESC' },
  { filter: null, sort: 'NEWEST' },
].map((search) => ({ ...search, first: 20 }));
const SEARCH_QUERY = `query SearchProducts($filter: ProductFilter, $sort: ProductSort, $first: Int) {
  products(filter: $filter, sort: $sort, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name category minAmountFen maxAmountFen minRateBp maxRateBp onlineApply institution { id name type } } }
  }
}`;
/** Profiles a logged-in enterprise brings (region, industry, scale, years), given explicitly. */
const RECOMMENDATIONS = [
  { amountFen: 200 * WAN, termMonths: 12, preferences: ['LOW_RATE', 'NO_COLLATERAL'], expectedRateBp: 450, regionCode: '341202', industryCode: 'C', scale: 'SMALL', yearsInBusiness: 3 },
  { amountFen: 50 * WAN, termMonths: 6, preferences: ['FAST', 'ONLINE'], expectedRateBp: null, regionCode: '341221', industryCode: 'A', scale: 'MICRO', yearsInBusiness: 1 },
  { amountFen: 1000 * WAN, termMonths: 36, preferences: ['HIGH_AMOUNT'], expectedRateBp: 600, regionCode: '341203', industryCode: '39', scale: 'MEDIUM', yearsInBusiness: 8 },
  { amountFen: 30 * WAN, termMonths: 12, preferences: [], expectedRateBp: 500, regionCode: '340100', industryCode: 'F', scale: 'MICRO', yearsInBusiness: 0 },
  { amountFen: 300 * WAN, termMonths: 24, preferences: ['LOW_RATE', 'HIGH_AMOUNT', 'NO_COLLATERAL'], expectedRateBp: 400, regionCode: '341202', industryCode: 'G', scale: 'SMALL', yearsInBusiness: 5 },
  { amountFen: 100 * WAN, termMonths: 18, preferences: ['NO_COLLATERAL', 'ONLINE'], expectedRateBp: 550, regionCode: null, industryCode: null, scale: null, yearsInBusiness: null },
];
/** The register details of the signed-in enterprise of the signed-in recommendation case. */
const ENTERPRISE_PROFILE = { regionCode: '341202', industryCode: '39', scale: 'SMALL', establishedOn: '2021-03-15' };
const RECOMMENDATION_QUERY = `query Recommend($input: RecommendationInput!) {
  recommendProducts(input: $input) {
    recommended { score matchedConditions matchedPreferences product { id name minRateBp maxAmountFen institution { name } } }
    nearMisses { score reasons product { id name } }
  }
}`;

const FLOOR_QUERY = 'query Floor { __typename }';
const SAFELIST_FILE = registerOperations([SEARCH_QUERY, RECOMMENDATION_QUERY, FLOOR_QUERY]);
const graphqlBody = persistedBody;
const bodies = {
  search: SEARCHES.map((variables) => graphqlBody(SEARCH_QUERY, variables, 'SearchProducts')),
  recommendation: RECOMMENDATIONS.map((input) => graphqlBody(RECOMMENDATION_QUERY, { input }, 'Recommend')),
  signedInRecommendation: RECOMMENDATIONS.map(({ amountFen, termMonths, preferences, expectedRateBp }) =>
    graphqlBody(RECOMMENDATION_QUERY, { input: { amountFen, termMonths, preferences, expectedRateBp } }, 'Recommend'),
  ),
  floor: persistedBody(FLOOR_QUERY, undefined, 'Floor'),
};

async function measureBare(database, sql, label) {
  const bare = await startServer('serve-bare.mjs', { DATABASE_URL: database.url, BENCH_SQL: JSON.stringify(sql) });
  try {
    return await load(`http://127.0.0.1:${bare.info.port}/`, sql.cases.map((_, index) => JSON.stringify({ case: index })), label);
  } finally {
    await stopServer(bare);
  }
}

/** Starts the BFF as deployed on `database`, runs `measure(graphqlUrl, info)` and stops it. */
async function withBff(database, extraEnv, measure) {
  const env = {
    DATABASE_URL: database.url,
    NODE_ENV: 'production',
    PERSISTED_OPERATIONS_FILE: SAFELIST_FILE,
    BENCH_PRODUCTS: String(PRODUCT_COUNT),
    BENCH_QUERIES: JSON.stringify(SEARCHES),
    BENCH_CAPTURE: JSON.stringify({
      recommendation: { body: bodies.recommendation[0], signedIn: false },
      signedInRecommendation: { body: bodies.signedInRecommendation[0], signedIn: true },
    }),
    BENCH_ENTERPRISE_PROFILE: JSON.stringify(ENTERPRISE_PROFILE),
    ...extraEnv,
  };
  const app = await startServer('serve-app.mjs', env);
  try {
    return await measure(`http://127.0.0.1:${app.info.port}/graphql`, app.info);
  } finally {
    await stopServer(app);
  }
}

async function measure(dialect, database) {
  const bff = await withBff(database, {}, async (graphql, info) => ({
    info,
    floor: await load(graphql, bodies.floor, `${dialect} BFF { __typename }`),
    search: await load(graphql, bodies.search, `${dialect} BFF search`),
    recommendation: await load(graphql, bodies.recommendation, `${dialect} BFF recommendation`),
    signedInRecommendation: await load(graphql, bodies.signedInRecommendation, `${dialect} BFF recommendation, signed in`, {
      authorization: `Bearer ${info.enterpriseToken}`,
    }),
  }));
  const uncached = await withBff(database, { CATALOGUE_CACHE_ENTRIES: '0' }, (graphql) =>
    load(graphql, bodies.search, `${dialect} BFF search, caches off`),
  );
  const searchSql = { mode: 'parallel', cases: bff.info.search.map(({ page, count }) => [page, count]) };
  const bareSearch = await measureBare(database, searchSql, `${dialect} bare search`);
  const recommendationSql = { mode: 'sequence', cases: [bff.info.captured.recommendation] };
  const bareRecommendation = await measureBare(database, recommendationSql, `${dialect} bare recommendation`);
  return {
    dialect,
    floor: bff.floor,
    search: {
      bff: bff.search,
      bffCachesOff: uncached,
      bare: bareSearch,
      sql: searchSql.cases[0].map(([sql]) => sql),
      throughputRatio: ratio(bff.search, bareSearch),
      throughputRatioCachesOff: ratio(uncached, bareSearch),
    },
    recommendation: {
      bff: bff.recommendation,
      bffSignedIn: bff.signedInRecommendation,
      signedInSql: bff.info.captured.signedInRecommendation.map(([sql]) => sql),
      bare: bareRecommendation,
      sql: recommendationSql.cases[0].map(([sql]) => sql),
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
  writeResults('products-query.json', {
    products: PRODUCT_COUNT,
    searches: SEARCHES,
    targets: { throughputRatio: 0.5, p99Ms: 50 },
    results: pick('search'),
  }),
  writeResults('recommendation.json', {
    products: PRODUCT_COUNT,
    inputs: RECOMMENDATIONS,
    signedInEnterprise: ENTERPRISE_PROFILE,
    targets: { p99Ms: 80 },
    results: pick('recommendation'),
  }),
];
printTable(
  results.flatMap(({ floor, search, recommendation }) => [
    floor,
    search.bff,
    search.bffCachesOff,
    search.bare,
    recommendation.bff,
    recommendation.bffSignedIn,
    recommendation.bare,
  ]),
);
const percent = (value) => `${Math.round(value * 100)} %`;
for (const { dialect, search, recommendation, floor } of results) {
  process.stdout.write(
    `${dialect}: search ${percent(search.throughputRatio)} of the bare server, p99 ${search.bff.latencyMs.p99} ms ` +
      `(caches off: ${percent(search.throughputRatioCachesOff)}, p99 ${search.bffCachesOff.latencyMs.p99} ms); ` +
      `recommendation p99 ${recommendation.bff.latencyMs.p99} ms (signed in: ${recommendation.bffSignedIn.latencyMs.p99} ms); ` +
      `GraphQL floor p99 ${floor.latencyMs.p99} ms\n`,
  );
}
process.stdout.write(`wrote ${files.join(', ')}\n`);

// The scoring rows of DESIGN §11 (the engine against XGBoost and scikit-learn, inference, one score's latency):
// bench/scoring.mjs, alone as `npm run bench:scoring`. `tsc -b tsconfig.build.json` above compiled the engine.
process.stdout.write('\n— scoring engine —\n');
await import('./scoring.mjs');
