import { Role } from '@rongtong/shared';
import { SqliteWriteQueue } from '../../src/infra/database/sqlite-write-queue';
import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity';
import { AuditAction, AuditService, type AuditEntry } from '../../src/modules/audit/audit.service';
import { BannerEntity } from '../../src/modules/banners/banner.entity';
import { FileSweeper } from '../../src/modules/files/file-sweeper';
import { StoredFileEntity } from '../../src/modules/files/stored-file.entity';
import { SessionEntity } from '../../src/core-modules/auth/sessions/session.entity';
import { errorCode, gqlAs, signedInUser } from '../support/auth';
import { download, pngBytes, upload } from '../support/files';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from '../support/test-app';

const CREATE_BANNER = 'mutation($input: BannerInput!) { createBanner(input: $input) { id } }';
const ME = '{ me { id } }';
const AUDIT_LOGS = '{ auditLogs(first: 1) { totalCount } }';
const MINUTE = 60_000;
const PARTIAL_TITLE = '写了一半的轮播图';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/**
 * On SQLite every request shares one connection: a write that runs while another request's transaction is open
 * lands inside it, and that request's rollback takes the write with it. Here a banner creation inserts its row and
 * then fails (the audit append is made to throw), held open at that point while another request writes: the
 * guard expiring an idle session, the guard auditing a refusal, the guard moving lastSeenAt forward, an upload.
 * The hold is released once the other request has either answered or joined the write queue — no sleeps. After
 * the rollback, nothing of the banner may remain, and the other request's write must be there. On MariaDB (a
 * pool, real isolation) the same interleaving is the control.
 */
