import { DataSource, Role } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { RATE_LIMIT_QUOTAS } from '../../src/infra/rate-limit/rate-limit-quotas';
import { EnterpriseRelation } from '../../src/modules/enterprises/enterprise-relation';
import { EnterprisesService } from '../../src/modules/enterprises/enterprises.service';
import { errorCode, gqlAs, signedInUser, signIn } from '../support/auth';
import { enterpriseActor, granted, type EnterpriseActor } from '../support/consents';
import { createGovDataTestApp, govCalls, REFRESH, startGovMock } from '../support/gov-data';
import type { RunningMock } from '../support/identity';
import { DIALECTS, type TestApp } from '../support/test-app';

/**
 * refreshGovernmentData asked for by the wrong people, for the wrong enterprise, with malformed input or far more
 * often than a person would: refused before anything is fetched (mock-server's request log stays empty), and a flood
 * costs the exchange at most one call per consented source. The real per-enterprise quota applies here.
 */
describe.each(DIALECTS)('refreshGovernmentData from a hostile client (%s)', (dialect) => {
  let t: TestApp;
  let mock: RunningMock;

  beforeAll(async () => {
    mock = await startGovMock();
    t = await createGovDataTestApp(mock, {
      dialect,
      // The real per-enterprise quota; every request of this file comes from one address, so not its per-IP one.
      rateLimit: {
        quotas: { ...RATE_LIMIT_QUOTAS, govDataRefresh: { ...RATE_LIMIT_QUOTAS.govDataRefresh, perIp: { points: 1_000, seconds: 60 } } },
        keyPrefix: `rongtong-test:${randomUUID()}`,
      },
    });
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await mock?.close();
  });

  beforeEach(() => mock.server.mock.gov.requests.clear());

  const refresh = (token: string | null, enterpriseId: unknown) => gqlAs(t, token, REFRESH, { id: enterpriseId });
  const dataUseRows = async (enterpriseId: string): Promise<number> => {
    const rows = (await t.dataSource.query('SELECT COUNT(*) AS n FROM data_use_records WHERE enterprise_id = ? AND kind = ?', [enterpriseId, 'FETCH'])) as Array<{ n: number | string }>;
    return Number(rows[0]?.n);
  };

  /** An enterprise with the platform consented to market registration and tax. */
  async function consentedEnterprise(): Promise<EnterpriseActor> {
    const actor = await enterpriseActor(t);
    await granted(t, actor, { sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX] });
    return actor;
  }

  it("refuses another enterprise's refresh: FORBIDDEN, nothing fetched, nothing recorded", async () => {
    const victim = await consentedEnterprise();
    const attacker = await enterpriseActor(t);
    const response = await refresh(attacker.token, victim.enterpriseId);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
    expect(govCalls(mock)).toEqual([]);
    expect(await dataUseRows(victim.enterpriseId)).toBe(0);
  });

  it('refuses an enterprise the user is bound to but not acting for, and one whose binding was withdrawn', async () => {
    const first = await consentedEnterprise();
    const second = await consentedEnterprise();
    const both = await enterpriseActor(t, { enterpriseId: first.enterpriseId });
    await t.dataSource.transaction((manager) => t.app.get(EnterprisesService).bind(manager, both.userId, second.enterpriseId, EnterpriseRelation.AGENT));
    expect(errorCode(await refresh(both.token, second.enterpriseId))).toBe('FORBIDDEN');

    await t.dataSource.transaction((manager) => t.app.get(EnterprisesService).deactivateAllBut(manager, both.userId, null, new Date()));
    expect(errorCode(await refresh(both.token, first.enterpriseId))).toBe('FORBIDDEN');
    expect(govCalls(mock)).toEqual([]);
  });

  it('refuses anonymous callers and every staff role before the resolver', async () => {
    const victim = await consentedEnterprise();
    expect(errorCode(await refresh(null, victim.enterpriseId))).toBe('UNAUTHENTICATED');
    for (const role of [Role.OPERATOR, Role.GOV_OFFICER, Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN]) {
      const { tokens } = await signedInUser(t, { role });
      expect(errorCode(await refresh(tokens.accessToken, victim.enterpriseId))).toBe('FORBIDDEN');
    }
    const { tokens } = await signedInUser(t, { role: Role.INSTITUTION_STAFF, permissions: ['INSTITUTION_ADMIN'] });
    expect(errorCode(await refresh(tokens.accessToken, victim.enterpriseId))).toBe('FORBIDDEN');
    expect(govCalls(mock)).toEqual([]);
  });

  it('answers malformed ids with a field error, and a session without an enterprise with FORBIDDEN', async () => {
    const actor = await consentedEnterprise();
    for (const id of ['not-a-uuid', `${actor.enterpriseId}' OR '1'='1`, 'x'.repeat(10_000), '']) {
      const response = await refresh(actor.token, id);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields).toEqual([{ field: 'enterpriseId', message: '企业编号格式不正确' }]);
    }
    expect(errorCode(await refresh(actor.token, 42))).toBe('BAD_USER_INPUT');
    const unassigned = (await signIn(t, actor.userId, null)).accessToken;
    expect(errorCode(await refresh(unassigned, actor.enterpriseId))).toBe('FORBIDDEN');
    expect(govCalls(mock)).toEqual([]);
  });

  it('costs the exchange one call per consented source however many refreshes arrive at once', async () => {
    const actor = await consentedEnterprise();
    const answers = await Promise.all(Array.from({ length: 5 }, () => refresh(actor.token, actor.enterpriseId)));
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    const calls = govCalls(mock);
    expect(calls.map((call) => call.source).sort()).toEqual([DataSource.MARKET_REGISTRATION, DataSource.TAX]);
  });

  it('rate-limits a flood per enterprise: 429 once its quota is spent, with no further fetching', async () => {
    const actor = await consentedEnterprise();
    const quota = RATE_LIMIT_QUOTAS.govDataRefresh.perAccount?.points ?? 0;
    expect(quota).toBeGreaterThan(0);
    const answers = [];
    for (let i = 0; i < quota + 3; i += 1) answers.push(await refresh(actor.token, actor.enterpriseId));
    expect(answers.slice(0, quota).every((answer) => answer.errors === undefined)).toBe(true);
    for (const answer of answers.slice(quota)) {
      expect(answer.status).toBe(429);
      expect(errorCode(answer)).toBe('RATE_LIMITED');
    }
    // Replays within the minute were answered from what was just fetched.
    expect(govCalls(mock)).toHaveLength(2);
    // Another enterprise's quota is its own.
    const other = await consentedEnterprise();
    expect((await refresh(other.token, other.enterpriseId)).errors).toBeUndefined();
  });
});
