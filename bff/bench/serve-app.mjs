// Child process of the benchmarks: the compiled BFF as deployed (production) on the fresh database in DATABASE_URL,
// migrated at start, with the demo data set loaded through the Seeder as a benchmark fixture (a production start
// never loads it: SEED_ON_START brings only the reference data there) and,
// when BENCH_PRODUCTS > 0, that many generated products. Once it listens it prints one JSON line:
// {"port", "search", "enterpriseToken", "captured"} — `search` lists the page + count SQL of each of BENCH_QUERIES
// (arguments of `products`), `enterpriseToken` is the access token of the demo enterprise user acting for an
// enterprise with a full profile (BENCH_ENTERPRISE_PROFILE), `captured` maps each name of BENCH_CAPTURE ({name:
// {body, signedIn}}) to the statements one such request issued.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { generateProducts } from './generate-products.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { createApp } = require('../dist/src/app.factory.js');
const { loadConfig } = require('../dist/src/infra/config/load-config.js');
const { createLogger } = require('../dist/src/infra/logging/logger.js');
const { multipliedQuotas, RATE_LIMIT_QUOTAS } = require('../dist/src/infra/rate-limit/rate-limit-quotas.js');
const { ProductsRepository } = require('../dist/src/modules/products/products.repository.js');
const { productSortSpec } = require('../dist/src/modules/products/product-sorts.js');
const { ProductSearchIndexer } = require('../dist/src/modules/products/search/product-search-indexer.js');
const { ProductEntity } = require('../dist/src/modules/products/product.entity.js');
const { EnterprisesService } = require('../dist/src/modules/enterprises/enterprises.service.js');
const { EnterpriseEntity } = require('../dist/src/modules/enterprises/enterprise.entity.js');
const { EnterpriseRelation } = require('../dist/src/modules/enterprises/enterprise-relation.js');
const { UserAccountEntity } = require('../dist/src/modules/accounts/user-account.entity.js');
const { SessionsService } = require('../dist/src/core-modules/auth/sessions/sessions.service.js');
const { syntheticUscc } = require('@rongtong/shared');
const { Seeder } = require('../dist/src/seed/seeder.js');
const { DataSource } = require('typeorm');

// Production requires real secrets; a benchmark run gets throwaway ones unless the environment sets them.
const secrets = {
  OIDC_ISSUER: 'https://ids.example.gov.cn/oidc',
  LOGIN_REDIRECT_ORIGINS: 'https://rongtong.example.gov.cn',
  OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
  GOV_EXCHANGE_BASE_URL: 'https://data.example.gov.cn/exchange',
  GOV_EXCHANGE_APP_KEY: 'rongtong-bench',
  GOV_EXCHANGE_APP_SECRET: randomBytes(24).toString('base64url'),
  FACE_PROVIDER_BASE_URL: 'https://face.example.com/api',
  FACE_MERCHANT_ID: 'rongtong-bench',
  FACE_MERCHANT_SECRET: randomBytes(24).toString('base64url'),
  FACE_CALLBACK_URL: 'https://rongtong.example.gov.cn/api/callbacks/face-verification',
  DATA_ENCRYPTION_KEYS: `bench:${randomBytes(48).toString('base64')}`,
  DATA_ENCRYPTION_ACTIVE_KEY: 'bench',
  BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
  AUDIT_CHAIN_KEY: randomBytes(32).toString('base64'),
  TOKEN_HASH_KEY: randomBytes(32).toString('base64'),
};
const env = {
  ...secrets,
  ...process.env,
  SEED_ON_START: 'true',
  MIGRATE_ON_START: 'true',
  NODE_ENV: 'production',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
const config = loadConfig(env);
// The load comes from one address at thousands of requests a second: the limiter counts every request (its
// cost is measured) under quotas a million times the production ones.
const rateLimit = { quotas: multipliedQuotas(RATE_LIMIT_QUOTAS, 1_000_000) };
const app = await createApp(config, createLogger(config.logLevel), { rateLimit });
const dataSource = app.get(DataSource);
await app.get(Seeder).seedDemo();

const products = Number(process.env.BENCH_PRODUCTS ?? 0);
if (products > 0) await generateProducts(dataSource, ProductEntity, products, app.get(ProductSearchIndexer));

const queries = JSON.parse(process.env.BENCH_QUERIES ?? '[]');
const search = queries.map((query) =>
  app.get(ProductsRepository).sqlFor({ filter: query.filter, sort: productSortSpec(query.sort, query.filter?.keyword), limit: query.first + 1 }),
);

/**
 * The demo enterprise user signed in for an enterprise whose register details are `profile` (region, industry,
 * scale, establishedOn), as after a unified-identity login: its access token.
 */
async function enterpriseSession(profile) {
  return dataSource.transaction(async (manager) => {
    const enterprise = await app.get(EnterprisesService).upsertFromIdentity(manager, { uscc: syntheticUscc(4242), name: '阜阳市基准测试科技有限公司' });
    await manager.update(EnterpriseEntity, { id: enterprise.id }, profile);
    const user = await manager.findOneByOrFail(UserAccountEntity, { username: 'demo-enterprise' });
    await app.get(EnterprisesService).bind(manager, user.id, enterprise.id, EnterpriseRelation.LEGAL_REPRESENTATIVE);
    const meta = { ip: '127.0.0.1', userAgent: 'bench' };
    const tokens = await app.get(SessionsService).issue(manager, { userId: user.id, activeEnterpriseId: enterprise.id, meta });
    return tokens.accessToken;
  });
}
const enterpriseProfile = process.env.BENCH_ENTERPRISE_PROFILE;
const enterpriseToken = enterpriseProfile ? await enterpriseSession(JSON.parse(enterpriseProfile)) : null;

await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address();

/** The statements one request issues, read off TypeORM's logger hook (it is called for every query). */
async function capture({ body, signedIn }) {
  const logger = dataSource.logger;
  const statements = [];
  const recording = Object.create(logger);
  recording.logQuery = (sql, parameters) => statements.push([sql, parameters ?? []]);
  dataSource.logger = recording;
  try {
    const headers = { 'content-type': 'application/json', ...(signedIn ? { authorization: `Bearer ${enterpriseToken}` } : {}) };
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body });
    const result = await response.json();
    if (result.errors) throw new Error(`capture failed: ${JSON.stringify(result.errors)}`);
  } finally {
    dataSource.logger = logger;
  }
  return statements;
}

const captured = {};
for (const [name, request] of Object.entries(JSON.parse(process.env.BENCH_CAPTURE ?? '{}'))) {
  await capture(request); // the first request may load caches; capture the steady state
  captured[name] = await capture(request);
}
process.stdout.write(`${JSON.stringify({ port, search, enterpriseToken, captured })}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
