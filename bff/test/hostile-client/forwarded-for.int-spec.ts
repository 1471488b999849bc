import request from 'supertest';
import { HTTP_PLATFORMS } from '../../src/infra/config/app-config';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity';
import { AuditAction } from '../../src/modules/audit/audit-action';
import { SessionEntity } from '../../src/core-modules/auth/sessions/session.entity';
import { DEMO_PASSWORD } from '../../src/seed/data/accounts';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/**
 * A client that writes its own X-Forwarded-For must not choose the address the audit log and the session
 * record: only a proxy listed in TRUSTED_PROXIES is believed, and then only for the hop it added.
 */
const LOGIN = 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { step } }';
const FORGED = '203.0.113.7';

async function loginFrom(t: TestApp, forwardedFor: string, password: string): Promise<number> {
  const response = await request(t.http)
    .post('/graphql')
    .set('Content-Type', 'application/json')
    .set('X-Forwarded-For', forwardedFor)
    .send({ query: LOGIN, variables: { u: 'yinghuai-admin', p: password } });
  return response.status;
}

async function auditedIps(t: TestApp, action: AuditAction): Promise<Array<string | null>> {
  const rows = await t.dataSource.getRepository(AuditLogEntity).find({ where: { action }, order: { seq: 'ASC' } });
  return rows.map((row) => row.ip);
}

async function sessionIps(t: TestApp): Promise<Array<string | null>> {
  return (await t.dataSource.getRepository(SessionEntity).find()).map((session) => session.ip);
}

describe.each(DIALECTS)('hostile client: forged X-Forwarded-For (%s)', (dialect) => {
  describe.each(HTTP_PLATFORMS)('on %s', (platform) => {
    describe('without TRUSTED_PROXIES', () => {
      let t: TestApp;
      beforeAll(async () => {
        t = await createTestApp({ dialect, platform });
      });
      afterAll(async () => {
        await t?.close();
      });

      it('records the socket peer, not the forged address, for a failed and a successful login', async () => {
        expect(await loginFrom(t, FORGED, 'wrong-password-1')).toBe(200);
        expect(await loginFrom(t, `${FORGED}, 198.51.100.9`, DEMO_PASSWORD)).toBe(200);
        expect(await auditedIps(t, AuditAction.LOGIN_FAILED)).toEqual(['127.0.0.1']);
        expect(await auditedIps(t, AuditAction.LOGIN)).toEqual(['127.0.0.1']);
        expect(await sessionIps(t)).toEqual(['127.0.0.1']);
      });
    });

    describe('with TRUSTED_PROXIES=127.0.0.1 (the proxy on this host)', () => {
      let t: TestApp;
      beforeAll(async () => {
        t = await createTestApp({ dialect, platform, env: { TRUSTED_PROXIES: '127.0.0.1' } });
      });
      afterAll(async () => {
        await t?.close();
      });

      it('records the address the proxy forwarded, and not what the client put before it', async () => {
        expect(await loginFrom(t, FORGED, 'wrong-password-1')).toBe(200);
        // The client sent "X-Forwarded-For: 198.51.100.9"; the proxy appended the peer it saw (203.0.113.7).
        expect(await loginFrom(t, `198.51.100.9, ${FORGED}`, DEMO_PASSWORD)).toBe(200);
        expect(await auditedIps(t, AuditAction.LOGIN_FAILED)).toEqual([FORGED]);
        expect(await auditedIps(t, AuditAction.LOGIN)).toEqual([FORGED]);
        expect(await sessionIps(t)).toEqual([FORGED]);
      });
    });
  });
});
