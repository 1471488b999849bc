// Child process of the benchmarks: the compiled BFF on the database in DATABASE_URL, with the demo data and,
// when BENCH_PRODUCTS > 0, that many generated products. Once it listens it prints one JSON line:
// {"port", "search", "captured"} — `search` lists the page + count SQL of each of BENCH_QUERIES (arguments of
// `products`), `captured` maps each name of BENCH_CAPTURE ({name: GraphQL request body}) to the statements
// one such request issued.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { generateProducts } from './generate-products.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { createApp } = require('../dist/src/app.factory.js');
const { loadConfig } = require('../dist/src/infra/config/load-config.js');
const { createLogger } = require('../dist/src/infra/logging/logger.js');
const { ProductsRepository } = require('../dist/src/modules/products/products.repository.js');
const { productSortSpec } = require('../dist/src/modules/products/product-sorts.js');
const { ProductSearchIndexer } = require('../dist/src/modules/products/search/product-search-indexer.js');
const { ProductEntity } = require('../dist/src/modules/products/product.entity.js');
const { DataSource } = require('typeorm');

// Production requires real secrets; a benchmark run gets throwaway ones unless the environment sets them.
const secrets = {
  OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
  DATA_ENCRYPTION_KEYS: `bench:${randomBytes(48).toString('base64')}`,
  DATA_ENCRYPTION_ACTIVE_KEY: 'bench',
  BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  AUDIT_CHAIN_KEY: randomBytes(32).toString('base64'),
  TOKEN_HASH_KEY: randomBytes(32).toString('base64'),
};
const env = { ...secrets, ...process.env, SEED_ON_START: 'true', NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
const config = loadConfig(env);
const app = await createApp(config, createLogger(config.logLevel));
const dataSource = app.get(DataSource);

const products = Number(process.env.BENCH_PRODUCTS ?? 0);
if (products > 0) await generateProducts(dataSource, ProductEntity, products, app.get(ProductSearchIndexer));

const queries = JSON.parse(process.env.BENCH_QUERIES ?? '[]');
const search = queries.map((query) =>
  app.get(ProductsRepository).sqlFor({ filter: query.filter, sort: productSortSpec(query.sort, query.filter?.keyword), limit: query.first + 1 }),
);

await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address();

/** The statements one request issues, read off TypeORM's logger hook (it is called for every query). */
async function capture(body) {
  const logger = dataSource.logger;
  const statements = [];
  const recording = Object.create(logger);
  recording.logQuery = (sql, parameters) => statements.push([sql, parameters ?? []]);
  dataSource.logger = recording;
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const result = await response.json();
    if (result.errors) throw new Error(`capture failed: ${JSON.stringify(result.errors)}`);
  } finally {
    dataSource.logger = logger;
  }
  return statements;
}

const captured = {};
for (const [name, body] of Object.entries(JSON.parse(process.env.BENCH_CAPTURE ?? '{}'))) {
  await capture(body); // the first request may load caches; capture the steady state
  captured[name] = await capture(body);
}
process.stdout.write(`${JSON.stringify({ port, search, captured })}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
