import { Role } from '@rongtong/shared';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpPlatform } from '../src/infra/config/app-config';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { StoredFileEntity } from '../src/modules/files/stored-file.entity';
import { gqlAs, signedInUser } from './support/auth';
import { download, exeBytes, pdfBytes, pngBytes, upload, uploadError } from './support/files';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const MB = 1024 * 1024;
const PLATFORMS: readonly HttpPlatform[] = ['fastify', 'express'];
const CASES = DIALECTS.flatMap((dialect) => PLATFORMS.map((platform) => [dialect, platform] as const));

const CREATE_POLICY = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }';
const PUBLISH_POLICY = 'mutation ($id: ID!) { publishPolicy(id: $id) { policy { id status } } }';

function policyInput(attachmentIds: string[]): Record<string, unknown> {
  return {
    title: '附件测试政策',
    level: 'CITY',
    issuer: '阜阳市地方金融管理局',
    documentNumber: '阜金管〔2026〕21号',
    issuedOn: '2026-11-21',
    summary: '附件下载测试。',
    bodyHtml: '<p>正文</p>',
    attachmentIds,
  };
}

describe.each(CASES)('file uploads and downloads (%s, %s)', (dialect, platform) => {
  let t: TestApp;
  let operator: string;
  let enterprise: string;

  const fileRows = () => t.dataSource.manager.count(StoredFileEntity);

  beforeAll(async () => {
    t = await createTestApp({ dialect, platform, seed: false });
    operator = (await signedInUser(t, { role: Role.OPERATOR })).tokens.accessToken;
    enterprise = (await signedInUser(t, { role: Role.ENTERPRISE })).tokens.accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('stores an operator’s PDF under a generated name with its sniffed type and SM3 hash, and audits it', async () => {
    const bytes = pdfBytes();
    const answer = await upload(t, operator, bytes, '../../etc/申报指南 (2026).pdf');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      name: '申报指南 (2026).pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      sm3: createHash('sm3').update(bytes).digest('hex'),
      url: `/api/files/${answer.body.id}`,
    });
    const id = answer.body.id ?? '';
    expect(existsSync(join(t.config.filesDir, id.slice(0, 2), id))).toBe(true);
    expect(readdirSync(join(t.config.filesDir, id.slice(0, 2)))).toEqual([id]);
    const audit = await t.dataSource.manager.findOneByOrFail(AuditLogEntity, { action: 'FILE_UPLOADED', targetId: id });
    expect(audit).toMatchObject({ targetType: 'FILE', result: 'SUCCESS' });
  });

  it('stores names without bidirectional formatting characters, so a PDF cannot be shown as another type', async () => {
    // U+202E reverses what follows: 报告\u202Egnp.pdf is displayed as 报告fdp.png.
    const answer = await upload(t, operator, pdfBytes(), '报告\u202Egnp.pdf');
    expect(answer.status).toBe(201);
    expect(answer.body.name).toBe('报告gnp.pdf');
    const row = await t.dataSource.manager.findOneByOrFail(StoredFileEntity, { id: answer.body.id ?? '' });
    expect(row.originalName).toBe('报告gnp.pdf');
  });

  it('rejects an executable renamed .pdf, a PDF renamed .png and an empty form with a field error, storing nothing', async () => {
    const before = await fileRows();
    const cases: Array<[Buffer, string, RegExp]> = [
      [exeBytes(), '政策原文.pdf', /不支持的文件类型/],
      [pdfBytes(), 'picture.png', /扩展名不符/],
      [Buffer.alloc(0), 'empty.pdf', /请选择/],
    ];
    for (const [bytes, name, message] of cases) {
      const answer = await upload(t, operator, bytes, name);
      expect(answer.status).toBe(400);
      expect(uploadError(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: { field: 'file', message: expect.stringMatching(message) } });
    }
    expect(await fileRows()).toBe(before);
  });

  it('caps attachments at 10 MB and banner images at 2 MB, and checks the purpose', async () => {
    const before = await fileRows();
    const bigPdf = Buffer.concat([pdfBytes(), Buffer.alloc(10 * MB)]);
    const tooBig = await upload(t, operator, bigPdf, 'big.pdf');
    expect(tooBig.status).toBe(400);
    expect(uploadError(tooBig).field).toEqual({ field: 'file', message: '文件不能超过 10 MB' });
    const bigPng = Buffer.concat([pngBytes(), Buffer.alloc(2 * MB)]);
    const bigBanner = await upload(t, operator, bigPng, 'banner.png', 'BANNER_IMAGE');
    expect(uploadError(bigBanner).field).toEqual({ field: 'file', message: '文件不能超过 2 MB' });
    const pdfAsBanner = await upload(t, operator, pdfBytes(), 'banner.pdf', 'BANNER_IMAGE');
    expect(uploadError(pdfAsBanner).field?.message).toMatch(/图片/);
    const badPurpose = await upload(t, operator, pdfBytes(), 'a.pdf', 'ANYTHING');
    expect(uploadError(badPurpose).field?.field).toBe('purpose');
    expect(await fileRows()).toBe(before);
  });

  it('refuses anonymous callers and non-operators', async () => {
    const before = await fileRows();
    expect((await upload(t, null, pdfBytes(), 'a.pdf')).status).toBe(401);
    expect((await upload(t, enterprise, pdfBytes(), 'a.pdf')).status).toBe(403);
    expect(await fileRows()).toBe(before);
  });

  it('serves a draft attachment to operators only, and to anyone once its policy is published, with safe headers', async () => {
    const bytes = pdfBytes('下载测试');
    const { body } = await upload(t, operator, bytes, '申报表 2026.pdf');
    const url = body.url ?? '';
    expect((await download(t, url)).status).toBe(401);
    expect((await download(t, url, enterprise)).status).toBe(403);
    expect((await download(t, url, operator)).status).toBe(200);

    const created = await gqlAs<{ createPolicy: { id: string } }>(t, operator, CREATE_POLICY, { input: policyInput([body.id ?? '']) });
    expect(created.errors).toBeUndefined();
    expect((await download(t, url)).status).toBe(401);
    await gqlAs(t, operator, PUBLISH_POLICY, { id: created.data?.createPolicy.id });

    const response = await download(t, url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="___ 2026.pdf"; filename*=UTF-8''${encodeURIComponent('申报表 2026.pdf')}`,
    );
    expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
  });

  it('serves banner images to anyone inline, and answers 404 for unknown ids', async () => {
    const { body } = await upload(t, operator, pngBytes(), 'banner.png', 'BANNER_IMAGE');
    const response = await download(t, body.url ?? '');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toMatch(/^inline; /);
    expect((await download(t, '/api/files/0f8fad5b-d9cb-469f-a165-70867728950e')).status).toBe(404);
    expect((await download(t, '/api/files/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});
