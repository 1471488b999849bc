import { Role } from '@rongtong/shared';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { In } from 'typeorm';
import { Clock } from '../src/infra/clock/clock';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { BannerStatus } from '../src/modules/banners/banner-status';
import { BannerEntity } from '../src/modules/banners/banner.entity';
import { FilePurpose } from '../src/modules/files/file-purpose';
import { FileSweeper } from '../src/modules/files/file-sweeper';
import { FilesService } from '../src/modules/files/files.service';
import { StoredFileEntity } from '../src/modules/files/stored-file.entity';
import { gqlAs, signIn, createUser } from './support/auth';
import { pdfBytes, pngBytes, upload } from './support/files';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const HOUR = 3_600_000;
const T0 = new Date('2026-11-02T08:00:00.000Z');
const after = (date: Date, ms: number) => new Date(date.getTime() + ms);

const CREATE_POLICY = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const PUBLISH_POLICY = 'mutation ($id: ID!) { publishPolicy(id: $id) { policy { id status } } }';
const CREATE_BANNER = 'mutation ($input: BannerInput!) { createBanner(input: $input) { id } }';
const DELETE_BANNER = 'mutation ($id: ID!) { deleteBanner(id: $id) }';

function policyInput(attachmentIds: string[], bodyHtml = '<p>正文</p>'): Record<string, unknown> {
  return {
    title: '清理测试政策',
    level: 'CITY',
    issuer: '阜阳市地方金融管理局',
    documentNumber: '阜金管〔2026〕31号',
    issuedOn: '2026-11-02',
    summary: '未引用上传文件清理测试。',
    bodyHtml,
    attachmentIds,
  };
}

const bannerInput = (imageUrl: string) => ({ title: '清理测试', imageUrl });

