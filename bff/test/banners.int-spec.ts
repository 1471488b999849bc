import { Role } from '@rongtong/shared';
import { Clock } from '../src/infra/clock/clock';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { BannerEntity } from '../src/modules/banners/banner.entity';
import { IMAGE_URL_MESSAGE } from '../src/modules/banners/banner-rules';
import { errorCode, gqlAs, signedInUser } from './support/auth';
import { download, pdfBytes, pngBytes, upload } from './support/files';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const HOME = '{ homeBanners { id title subtitle imageUrl linkPath sortOrder status } }';
const ALL = '{ banners { id title sortOrder status startsAt endsAt } }';
const CREATE = 'mutation($input: BannerInput!) { createBanner(input: $input) { id title sortOrder status startsAt endsAt linkPath } }';
const UPDATE = 'mutation($id: ID!, $input: BannerInput!) { updateBanner(id: $id, input: $input) { id title status sortOrder } }';
const DELETE = 'mutation($id: ID!) { deleteBanner(id: $id) }';
const REORDER = 'mutation($ids: [ID!]!) { reorderBanners(ids: $ids) { id sortOrder } }';

interface BannerRow {
  id: string;
  title: string;
  sortOrder: number;
  status: string;
}

const valid = (overrides: Record<string, unknown> = {}) => ({
  title: '政银担 专项贷款',
  subtitle: '小微企业专享',
  imageUrl: '/assets/banners/supermarket.svg',
  linkPath: '/pages/market/index',
  ...overrides,
});

