// npm run bench:platform -w @rongtong/bff — the same BFF on Fastify and on Express (HTTP_PLATFORM), SQLite,
// driven with `{ __typename }` and `products(first: 20)`. Writes bench/results/http-platform.json.
import { HTTP_PLATFORMS } from '../dist/src/infra/config/app-config.js';
import { load, printTable, sqliteDatabase, startServer, stopServer, writeResults } from './lib.mjs';

const QUERIES = {
  typename: '{ __typename }',
  products: '{ products(first: 20) { totalCount edges { node { id name minAmountFen maxAmountFen minRateBp institution { name } } } } }',
};

const results = [];
for (const platform of HTTP_PLATFORMS) {
  const database = sqliteDatabase();
  const server = await startServer('serve-app.mjs', { DATABASE_URL: database.url, HTTP_PLATFORM: platform });
  try {
    for (const [name, query] of Object.entries(QUERIES)) {
      const url = `http://127.0.0.1:${server.info.port}/graphql`;
      results.push({ platform, query: name, ...(await load(url, JSON.stringify({ query }), `${platform} ${name}`)) });
    }
  } finally {
    await stopServer(server);
    await database.drop();
  }
}

const file = writeResults('http-platform.json', { database: 'sqlite', results });
printTable(results);
process.stdout.write(`wrote ${file}\n`);