describe.each(DIALECTS)('SQLite write isolation: guard and upload writes never join a failing mutation (%s)', (dialect) => {
  let t: TestApp;
  let operator: string;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    operator = (await signedInUser(t, { role: Role.OPERATOR })).tokens.accessToken;
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t?.app.get(FileSweeper).settled();
    await t?.close();
  });

  /**
   * Starts a banner creation and holds it after its insert, with its transaction open; runs `other` meanwhile; once
   * `other` has answered or is waiting for the write queue, lets the creation go on — to fail (the audit append
   * throws) or to commit (the audit append runs) — and answers both.
   */
  async function whileAMutationIsHeldMidway<T>(
    outcome: 'fails' | 'commits',
    other: () => Promise<T>,
  ): Promise<{ mutation: GraphqlResponse<{ createBanner: { id: string } }>; other: T }> {
    const paused = deferred();
    const release = deferred();
    const record = AuditService.prototype.record;
    jest.spyOn(AuditService.prototype, 'record').mockImplementation(async function (this: AuditService, entry: AuditEntry, manager) {
      if (entry.action !== AuditAction.BANNER_CREATED) return record.call(this, entry, manager);
      paused.resolve();
      await release.promise;
      if (outcome === 'commits') return record.call(this, entry, manager);
      throw new Error('injected failure after the banner row was written');
    });
    const title = outcome === 'fails' ? PARTIAL_TITLE : '完整的轮播图';
    const mutation = gqlAs<{ createBanner: { id: string } }>(t, operator, CREATE_BANNER, { input: { title, imageUrl: '/assets/banners/supermarket.svg' } });
    await paused.promise;

    const queued = deferred();
    const exclusive = SqliteWriteQueue.prototype.exclusive;
    jest.spyOn(SqliteWriteQueue.prototype, 'exclusive').mockImplementation(function <R>(this: SqliteWriteQueue, work: () => Promise<R>) {
      queued.resolve();
      return exclusive.call(this, work) as Promise<R>;
    });
    const answer = other();
    await Promise.race([answer, queued.promise]);
    release.resolve();
    return { mutation: await mutation, other: await answer };
  }

  async function expectNothingOfTheFailedMutation(mutation: GraphqlResponse): Promise<void> {
    expect(errorCode(mutation)).toBe('INTERNAL_SERVER_ERROR');
    expect(await t.dataSource.manager.countBy(BannerEntity, { title: PARTIAL_TITLE })).toBe(0);
    expect(await t.dataSource.manager.countBy(AuditLogEntity, { action: AuditAction.BANNER_CREATED })).toBe(0);
  }

  const auditsOf = (action: AuditAction, targetId: string) => t.dataSource.manager.countBy(AuditLogEntity, { action, targetId });

  it('keeps the idle-session expiry the guard commits meanwhile', async () => {
    const idle = await signedInUser(t, { role: Role.ENTERPRISE });
    await t.dataSource.manager.update(SessionEntity, { id: idle.tokens.sessionId }, { lastSeenAt: new Date(Date.now() - 31 * MINUTE) });

    const { mutation, other } = await whileAMutationIsHeldMidway('fails', () => gqlAs(t, idle.tokens.accessToken, ME));

    expect(errorCode(other)).toBe('SESSION_EXPIRED');
    await expectNothingOfTheFailedMutation(mutation);
    expect(await t.dataSource.manager.findOneByOrFail(SessionEntity, { id: idle.tokens.sessionId })).toMatchObject({ revokeReason: 'IDLE_TIMEOUT' });
    expect(await auditsOf(AuditAction.SESSION_EXPIRED, idle.tokens.sessionId)).toBe(1);
    expect(errorCode(await gqlAs(t, idle.tokens.accessToken, ME))).toBe('UNAUTHENTICATED');
  });

  it('keeps the refusal the guard audits meanwhile', async () => {
    const refused = await signedInUser(t, { role: Role.ENTERPRISE });

    const { mutation, other } = await whileAMutationIsHeldMidway('fails', () => gqlAs(t, refused.tokens.accessToken, AUDIT_LOGS));

    expect(errorCode(other)).toBe('FORBIDDEN');
    await expectNothingOfTheFailedMutation(mutation);
    const denied = await t.dataSource.manager.findBy(AuditLogEntity, { action: AuditAction.ACCESS_DENIED, actorId: refused.userId });
    expect(denied.map((row) => row.targetId)).toEqual(['Query.auditLogs']);
  });

  it('keeps the lastSeenAt the guard moves forward meanwhile', async () => {
    const active = await signedInUser(t, { role: Role.ENTERPRISE });
    const longAgo = new Date(Date.now() - 5 * MINUTE);
    await t.dataSource.manager.update(SessionEntity, { id: active.tokens.sessionId }, { lastSeenAt: longAgo });

    const { mutation, other } = await whileAMutationIsHeldMidway('fails', () => gqlAs(t, active.tokens.accessToken, ME));

    expect(other.errors).toBeUndefined();
    await expectNothingOfTheFailedMutation(mutation);
    const session = await t.dataSource.manager.findOneByOrFail(SessionEntity, { id: active.tokens.sessionId });
    expect(session.lastSeenAt.getTime()).toBeGreaterThan(longAgo.getTime() + 4 * MINUTE);
  });

  it('keeps the upload committed meanwhile, row, audit entry and bytes', async () => {
    const { mutation, other } = await whileAMutationIsHeldMidway('fails', () => upload(t, operator, pngBytes(), 'isolated.png', 'BANNER_IMAGE'));

    expect(other.status).toBe(201);
    await expectNothingOfTheFailedMutation(mutation);
    const id = other.body.id ?? '';
    expect(await t.dataSource.manager.countBy(StoredFileEntity, { id })).toBe(1);
    expect(await auditsOf(AuditAction.FILE_UPLOADED, id)).toBe(1);
    const fetched = await download(t, `/api/files/${id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(pngBytes());
  });

  it('lets the held mutation append its own audit entry while a guard write waits for it, and commits both', async () => {
    const refused = await signedInUser(t, { role: Role.ENTERPRISE });

    const { mutation, other } = await whileAMutationIsHeldMidway('commits', () => gqlAs(t, refused.tokens.accessToken, AUDIT_LOGS));

    expect(mutation.errors).toBeUndefined();
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(await auditsOf(AuditAction.BANNER_CREATED, mutation.data?.createBanner.id ?? '')).toBe(1);
    expect(await t.dataSource.manager.countBy(AuditLogEntity, { action: AuditAction.ACCESS_DENIED, actorId: refused.userId })).toBe(1);
    await expect(t.app.get(AuditService).verifyChain()).resolves.toMatchObject({ ok: true });
  });
});
