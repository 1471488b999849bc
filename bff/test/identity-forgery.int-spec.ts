import type { JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { errorCode } from './support/auth';
import { foreignKey, signIdToken, startFakeProvider, type FakeProvider, type SigningKey } from './support/fake-provider';
import { beginLogin, completeLogin, enterpriseIdentities, loginRowCounts, startMock, type RunningMock } from './support/identity';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const CLIENT_ID = 'rongtong-bff';

/**
 * Attacks the real mock never performs, through a stand-in issuer whose token endpoint answers with the
 * id_token each test mints; its JWKS is the real mock's, so only the mock's published keys verify.
 */
describe.each(DIALECTS)('forged and mismatched id_tokens (%s)', (dialect) => {
  let mock: RunningMock;
  let fake: FakeProvider;
  let t: TestApp;
  let realKey: SigningKey;
  const [identity] = enterpriseIdentities();

  beforeAll(async () => {
    mock = await startMock();
    fake = await startFakeProvider(mock);
    t = await createTestApp({ dialect, env: { MOCK_SERVER_URL: mock.url, OIDC_ISSUER: fake.issuer } });
    realKey = await mock.server.mock.identity.keys.activeKey();
  });

  afterAll(async () => {
    await t?.close();
    await fake?.close();
    await mock?.close();
  });

  function claims(nonce: string, overrides: JWTPayload = {}): JWTPayload {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: fake.issuer,
      aud: CLIENT_ID,
      sub: identity.sub,
      iat: now,
      exp: now + 300,
      auth_time: now,
      nonce,
      name: identity.name,
      phone_number: identity.phone,
      resident_id: identity.residentId,
      uscc: identity.uscc,
      enterprise_name: identity.enterpriseName,
      relation: identity.relation,
      ...overrides,
    };
  }

  /** Starts a login, lets the fake token endpoint answer with `mint(nonce)`, completes it. */
  async function attempt(mint: (nonce: string) => Promise<string>) {
    const { authorizeUrl, state } = await beginLogin(t);
    const nonce = new URL(authorizeUrl).searchParams.get('nonce') ?? '';
    fake.mint = () => mint(nonce);
    // A fresh code each time: the BFF refuses a code it has presented before (a replay) without asking the platform.
    return completeLogin(t, state, `code-from-the-fake-${randomUUID()}`);
  }

  async function expectRefused(mint: (nonce: string) => Promise<string>): Promise<void> {
    const before = await loginRowCounts(t.dataSource);
    const response = await attempt(mint);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('身份凭证校验未通过，请重新登录');
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  }

  it('accepts a well-formed token signed with a published key (the control case)', async () => {
    const response = await attempt((nonce) => signIdToken(claims(nonce), realKey));
    expect(response.errors).toBeUndefined();
    expect(response.data?.completeUnifiedLogin.me.activeEnterprise?.uscc).toBe(identity.uscc);
  });

  it('refuses a token signed with a key that is not in the JWKS', async () => {
    const forger = await foreignKey();
    await expectRefused((nonce) => signIdToken(claims(nonce), forger));
  });

  it('refuses a token signed with another key under a published kid', async () => {
    const forger = await foreignKey(realKey.kid);
    await expectRefused((nonce) => signIdToken(claims(nonce), forger));
  });

  it('refuses a token whose nonce is not the login request’s', async () => {
    await expectRefused(() => signIdToken(claims('another-login-nonce'), realKey));
  });

  it('refuses a token without a nonce in the browser flow', async () => {
    await expectRefused(() => signIdToken(claims('', { nonce: undefined }), realKey));
  });

  it('refuses a token for another audience or from another issuer', async () => {
    await expectRefused((nonce) => signIdToken(claims(nonce, { aud: 'someone-else' }), realKey));
    await expectRefused((nonce) => signIdToken(claims(nonce, { iss: 'http://127.0.0.1:1/oidc' }), realKey));
  });

  it('refuses an HS256 token keyed with the client secret (algorithm confusion)', async () => {
    const secret = { kid: realKey.kid, privateKey: new TextEncoder().encode('rongtong-dev-secret') } as unknown as SigningKey;
    await expectRefused((nonce) => signIdToken(claims(nonce), secret, 'HS256'));
  });

  it('refuses an unsigned token (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await expectRefused(async (nonce) => `${header}.${Buffer.from(JSON.stringify(claims(nonce))).toString('base64url')}.`);
  });

  it('gives up on a token endpoint that does not answer within 5 seconds', async () => {
    const before = await loginRowCounts(t.dataSource);
    const started = Date.now();
    const response = await attempt(() => new Promise<string>(() => undefined));
    expect(errorCode(response)).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeGreaterThanOrEqual(4900);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await loginRowCounts(t.dataSource)).toEqual(before);
  });

  it('refuses a token whose claims are malformed (invalid USCC)', async () => {
    await expectRefused((nonce) => signIdToken(claims(nonce, { uscc: '91341200MA2XXXXXX0' }), realKey));
  });
});

describe('an unreachable identity platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Port 9 (discard) on the loopback interface: nothing listens, the connection is refused at once.
    t = await createTestApp({ dialect: 'sqlite', seed: false, env: { OIDC_ISSUER: 'http://127.0.0.1:9/oidc' } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers SERVICE_UNAVAILABLE and stores no login request', async () => {
    const response = await t.gql('mutation { beginUnifiedLogin(redirectUri: "http://localhost:10086/cb") { state } }');
    expect(errorCode(response)).toBe('SERVICE_UNAVAILABLE');
    expect(response.errors?.[0]?.message).toBe('统一身份认证平台暂时无法访问，请稍后再试');
    expect(await t.dataSource.query('SELECT id FROM oidc_login_requests')).toEqual([]);
  });
});
