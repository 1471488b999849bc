// npm run bench:platform -w @rongtong/bff — the same BFF on Fastify and on Express (HTTP_PLATFORM), SQLite,
// driven with `{ __typename }` and `products(first: 20)`, sent by hash (registered on the BFF's safelist, as
// production runs nothing else). Writes bench/results/http-platform.json.
import { HTTP_PLATFORMS } from '../dist/src/infra/config/app-config.js';
import { load, persistedBody, printTable, registerOperations, sqliteDatabase, startServer, stopServer, writeResults } from './lib.mjs';

const QUERIES = {
  typename: { operationName: 'Typename', document: 'query Typename { __typename }' },
  products: {
    operationName: 'Products',
    document: 'query Products { products(first: 20) { totalCount edges { node { id name minAmountFen maxAmountFen minRateBp institution { name } } } } }',
  },
};
const SAFELIST_FILE = registerOperations(Object.values(QUERIES).map(({ document }) => document));

const results = [];
for (const platform of HTTP_PLATFORMS) {
  const database = sqliteDatabase();
  const server = await startServer('serve-app.mjs', { DATABASE_URL: database.url, HTTP_PLATFORM: platform, PERSISTED_OPERATIONS_FILE: SAFELIST_FILE });
  try {
    for (const [name, { operationName, document }] of Object.entries(QUERIES)) {
      const url = `http://127.0.0.1:${server.info.port}/graphql`;
      results.push({ platform, query: name, ...(await load(url, persistedBody(document, undefined, operationName), `${platform} ${name}`)) });
    }
  } finally {
    await stopServer(server);
    await database.drop();
  }
}

const file = writeResults('http-platform.json', { database: 'sqlite', results });
printTable(results);
process.stdout.write(`wrote ${file}\n`);
