import { Role } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { InstitutionPermission } from '../../src/core-modules/auth/auth-user';
import type { RequestMeta } from '../../src/infra/http/request-context';
import { FieldCipher } from '../../src/infra/crypto/field-cipher';
import { seedId } from '../../src/infra/database/deterministic-id';
import { USER_ACCOUNT_FIELDS } from '../../src/modules/accounts/user-account-fields';
import { UserAccountEntity } from '../../src/modules/accounts/user-account.entity';
import { SessionsService, type IssuedTokens } from '../../src/core-modules/auth/sessions/sessions.service';
import { DEMO_INSTITUTION_KEY } from '../../src/seed/data/accounts';
import type { GraphqlResponse, TestApp } from './test-app';

export const TEST_META: RequestMeta = { ip: '127.0.0.1', userAgent: 'jest' };

/** The seeded bank that institution staff created by the tests belong to (needs a seeded app). */
export const TEST_INSTITUTION_ID = seedId('institution', DEMO_INSTITUTION_KEY);

export interface TestUserSpec {
  role: Role;
  permissions?: InstitutionPermission[];
  institutionId?: string | null;
  displayName?: string;
  username?: string;
  /** A real hash (hashPassword) when the test signs in with a password; otherwise one that never verifies. */
  passwordHash?: string;
  mustChangePassword?: boolean;
  /** The TOTP secret (base32), stored encrypted for the new row; none when absent. */
  totpSecret?: string;
}

/** A user row written directly (no login flow), for tests that need a caller of a given role. */
export async function createUser(t: TestApp, spec: TestUserSpec): Promise<string> {
  const id = randomUUID();
  const staff = spec.role === Role.INSTITUTION_STAFF;
  await t.dataSource.manager.insert(UserAccountEntity, {
    id,
    username: spec.username ?? `test-${id.slice(0, 8)}`,
    displayName: spec.displayName ?? `测试${spec.role}`,
    role: spec.role,
    permissions: spec.permissions ?? [],
    institutionId: spec.institutionId === undefined ? (staff ? TEST_INSTITUTION_ID : null) : spec.institutionId,
    passwordHash: spec.passwordHash ?? 'pbkdf2-sm3$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    mustChangePassword: spec.mustChangePassword ?? false,
    totpSecretCipher: spec.totpSecret === undefined ? null : t.app.get(FieldCipher).seal(USER_ACCOUNT_FIELDS.totpSecret, { id }, spec.totpSecret),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  return id;
}

/** Issues a session for the user through SessionsService, as a login would. */
export function signIn(t: TestApp, userId: string, activeEnterpriseId: string | null = null): Promise<IssuedTokens> {
  const sessions = t.app.get(SessionsService);
  return t.dataSource.transaction((manager) => sessions.issue(manager, { userId, activeEnterpriseId, meta: TEST_META }));
}

/** A fresh user of `spec` and its tokens. */
export async function signedInUser(t: TestApp, spec: TestUserSpec): Promise<{ userId: string; tokens: IssuedTokens }> {
  const userId = await createUser(t, spec);
  return { userId, tokens: await signIn(t, userId) };
}

/** A GraphQL request with `Authorization: Bearer <token>` (none when token is null). */
export async function gqlAs<T = Record<string, unknown>>(
  t: TestApp,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlResponse<T>> {
  let call = request(t.http).post('/graphql').set('Content-Type', 'application/json');
  if (token) call = call.set('Authorization', `Bearer ${token}`);
  const response = await call.send({ query, variables });
  const body = (response.body ?? {}) as Omit<GraphqlResponse<T>, 'status' | 'text'>;
  return { status: response.status, text: response.text, ...body };
}

export function errorCode(response: Pick<GraphqlResponse<unknown>, 'errors'>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