describe.each(DIALECTS)('abandoned upload sweep (%s)', (dialect) => {
  let t: TestApp;
  let operatorId: string;
  let sweeper: FileSweeper;

  const pathOf = (id: string) => join(t.config.filesDir, id.slice(0, 2), id);
  const rowExists = async (id: string) => (await t.dataSource.manager.countBy(StoredFileEntity, { id })) === 1;
  const kept = async (id: string) => (await rowExists(id)) && existsSync(pathOf(id));
  const gone = async (id: string) => !(await rowExists(id)) && !existsSync(pathOf(id));

  /** Moves the app's clock to `date` and signs the operator in afresh there (sessions follow the clock). */
  async function operatorAt(date: Date): Promise<string> {
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(date);
    return (await signIn(t, operatorId)).accessToken;
  }

  async function uploaded(token: string, purpose: FilePurpose, name: string): Promise<string> {
    const bytes = purpose === FilePurpose.BANNER_IMAGE ? pngBytes() : pdfBytes(name);
    const answer = await upload(t, token, bytes, name, purpose);
    expect(answer.status).toBe(201);
    await sweeper.settled();
    return answer.body.id ?? '';
  }

  beforeAll(async () => {
    t = await createTestApp({ dialect, seed: false });
    sweeper = t.app.get(FileSweeper);
    operatorId = await createUser(t, { role: Role.OPERATOR });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('after an upload, once the grace period has passed', () => {
    const ids: Record<string, string> = {};
    const T1 = after(T0, 73 * HOUR);

    beforeAll(async () => {
      const past = await operatorAt(T0);
      for (const name of ['abandoned', 'onDraft', 'onPublished', 'linkedInBody', 'missingBytes']) {
        ids[name] = await uploaded(past, FilePurpose.CONTENT_ATTACHMENT, `${name}.pdf`);
      }
      ids.abandonedImage = await uploaded(past, FilePurpose.BANNER_IMAGE, 'abandoned.png');
      ids.bannerImage = await uploaded(past, FilePurpose.BANNER_IMAGE, 'banner.png');
      ids.deletedBannerImage = await uploaded(past, FilePurpose.BANNER_IMAGE, 'deleted-banner.png');
      rmSync(pathOf(ids.missingBytes ?? ''));

      const now = await operatorAt(T1);
      const draft = await gqlAs(t, now, CREATE_POLICY, { input: policyInput([ids.onDraft ?? '']) });
      expect(draft.errors).toBeUndefined();
      const published = await gqlAs<{ createPolicy: { id: string } }>(t, now, CREATE_POLICY, { input: policyInput([ids.onPublished ?? '']) });
      expect((await gqlAs(t, now, PUBLISH_POLICY, { id: published.data?.createPolicy.id })).errors).toBeUndefined();
      const linked = policyInput([], `<p>见<a href="/api/files/${(ids.linkedInBody ?? '').toUpperCase()}">附件</a></p>`);
      expect((await gqlAs(t, now, CREATE_POLICY, { input: linked })).errors).toBeUndefined();
      expect((await gqlAs(t, now, CREATE_BANNER, { input: bannerInput(`/api/files/${ids.bannerImage}`) })).errors).toBeUndefined();
      const doomed = await gqlAs<{ createBanner: { id: string } }>(t, now, CREATE_BANNER, { input: bannerInput(`/api/files/${ids.deletedBannerImage}`) });
      expect((await gqlAs(t, now, DELETE_BANNER, { id: doomed.data?.createBanner.id })).errors).toBeUndefined();

      // This upload is fresh (inside the grace period); its success starts the sweep.
      ids.fresh = await uploaded(now, FilePurpose.CONTENT_ATTACHMENT, 'fresh.pdf');
    });

    it('removes the row and the bytes of old uploads nothing references, a missing file on disk included', async () => {
      for (const name of ['abandoned', 'abandonedImage', 'deletedBannerImage', 'missingBytes']) expect(await gone(ids[name] ?? '')).toBe(true);
    });

    it('keeps attachments of a draft and of a published policy, a linked file, a banner’s image and fresh uploads', async () => {
      for (const name of ['onDraft', 'onPublished', 'linkedInBody', 'bannerImage', 'fresh']) expect(await kept(ids[name] ?? '')).toBe(true);
    });

    it('writes one FILES_SWEPT audit entry by the system with the count and the ids', async () => {
      const entries = await t.dataSource.manager.findBy(AuditLogEntity, { action: 'FILES_SWEPT' });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actorId: null, actorRole: null, result: 'SUCCESS', targetType: 'FILE' });
      const detail = JSON.parse(entries[0]?.detail ?? '{}') as { count: number; fileIds: string; graceHours: number };
      expect(detail).toMatchObject({ count: 4, graceHours: 72 });
      expect(detail.fileIds.split(',').sort()).toEqual([ids.abandoned, ids.abandonedImage, ids.deletedBannerImage, ids.missingBytes].sort());
    });

    it('refuses a swept file as an attachment or a banner image with the field error', async () => {
      const now = await operatorAt(after(T1, 5 * 60_000));
      const policy = await gqlAs(t, now, CREATE_POLICY, { input: policyInput([ids.fresh ?? '', ids.abandoned ?? '']) });
      expect(policy.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'attachmentIds.1', message: '附件不存在，请重新上传' }] });
      const banner = await gqlAs(t, now, CREATE_BANNER, { input: bannerInput(`/api/files/${ids.abandonedImage}`) });
      expect(banner.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.imageUrl', message: '图片不存在，请重新上传' }] });
    });

    it('refuses a file swept between the check and the save, inside the save’s transaction', async () => {
      const now = await operatorAt(after(T1, 6 * 60_000));
      const stale = new Map([[ids.abandoned ?? '', { id: ids.abandoned ?? '', purpose: FilePurpose.CONTENT_ATTACHMENT, name: 'x.pdf', mimeType: 'application/pdf', size: 1, sm3: '', url: '' }]]);
      jest.spyOn(t.app.get(FilesService), 'findMany').mockResolvedValue(stale);
      const policy = await gqlAs(t, now, CREATE_POLICY, { input: policyInput([ids.abandoned ?? '']) });
      expect(policy.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'attachmentIds.0' }] });
    });

    it('keeps a candidate that became referenced before its conditional delete', async () => {
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(after(T1, 100 * HOUR));
      const candidates = jest.spyOn(sweeper as unknown as { findCandidates(): Promise<string[]> }, 'findCandidates');
      candidates.mockResolvedValue([ids.onDraft ?? '', ids.bannerImage ?? '', ids.linkedInBody ?? '']);
      expect(await sweeper.sweep()).toEqual([]);
      for (const name of ['onDraft', 'bannerImage', 'linkedInBody']) expect(await kept(ids[name] ?? '')).toBe(true);
    });
  });

  it('sweeps at most a batch, oldest first', async () => {
    const start = after(T0, 200 * HOUR);
    const token = await operatorAt(start);
    const batch: string[] = [];
    for (let i = 0; i < 23; i += 1) {
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(after(start, i * 1000));
      batch.push(await uploaded(token, FilePurpose.CONTENT_ATTACHMENT, `batch-${i}.pdf`));
    }
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(after(start, 80 * HOUR));
    const first = await sweeper.sweep();
    expect(first.sort()).toEqual(batch.slice(0, 20).sort());
    expect(await t.dataSource.manager.countBy(StoredFileEntity, { id: In(batch) })).toBe(3);
    expect((await sweeper.sweep()).sort()).toEqual(batch.slice(20).sort());
  });

  it('answers the upload when the sweep after it fails, and logs the failure at warn', async () => {
    const token = await operatorAt(after(T0, 400 * HOUR));
    jest.spyOn(sweeper, 'sweep').mockRejectedValue(new Error('disk unavailable'));
    const answer = await upload(t, token, pdfBytes(), 'still-fine.pdf');
    expect(answer.status).toBe(201);
    expect(await rowExists(answer.body.id ?? '')).toBe(true);
    await sweeper.settled();
    expect(sweeper.sweep).toHaveBeenCalled();
    expect(t.logs.some((line) => line.msg === 'abandoned upload sweep failed' && line.level === 'warn')).toBe(true);
  });

  it('starts at most one sweep a minute after uploads', async () => {
    const at = after(T0, 500 * HOUR);
    const token = await operatorAt(at);
    const sweep = jest.spyOn(sweeper, 'sweep');
    await uploaded(token, FilePurpose.CONTENT_ATTACHMENT, 'one.pdf');
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(after(at, 59_000));
    await uploaded(token, FilePurpose.CONTENT_ATTACHMENT, 'two.pdf');
    expect(sweep).toHaveBeenCalledTimes(1);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(after(at, 60_000));
    await uploaded(token, FilePurpose.CONTENT_ATTACHMENT, 'three.pdf');
    expect(sweep).toHaveBeenCalledTimes(2);
  });

  describe('racing a save that references the file', () => {
    let id: string;
    let swept: Date;

    beforeEach(async () => {
      const at = after(T0, 1000 * HOUR);
      id = await uploaded(await operatorAt(at), FilePurpose.BANNER_IMAGE, 'racing.png');
      swept = after(at, 100 * HOUR);
      jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(swept);
      jest.spyOn(sweeper as unknown as { findCandidates(): Promise<string[]> }, 'findCandidates').mockResolvedValue([id]);
    });

    (dialect === 'mysql' ? it : it.skip)('waits for a save holding the file and keeps the file it then references', async () => {
      const runner = t.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        expect((await t.app.get(FilesService).findManyForReference(runner.manager, [id])).get(id)).toBe(FilePurpose.BANNER_IMAGE);
        const sweeping = sweeper.sweep();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await runner.manager.insert(BannerEntity, {
          id: '5d1c1f5e-2f55-4f58-9d8c-6a1f0f7f1a01',
          title: '并发保存',
          subtitle: null,
          imageUrl: `/api/files/${id}`,
          linkPath: null,
          sortOrder: 99,
          startsAt: null,
          endsAt: null,
          status: BannerStatus.ACTIVE,
          createdAt: swept,
          updatedAt: swept,
        });
        await runner.commitTransaction();
        expect(await sweeping).toEqual([]);
      } finally {
        await runner.release();
      }
      expect(await kept(id)).toBe(true);
    });

    (dialect === 'sqlite' ? it : it.skip)('skips the round while another transaction is open on the shared connection', async () => {
      const runner = t.dataSource.createQueryRunner();
      await runner.startTransaction();
      const result = await sweeper.sweep();
      await runner.rollbackTransaction();
      await runner.release();
      expect(result).toEqual([]);
      expect(await kept(id)).toBe(true);
      expect(await sweeper.sweep()).toEqual([id]);
      expect(await gone(id)).toBe(true);
    });
  });
});
