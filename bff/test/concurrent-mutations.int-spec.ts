import { Role } from '@rongtong/shared';
import { UserAccountEntity } from '../src/modules/accounts/user-account.entity';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { gqlAs, signedInUser } from './support/auth';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateStaffAccountInput!) {
  createStaffAccount(input: $input) { account { id username } }
}`;

// Mutations that overlap in time must each commit whole: on SQLite (one shared connection) they are
// serialised, on MySQL the pool isolates them. Nothing may be lost, and the audit chain stays unbroken.
describe.each(DIALECTS)('overlapping mutations (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('commits every one of 12 concurrent account creations, with their audit records, and a failing one changes nothing', async () => {
    const { tokens } = await signedInUser(t, { role: Role.OPERATOR });
    const usersBefore = await t.dataSource.manager.count(UserAccountEntity);
    const auditsBefore = await t.dataSource.manager.count(AuditLogEntity);
    const usernames = Array.from({ length: 12 }, (_, i) => `concurrent-staff-${i}`);
    const inputs = usernames.map((username) => ({ username, displayName: '并发测试', role: Role.GOV_OFFICER }));
    // A duplicate username fails inside its own transaction while the others are in flight.
    inputs.splice(6, 0, { username: usernames[0] ?? '', displayName: '重复用户名', role: Role.GOV_OFFICER });

    const responses = await Promise.all(inputs.map((input) => gqlAs(t, tokens.accessToken, CREATE, { input })));

    const failed = responses.filter((response) => response.errors);
    expect(failed).toHaveLength(1);
    expect(await t.dataSource.manager.count(UserAccountEntity)).toBe(usersBefore + usernames.length);
    const created = await t.dataSource.manager.find(UserAccountEntity, { where: usernames.map((username) => ({ username })) });
    expect(created.map((user) => user.username).sort()).toEqual([...usernames].sort());
    expect(await t.dataSource.manager.count(AuditLogEntity)).toBeGreaterThanOrEqual(auditsBefore + usernames.length);
    await expect(t.app.get(AuditService).verifyChain()).resolves.toMatchObject({ ok: true });
  });
});
