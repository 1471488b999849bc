import { ErrorCode, Role } from '@rongtong/shared';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { AuditLogRepository } from '../src/modules/audit/audit-log.repository';
import { AuditAction, AuditService } from '../src/modules/audit/audit.service';
import { AuditException } from '../src/modules/audit/audit.exception';
import { PersonalDataInAuditError } from '../src/modules/audit/personal-data';
import { errorCode, gqlAs, signedInUser, TEST_META } from './support/auth';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const TABLES = ['sessions', 'refresh_tokens', 'audit_logs', 'audit_chain_head'];

const AUDIT_LOGS = `query AuditLogs($first: Int, $after: String) {
  auditLogs(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id seq action result actorId actorRole targetType targetId ip detail occurredAt } }
  }
}`;

interface AuditPage {
  auditLogs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { seq: number; action: string; result: string; detail: string | null; ip: string | null } }>;
  };
}

describe.each(DIALECTS)('audit log (%s)', (dialect) => {
  let t: TestApp;
  let audit: AuditService;

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false });
    audit = t.app.get(AuditService);
  });

  afterAll(async () => {
    await t?.close();
  });

  const entry = (index: number) => ({
    actorId: null,
    actorRole: null,
    action: AuditAction.LOGIN_FAILED,
    result: 'FAILURE' as const,
    targetType: 'ACCOUNT',
    targetId: `account-${index}`,
    meta: TEST_META,
    detail: { attempt: index, locked: false },
  });

  it('creates its tables with the migration', async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      for (const table of TABLES) expect(await runner.hasTable(table)).toBe(true);
    } finally {
      await runner.release();
    }
  });

  it('appends with increasing sequence numbers, even when appends race, and the chain verifies', async () => {
    await audit.record(entry(0));
    await Promise.all(Array.from({ length: 12 }, (_, index) => audit.record(entry(index + 1))));
    const rows = await t.dataSource.getRepository(AuditLogEntity).find({ order: { seq: 'ASC' } });
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 13 }, (_, index) => index + 1));
    expect(rows[0]?.prevHash).toBe('0'.repeat(64));
    for (let index = 1; index < rows.length; index += 1) expect(rows[index]?.prevHash).toBe(rows[index - 1]?.hash);
    expect(rows[0]).toMatchObject({ action: 'LOGIN_FAILED', result: 'FAILURE', ip: '127.0.0.1', userAgent: 'jest', detail: '{"attempt":0,"locked":false}' });
    await expect(audit.verifyChain()).resolves.toEqual({ ok: true, count: 13, lastSeq: 13 });
  });

  it('joins the caller’s transaction and rolls back with it', async () => {
    const before = await t.dataSource.getRepository(AuditLogEntity).count();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await audit.record(entry(99), manager);
        throw new Error('operation failed after auditing');
      }),
    ).rejects.toThrow('operation failed');
    expect(await t.dataSource.getRepository(AuditLogEntity).count()).toBe(before);
    await expect(audit.verifyChain()).resolves.toMatchObject({ ok: true });
  });

  it('is append-only in the database: UPDATE and DELETE through the data source fail', async () => {
    await expect(t.dataSource.query("UPDATE audit_logs SET result = 'SUCCESS' WHERE seq = 1")).rejects.toThrow('append-only');
    await expect(t.dataSource.getRepository(AuditLogEntity).update({ seq: 2 }, { detail: null })).rejects.toThrow('append-only');
    await expect(t.dataSource.query('DELETE FROM audit_logs WHERE seq = 13')).rejects.toThrow('append-only');
    await expect(t.dataSource.query('UPDATE audit_chain_head SET last_seq = 5 WHERE id = 1')).rejects.toThrow('only advances');
    await expect(t.dataSource.query('DELETE FROM audit_chain_head')).rejects.toThrow('cannot be deleted');
    await expect(audit.verifyChain()).resolves.toMatchObject({ ok: true });
  });

  it('fails closed: when the entry cannot be written the caller gets SERVICE_UNAVAILABLE', async () => {
    const repository = t.app.get(AuditLogRepository);
    const append = jest.spyOn(repository, 'append').mockRejectedValueOnce(new Error('disk full'));
    try {
      const failure = audit.record(entry(100));
      await expect(failure).rejects.toBeInstanceOf(AuditException);
      await expect(failure).rejects.toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE });
    } finally {
      append.mockRestore();
    }
    expect(t.logs.some((line) => line.msg === 'audit write failed')).toBe(true);
  });

  it('refuses personal data in the detail', async () => {
    await expect(audit.record({ ...entry(1), detail: { phone: 'x' } })).rejects.toBeInstanceOf(PersonalDataInAuditError);
    await expect(audit.record({ ...entry(1), detail: { value: '13800138000' } })).rejects.toBeInstanceOf(PersonalDataInAuditError);
  });

  it('lists entries newest first for the audit administrator only, page by page', async () => {
    const auditor = await signedInUser(t, { role: Role.AUDIT_ADMIN });
    const first = await gqlAs<AuditPage>(t, auditor.tokens.accessToken, AUDIT_LOGS, { first: 5 });
    expect(first.errors).toBeUndefined();
    const page = first.data?.auditLogs;
    expect(page?.totalCount).toBe(13);
    expect(page?.edges.map((edge) => edge.node.seq)).toEqual([13, 12, 11, 10, 9]);
    expect(page?.edges[0]?.node).toMatchObject({ action: 'LOGIN_FAILED', result: 'FAILURE', ip: '127.0.0.1' });
    const second = await gqlAs<AuditPage>(t, auditor.tokens.accessToken, AUDIT_LOGS, { first: 10, after: page?.pageInfo.endCursor });
    expect(second.data?.auditLogs.edges.map((edge) => edge.node.seq)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(second.data?.auditLogs.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    const badCursor = await gqlAs(t, auditor.tokens.accessToken, AUDIT_LOGS, { after: 'bogus' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });

    const admin = await signedInUser(t, { role: Role.SYSTEM_ADMIN });
    expect(errorCode(await gqlAs(t, admin.tokens.accessToken, AUDIT_LOGS))).toBe('FORBIDDEN');
    const denied = await t.dataSource.getRepository(AuditLogEntity).findOneByOrFail({ action: AuditAction.ACCESS_DENIED });
    expect(denied).toMatchObject({ actorId: admin.userId, actorRole: 'SYSTEM_ADMIN', result: 'DENIED', targetType: 'OPERATION', targetId: 'Query.auditLogs' });
  });

  it('names the first broken entry when a row was changed behind the triggers’ back', async () => {
    const trigger = 'trg_audit_logs_no_update';
    await t.dataSource.query(dialect === 'mysql' ? `DROP TRIGGER \`${trigger}\`` : `DROP TRIGGER "${trigger}"`);
    await t.dataSource.query("UPDATE audit_logs SET target_id = 'someone-else' WHERE seq = 7");
    await expect(audit.verifyChain()).resolves.toEqual({ ok: false, brokenAtSeq: 7, reason: 'HASH_MISMATCH' });
  });
});
