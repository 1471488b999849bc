import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectOperationDeclarations, permissionSnapshot, type OperationDeclaration } from '../src/core-modules/auth/guards/operation-declarations';
import { createTestApp, type TestApp } from './support/test-app';

const SNAPSHOT = join(__dirname, '__snapshots__', 'permissions.txt');
const UPDATE = process.env.UPDATE_PERMISSIONS_SNAPSHOT === '1';

/**
 * Habit 1 of the conventions: every operation declares who may call it. This test fails naming any
 * operation without a declaration, and compares all declarations with the committed snapshot so a
 * permission change shows up in review. `UPDATE_PERMISSIONS_SNAPSHOT=1 npx jest test/permissions.int-spec.ts`
 * rewrites the snapshot.
 */
describe('access declarations', () => {
  let t: TestApp;
  let schemaOperations: string[];
  let declarations: OperationDeclaration[];

  beforeAll(async () => {
    t = await createTestApp({ dialect: 'sqlite', seed: false });
    const schema = t.app.get(GraphQLSchemaHost).schema;
    schemaOperations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []))
      .sort();
    declarations = collectOperationDeclarations(t.app.get(DiscoveryService), t.app.get(MetadataScanner));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('finds the resolver method of every Query, Mutation and Subscription field of the schema', () => {
    const found = declarations.map((declaration) => declaration.operation).filter((operation) => operation.includes('.'));
    expect(schemaOperations.filter((operation) => !found.includes(operation))).toEqual([]);
    expect(found.filter((operation) => !schemaOperations.includes(operation))).toEqual([]);
    expect(new Set(found).size).toBe(found.length);
  });

  it('has an access declaration on every operation', () => {
    const undeclared = declarations.filter((declaration) => !declaration.rule).map((declaration) => `${declaration.operation} (${declaration.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('matches the committed snapshot test/__snapshots__/permissions.txt', () => {
    const current = permissionSnapshot(declarations);
    if (UPDATE) writeFileSync(SNAPSHOT, current);
    const committed = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : '';
    if (committed !== current) {
      throw new Error(
        `access declarations differ from the snapshot; review the change and run UPDATE_PERMISSIONS_SNAPSHOT=1 npx jest test/permissions.int-spec.ts\n` +
          `--- committed\n${committed}--- current\n${current}`,
      );
    }
  });

  it('covers the REST handlers too', () => {
    expect(declarations.filter((declaration) => !declaration.operation.includes('.')).map((declaration) => declaration.operation)).toEqual([
      'GET /api/files/:id',
      'GET /api/loan-applications/materials/:id',
      'GET /healthz',
      'GET /metrics',
      'POST /api/callbacks/face-verification',
      'POST /api/files/',
    ]);
  });
});
