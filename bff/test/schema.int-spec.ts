import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../src/infra/config/repo-root';
import { buildSdl, printSortedSchema, SCHEMA_FILE_HEADER } from '../src/schema-sdl';
import { createTestApp, type TestApp } from './support/test-app';

describe('GraphQL schema', () => {
  let emitted: string;
  let t: TestApp;

  beforeAll(async () => {
    emitted = await buildSdl();
    t = await createTestApp({ dialect: 'sqlite', seed: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('matches the committed shared/schema.graphql', () => {
    const committed = readFileSync(join(findRepoRoot(), 'shared', 'schema.graphql'), 'utf8');
    if (committed !== `${SCHEMA_FILE_HEADER}${emitted}`) {
      throw new Error('shared/schema.graphql is stale: run `npm run schema -w @rongtong/bff` and commit the result');
    }
  });

  it('is the schema the running app serves (no resolver missing from SCHEMA_RESOLVERS)', () => {
    expect(printSortedSchema(t.app.get(GraphQLSchemaHost).schema)).toBe(emitted);
  });
});