describe.each(DIALECTS)('banners (%s)', (dialect) => {
  let t: TestApp;
  let operator: string;
  let enterprise: string;

  const home = async () => (await gqlAs<{ homeBanners: BannerRow[] }>(t, null, HOME)).data?.homeBanners ?? [];
  const create = (input: Record<string, unknown>, token = operator) => gqlAs<{ createBanner: BannerRow }>(t, token, CREATE, { input });
  const auditCount = (action: string) => t.dataSource.manager.countBy(AuditLogEntity, { action });

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    operator = (await signedInUser(t, { role: Role.OPERATOR })).tokens.accessToken;
    enterprise = (await signedInUser(t, { role: Role.ENTERPRISE })).tokens.accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('shows the three seeded banners to anyone, in order, with in-app images and links', async () => {
    const banners = await home();
    expect(banners.map((banner) => banner.title)).toEqual(['金融超市 一站式融资', '贷款计算器', '政务数据授权 替代纸质材料']);
    expect(banners.map((banner) => banner.sortOrder)).toEqual([1, 2, 3]);
    expect(banners[1]).toMatchObject({ imageUrl: '/assets/banners/calculator.svg', linkPath: '/packages/tools/calculator/index' });
  });

  it('lets an operator create, edit and delete a banner, auditing each change', async () => {
    const created = await create(valid());
    expect(created.errors).toBeUndefined();
    const banner = created.data!.createBanner;
    expect(banner).toMatchObject({ title: '政银担 专项贷款', sortOrder: 4, status: 'ACTIVE' });
    expect((await home()).map((row) => row.id)).toContain(banner.id);
    expect(await auditCount('BANNER_CREATED')).toBe(1);

    const updated = await gqlAs<{ updateBanner: BannerRow }>(t, operator, UPDATE, {
      id: banner.id,
      input: valid({ title: '政银担 专项贷款（停用）', status: 'INACTIVE' }),
    });
    expect(updated.data?.updateBanner).toMatchObject({ title: '政银担 专项贷款（停用）', status: 'INACTIVE', sortOrder: 4 });
    expect((await home()).map((row) => row.id)).not.toContain(banner.id);
    expect(await auditCount('BANNER_UPDATED')).toBe(1);

    const deleted = await gqlAs<{ deleteBanner: string }>(t, operator, DELETE, { id: banner.id });
    expect(deleted.data?.deleteBanner).toBe(banner.id);
    expect(await t.dataSource.manager.countBy(BannerEntity, { id: banner.id })).toBe(0);
    expect(await auditCount('BANNER_DELETED')).toBe(1);
    expect(errorCode(await gqlAs(t, operator, DELETE, { id: banner.id }))).toBe('NOT_FOUND');
  });

  it('shows a banner only inside its active window', async () => {
    const now = t.app.get(Clock).now().getTime();
    const iso = (offsetHours: number) => new Date(now + offsetHours * 3_600_000).toISOString();
    const future = (await create(valid({ title: '即将上线', startsAt: iso(1), endsAt: iso(48) }))).data!.createBanner;
    const past = (await create(valid({ title: '已经结束', startsAt: iso(-48), endsAt: iso(-1) }))).data!.createBanner;
    const current = (await create(valid({ title: '正在展示', startsAt: iso(-1), endsAt: iso(1) }))).data!.createBanner;
    const ids = (await home()).map((row) => row.id);
    expect(ids).toContain(current.id);
    expect(ids).not.toContain(future.id);
    expect(ids).not.toContain(past.id);

    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(now + 2 * 3_600_000));
    const later = (await home()).map((row) => row.id);
    jest.restoreAllMocks();
    expect(later).toContain(future.id);
    expect(later).not.toContain(current.id);
    for (const banner of [future, past, current]) await gqlAs(t, operator, DELETE, { id: banner.id });
  });

  it('reorders every banner and refuses a partial or repeated list', async () => {
    const before = (await gqlAs<{ banners: BannerRow[] }>(t, operator, ALL)).data!.banners.map((row) => row.id);
    const reversed = [...before].reverse();
    const response = await gqlAs<{ reorderBanners: BannerRow[] }>(t, operator, REORDER, { ids: reversed });
    expect(response.data?.reorderBanners.map((row) => row.id)).toEqual(reversed);
    expect((await home()).map((row) => row.id)).toEqual(reversed);
    expect(await auditCount('BANNERS_REORDERED')).toBe(1);

    for (const ids of [reversed.slice(1), [...reversed, reversed[0]]]) {
      const refused = await gqlAs(t, operator, REORDER, { ids });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('ids');
    }
    expect((await home()).map((row) => row.id)).toEqual(reversed);
    await gqlAs(t, operator, REORDER, { ids: before });
  });

  it.each([
    ['input.imageUrl', { imageUrl: 'https://evil.example/banner.png' }, IMAGE_URL_MESSAGE],
    ['input.imageUrl', { imageUrl: '/files/../secret.png' }, IMAGE_URL_MESSAGE],
    ['input.linkPath', { linkPath: 'javascript:alert(1)' }, '跳转链接须为应用内页面路径，如 /pages/market/index'],
    ['input.title', { title: '' }, '标题须为 1–64 个字符'],
    ['input.endsAt', { startsAt: '2026-02-01T00:00:00Z', endsAt: '2026-01-01T00:00:00Z' }, '结束时间须晚于开始时间'],
    ['input.startsAt', { startsAt: '下周一' }, '时间格式不正确，应为 ISO 8601（如 2025-12-01T00:00:00Z）'],
  ])('refuses a bad %s with a Chinese field error and stores nothing', async (field, overrides, message) => {
    const count = await t.dataSource.manager.count(BannerEntity);
    const response = await create(valid(overrides));
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual(expect.arrayContaining([{ field, message }]));
    expect(await t.dataSource.manager.count(BannerEntity)).toBe(count);
  });

  it('shows an uploaded banner image on the home carousel, and refuses an image that is not an uploaded banner image', async () => {
    const image = (await upload(t, operator, pngBytes(), '新春专场.png', 'BANNER_IMAGE')).body;
    const created = await create(valid({ title: '新春专场', imageUrl: image.url }));
    expect(created.errors).toBeUndefined();
    const shown = (await home()).find((banner) => banner.id === created.data?.createBanner.id) as (BannerRow & { imageUrl: string }) | undefined;
    expect(shown?.imageUrl).toBe(`/api/files/${image.id}`);
    expect((await download(t, shown?.imageUrl ?? '')).status).toBe(200);

    const attachment = (await upload(t, operator, pdfBytes(), '附件.pdf')).body;
    const count = await t.dataSource.manager.count(BannerEntity);
    for (const imageUrl of [attachment.url, '/api/files/0f8fad5b-d9cb-469f-a165-70867728950e']) {
      const refused = await create(valid({ imageUrl }));
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.imageUrl', message: '图片不存在，请重新上传' }]);
    }
    expect(await t.dataSource.manager.count(BannerEntity)).toBe(count);
    await gqlAs(t, operator, DELETE, { id: created.data?.createBanner.id });
  });

  it('lets only operators manage banners', async () => {
    const count = await t.dataSource.manager.count(BannerEntity);
    expect(errorCode(await create(valid(), enterprise))).toBe('FORBIDDEN');
    expect(errorCode(await create(valid(), null as unknown as string))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gqlAs(t, enterprise, ALL))).toBe('FORBIDDEN');
    expect(await t.dataSource.manager.count(BannerEntity)).toBe(count);
  });
});
