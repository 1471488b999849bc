import { EnterpriseScale, EnterpriseType, PolicyLevel, Role, syntheticUscc } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { NewsEntity } from '../src/modules/content/news.entity';
import { PolicyEntity } from '../src/modules/content/policy.entity';
import { EnterpriseBindingEntity } from '../src/modules/enterprises/enterprise-binding.entity';
import { EnterpriseRelation } from '../src/modules/enterprises/enterprise-relation';
import { EnterpriseEntity } from '../src/modules/enterprises/enterprise.entity';
import { createUser, errorCode, gqlAs, signIn, signedInUser } from './support/auth';
import { pdfBytes, pngBytes, upload } from './support/files';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const POLICY_FIELDS = 'id title status version bodyHtml industryCodes scales enterpriseTypes attachments { id name mimeType size url }';
const CREATE = `mutation ($input: PolicyInput!) { createPolicy(input: $input) { ${POLICY_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $expectedVersion: Int!, $input: PolicyInput!) { updatePolicy(id: $id, expectedVersion: $expectedVersion, input: $input) { ${POLICY_FIELDS} } }`;
const PUBLISH = 'mutation ($id: ID!) { publishPolicy(id: $id) { notifiedUserCount policy { id status version } } }';
const WITHDRAW = 'mutation ($id: ID!) { withdrawPolicy(id: $id) { id status version } }';
const MANAGED_POLICY = `query ($id: ID!) { managedPolicy(id: $id) { ${POLICY_FIELDS} } }`;
const NEWS_FIELDS = 'id title status version attachments { id }';
const CREATE_NEWS = `mutation ($input: NewsInput!) { createNews(input: $input) { ${NEWS_FIELDS} } }`;
const UPDATE_NEWS = `mutation ($id: ID!, $expectedVersion: Int!, $input: NewsInput!) { updateNews(id: $id, expectedVersion: $expectedVersion, input: $input) { ${NEWS_FIELDS} } }`;
const PUBLISH_NEWS = `mutation ($id: ID!) { publishNews(id: $id) { ${NEWS_FIELDS} } }`;
const WITHDRAW_NEWS = `mutation ($id: ID!) { withdrawNews(id: $id) { ${NEWS_FIELDS} } }`;
const EDITED_MEANWHILE = '该内容已被他人修改，请刷新后重试';
const PUBLIC_POLICY = 'query ($id: ID!) { policy(id: $id) { id } }';
const PUBLIC_LIST = 'query { policies(first: 100) { totalCount edges { node { id } } } }';
const MESSAGES = 'query { unreadMessageCount myMessages(first: 10) { totalCount edges { node { id kind title body link readAt } } } }';
const PUSH = 'query { myPolicyPush { reasons reasonText policy { id title } } }';

interface Profile {
  industryCode: string;
  scale: EnterpriseScale;
  type: EnterpriseType;
}

function policyInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '阜阳市支持制造业小微企业融资贴息办法',
    level: PolicyLevel.CITY,
    issuer: '阜阳市地方金融管理局',
    documentNumber: '阜金管〔2026〕9号',
    issuedOn: '2026-11-20',
    summary: '对制造业小型、微型企业的贷款给予贴息。',
    bodyHtml: '<h3>一、支持对象</h3><p>制造业小微企业。</p>',
    industryCodes: ['C'],
    scales: [EnterpriseScale.SMALL, EnterpriseScale.MICRO],
    enterpriseTypes: [],
    ...overrides,
  };
}

function newsInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '金融服务进园区活动举行',
    level: PolicyLevel.CITY,
    source: '阜阳市地方金融管理局',
    publishedOn: '2026-11-21',
    summary: '活动简讯。',
    bodyHtml: '<p>简讯</p>',
    ...overrides,
  };
}

interface Versioned {
  version: number;
}

describe.each(DIALECTS)('policy and news management, policy push (%s)', (dialect) => {
  let t: TestApp;
  let operator: string;
  let serial = 995_000;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    operator = (await signedInUser(t, { role: Role.OPERATOR })).tokens.accessToken;
  });

  afterAll(async () => {
    await t?.close();
  });

  /** An enterprise with the profile, a user bound to it, and that user's token with it active. */
  async function enterpriseUser(profile: Profile): Promise<{ userId: string; token: string; enterpriseId: string }> {
    const enterpriseId = randomUUID();
    const now = new Date();
    serial += 1;
    await t.dataSource.manager.insert(EnterpriseEntity, { id: enterpriseId, uscc: syntheticUscc(serial), name: `测试企业${serial}有限公司`, ...profile, createdAt: now, updatedAt: now });
    const userId = await createUser(t, { role: Role.ENTERPRISE });
    await t.dataSource.manager.insert(EnterpriseBindingEntity, {
      id: randomUUID(),
      userId,
      enterpriseId,
      relation: EnterpriseRelation.LEGAL_REPRESENTATIVE,
      createdAt: now,
      updatedAt: now,
    });
    return { userId, enterpriseId, token: (await signIn(t, userId, enterpriseId)).accessToken };
  }

  async function createPolicy(overrides: Record<string, unknown> = {}): Promise<string> {
    const response = await gqlAs<{ createPolicy: { id: string } }>(t, operator, CREATE, { input: policyInput(overrides) });
    if (!response.data) throw new Error(response.text);
    return response.data.createPolicy.id;
  }

  it('publishing messages the users of matching enterprises only, and 政策推送 explains the match', async () => {
    const matching = await enterpriseUser({ industryCode: '39', scale: EnterpriseScale.SMALL, type: EnterpriseType.LIMITED_COMPANY });
    const wrongIndustry = await enterpriseUser({ industryCode: '01', scale: EnterpriseScale.SMALL, type: EnterpriseType.LIMITED_COMPANY });
    const wrongScale = await enterpriseUser({ industryCode: '39', scale: EnterpriseScale.LARGE, type: EnterpriseType.LIMITED_COMPANY });
    const id = await createPolicy();

    const draftPush = await gqlAs<{ myPolicyPush: Array<{ policy: { id: string } }> }>(t, matching.token, PUSH);
    expect(draftPush.data?.myPolicyPush.map((item) => item.policy.id)).not.toContain(id);
    expect((await gqlAs(t, null, PUBLIC_POLICY, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const published = await gqlAs<{ publishPolicy: { notifiedUserCount: number; policy: { status: string } } }>(t, operator, PUBLISH, { id });
    expect(published.data?.publishPolicy.policy.status).toBe('PUBLISHED');
    expect(published.data?.publishPolicy.notifiedUserCount).toBeGreaterThanOrEqual(1);

    const inbox = await gqlAs<{ unreadMessageCount: number; myMessages: { edges: Array<{ node: { id: string; kind: string; title: string; body: string; link: string } }> } }>(
      t,
      matching.token,
      MESSAGES,
    );
    expect(inbox.data?.unreadMessageCount).toBe(1);
    const message = inbox.data?.myMessages.edges[0]?.node;
    expect(message).toMatchObject({ kind: 'POLICY_PUSH', title: '政策推送：阜阳市支持制造业小微企业融资贴息办法', link: `/packages/content/policy-detail/index?id=${id}` });
    expect(message?.body).toContain('匹配行业：制造业；匹配规模：小型企业');

    for (const other of [wrongIndustry, wrongScale]) {
      const otherInbox = await gqlAs<{ unreadMessageCount: number }>(t, other.token, MESSAGES);
      expect(otherInbox.data?.unreadMessageCount).toBe(0);
      const otherPush = await gqlAs<{ myPolicyPush: Array<{ policy: { id: string } }> }>(t, other.token, PUSH);
      expect(otherPush.data?.myPolicyPush.map((item) => item.policy.id)).not.toContain(id);
    }

    const push = await gqlAs<{ myPolicyPush: Array<{ reasons: string[]; reasonText: string; policy: { id: string } }> }>(t, matching.token, PUSH);
    expect(push.data?.myPolicyPush.find((item) => item.policy.id === id)).toEqual({
      reasons: ['匹配行业：制造业', '匹配规模：小型企业'],
      reasonText: '匹配行业：制造业；匹配规模：小型企业',
      policy: { id, title: '阜阳市支持制造业小微企业融资贴息办法' },
    });

    const audit = await t.dataSource.manager.findBy(AuditLogEntity, { targetId: id });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['CONTENT_CREATED', 'CONTENT_PUBLISHED']);

    const read = await gqlAs<{ markMessagesRead: number }>(t, matching.token, 'mutation ($ids: [ID!]!) { markMessagesRead(ids: $ids) }', { ids: [message?.id] });
    expect(read.data?.markMessagesRead).toBe(1);
    const notMine = await gqlAs<{ markMessagesRead: number }>(t, wrongScale.token, 'mutation ($ids: [ID!]!) { markMessagesRead(ids: $ids) }', { ids: [message?.id] });
    expect(notMine.data?.markMessagesRead).toBe(0);
    expect((await gqlAs<{ unreadMessageCount: number }>(t, matching.token, MESSAGES)).data?.unreadMessageCount).toBe(0);
  });

  it('a policy with no tags is pushed to every bound enterprise user; republishing does not message twice', async () => {
    const anyone = await enterpriseUser({ industryCode: '01', scale: EnterpriseScale.LARGE, type: EnterpriseType.PARTNERSHIP });
    const id = await createPolicy({ title: '全市普惠金融政策', industryCodes: [], scales: [] });
    await gqlAs(t, operator, PUBLISH, { id });
    await gqlAs(t, operator, WITHDRAW, { id });
    const again = await gqlAs<{ publishPolicy: { notifiedUserCount: number } }>(t, operator, PUBLISH, { id });
    expect(again.data?.publishPolicy.notifiedUserCount).toBe(0);
    const inbox = await gqlAs<{ myMessages: { edges: Array<{ node: { link: string; body: string } }> } }>(t, anyone.token, MESSAGES);
    const forPolicy = inbox.data?.myMessages.edges.filter((edge) => edge.node.link.endsWith(id)) ?? [];
    expect(forPolicy).toHaveLength(1);
    expect(forPolicy[0]?.node.body).toContain('面向全部企业');
  });

  it('publishing does not message a user whose binding the identity platform withdrew', async () => {
    const former = await enterpriseUser({ industryCode: '39', scale: EnterpriseScale.SMALL, type: EnterpriseType.LIMITED_COMPANY });
    const current = await enterpriseUser({ industryCode: '39', scale: EnterpriseScale.SMALL, type: EnterpriseType.LIMITED_COMPANY });
    await t.dataSource.manager.update(EnterpriseBindingEntity, { userId: former.userId }, { deactivatedAt: new Date() });
    const id = await createPolicy({ title: '小微企业技术改造贴息' });
    await gqlAs(t, operator, PUBLISH, { id });
    const links = async (token: string) => {
      const inbox = await gqlAs<{ myMessages: { edges: Array<{ node: { link: string } }> } }>(t, token, MESSAGES);
      return inbox.data?.myMessages.edges.map((edge) => edge.node.link) ?? [];
    };
    expect(await links(current.token)).toContain(`/packages/content/policy-detail/index?id=${id}`);
    expect((await links(former.token)).filter((link) => link.endsWith(id))).toEqual([]);
  });

  it('a withdrawn policy disappears from the public list, detail and 政策推送', async () => {
    const matching = await enterpriseUser({ industryCode: '39', scale: EnterpriseScale.MICRO, type: EnterpriseType.LIMITED_COMPANY });
    const id = await createPolicy();
    await gqlAs(t, operator, PUBLISH, { id });
    const listed = await gqlAs<{ policies: { edges: Array<{ node: { id: string } }> } }>(t, null, PUBLIC_LIST);
    expect(listed.data?.policies.edges.map((edge) => edge.node.id)).toContain(id);

    const withdrawn = await gqlAs<{ withdrawPolicy: { status: string } }>(t, operator, WITHDRAW, { id });
    expect(withdrawn.data?.withdrawPolicy.status).toBe('WITHDRAWN');
    const after = await gqlAs<{ policies: { edges: Array<{ node: { id: string } }> } }>(t, null, PUBLIC_LIST);
    expect(after.data?.policies.edges.map((edge) => edge.node.id)).not.toContain(id);
    expect(errorCode(await gqlAs(t, null, PUBLIC_POLICY, { id }))).toBe('NOT_FOUND');
    const push = await gqlAs<{ myPolicyPush: Array<{ policy: { id: string } }> }>(t, matching.token, PUSH);
    expect(push.data?.myPolicyPush.map((item) => item.policy.id)).not.toContain(id);
    expect(errorCode(await gqlAs(t, operator, WITHDRAW, { id }))).toBe('CONFLICT');
  });

  it('sanitises rich text on create and edit', async () => {
    const id = await createPolicy({
      bodyHtml: '<p onclick="x()">正文</p><script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">链接</a><iframe src="https://e.example"></iframe>',
    });
    const detail = await gqlAs<{ managedPolicy: { bodyHtml: string; status: string } }>(t, operator, 'query ($id: ID!) { managedPolicy(id: $id) { bodyHtml status } }', { id });
    expect(detail.data?.managedPolicy).toEqual({ bodyHtml: '<p>正文</p><a rel="noopener noreferrer">链接</a>', status: 'DRAFT' });

    const edited = await gqlAs<{ updatePolicy: { bodyHtml: string } }>(t, operator, UPDATE, {
      id,
      expectedVersion: 1,
      input: policyInput({ bodyHtml: '<p style="x">改</p><svg onload="x()"></svg>' }),
    });
    expect(edited.data?.updatePolicy.bodyHtml).toBe('<p>改</p>');
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ bodyHtml: '<script>alert(1)</script>' }, 'bodyHtml'],
      [{ attachmentIds: ['https://evil.example/a.pdf'] }, 'attachmentIds'],
      [{ attachmentIds: ['0f8fad5b-d9cb-469f-a165-70867728950e'] }, 'attachmentIds.0'],
      [{ industryCodes: ['ZZ'] }, 'industryCodes.0'],
      [{ issuedOn: '2026-02-30' }, 'issuedOn'],
      [{ title: '' }, 'title'],
    ];
    const before = await t.dataSource.manager.count(AuditLogEntity);
    for (const [overrides, field] of cases) {
      const response = await gqlAs(t, operator, CREATE, { input: policyInput(overrides) });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      const fields = (response.errors?.[0]?.extensions as { fields?: Array<{ field: string; message: string }> } | undefined)?.fields ?? [];
      expect(fields.map((entry) => entry.field)).toContain(field);
    }
    expect(await t.dataSource.manager.count(AuditLogEntity)).toBe(before);
  });

  it('keeps the attachments in the given order with their name, type, size and download path, and replaces them on edit', async () => {
    const first = (await upload(t, operator, pdfBytes('一'), '申报指南.pdf')).body;
    const second = (await upload(t, operator, pngBytes(), '流程图.png')).body;
    const id = await createPolicy({ attachmentIds: [second.id, first.id] });
    const detail = 'query ($id: ID!) { managedPolicy(id: $id) { attachments { id name mimeType size url } } }';
    const created = await gqlAs<{ managedPolicy: { attachments: Array<Record<string, unknown>> } }>(t, operator, detail, { id });
    expect(created.data?.managedPolicy.attachments).toEqual([
      { id: second.id, name: '流程图.png', mimeType: 'image/png', size: second.size, url: `/api/files/${second.id}` },
      { id: first.id, name: '申报指南.pdf', mimeType: 'application/pdf', size: first.size, url: `/api/files/${first.id}` },
    ]);

    const edited = await gqlAs<{ updatePolicy: { attachments: Array<{ id: string }> } }>(t, operator, UPDATE, { id, expectedVersion: 1, input: policyInput({ attachmentIds: [first.id] }) });
    expect(edited.data?.updatePolicy.attachments.map((attachment) => attachment.id)).toEqual([first.id]);
    const list = await gqlAs<{ managedPolicies: { edges: Array<{ node: { id: string; attachments: Array<{ id: string }> } }> } }>(
      t,
      operator,
      'query { managedPolicies(first: 100) { edges { node { id attachments { id } } } } }',
    );
    const row = list.data?.managedPolicies.edges.find((edge) => edge.node.id === id);
    expect(row?.node.attachments.map((attachment) => attachment.id)).toEqual([first.id]);
  });

  it('refuses attachments that are not uploaded content files, repeated ones, and keeps the old list', async () => {
    const file = (await upload(t, operator, pdfBytes('二'), '附件.pdf')).body;
    const banner = (await upload(t, operator, pngBytes(), 'banner.png', 'BANNER_IMAGE')).body;
    const id = await createPolicy({ attachmentIds: [file.id] });
    for (const [attachmentIds, field] of [
      [[banner.id], 'attachmentIds.0'],
      [[file.id, file.id], 'attachmentIds.1'],
    ] as const) {
      const response = await gqlAs(t, operator, UPDATE, { id, expectedVersion: 1, input: policyInput({ attachmentIds }) });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(field);
    }
    const kept = await gqlAs<{ managedPolicy: { attachments: Array<{ id: string }> } }>(t, operator, 'query ($id: ID!) { managedPolicy(id: $id) { attachments { id } } }', { id });
    expect(kept.data?.managedPolicy.attachments.map((attachment) => attachment.id)).toEqual([file.id]);
  });

  /** The stored policy as the console reads it, with its audit trail: what a refused edit must leave alone. */
  async function policyState(id: string): Promise<{ policy: unknown; updatedAt: number; audit: string[] }> {
    const detail = await gqlAs<{ managedPolicy: unknown }>(t, operator, MANAGED_POLICY, { id });
    const row = await t.dataSource.manager.findOneByOrFail(PolicyEntity, { id });
    const audit = await t.dataSource.manager.find(AuditLogEntity, { where: { targetId: id }, order: { seq: 'ASC' } });
    return { policy: detail.data?.managedPolicy, updatedAt: row.updatedAt.getTime(), audit: audit.map((entry) => `${entry.action}:${JSON.stringify(entry.detail)}`) };
  }

  it('refuses an edit based on an outdated version with CONFLICT, leaving the row, attachments and audit log as they were', async () => {
    const other = (await signedInUser(t, { role: Role.OPERATOR })).tokens.accessToken;
    const first = (await upload(t, operator, pdfBytes('旧'), '旧附件.pdf')).body;
    const second = (await upload(t, operator, pdfBytes('新'), '新附件.pdf')).body;
    const id = await createPolicy({ attachmentIds: [first.id] });

    const saved = await gqlAs<{ updatePolicy: Versioned & { title: string } }>(t, operator, UPDATE, {
      id,
      expectedVersion: 1,
      input: policyInput({ title: '甲修改后的标题', attachmentIds: [second.id] }),
    });
    expect(saved.data?.updatePolicy).toMatchObject({ title: '甲修改后的标题', version: 2 });
    const before = await policyState(id);

    const stale = await gqlAs(t, other, UPDATE, { id, expectedVersion: 1, input: policyInput({ title: '乙基于旧版本的标题', attachmentIds: [first.id] }) });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toBe(EDITED_MEANWHILE);
    expect(await policyState(id)).toEqual(before);

    const retried = await gqlAs<{ updatePolicy: Versioned & { title: string; attachments: Array<{ id: string }> } }>(t, other, UPDATE, {
      id,
      expectedVersion: 2,
      input: policyInput({ title: '乙刷新后的标题', attachmentIds: [first.id] }),
    });
    expect(retried.data?.updatePolicy).toMatchObject({ title: '乙刷新后的标题', version: 3, attachments: [{ id: first.id }] });
  });

  it('of two edits of the same version sent at once, exactly one is saved', async () => {
    const id = await createPolicy();
    const edits = await Promise.all(
      ['甲', '乙'].map((who) => gqlAs<{ updatePolicy: Versioned & { title: string } }>(t, operator, UPDATE, { id, expectedVersion: 1, input: policyInput({ title: `${who}的标题` }) })),
    );
    const winners = edits.filter((edit) => edit.data?.updatePolicy);
    expect(winners).toHaveLength(1);
    expect(edits.map(errorCode).filter((code) => code)).toEqual(['CONFLICT']);
    const stored = await gqlAs<{ managedPolicy: Versioned & { title: string } }>(t, operator, MANAGED_POLICY, { id });
    expect(stored.data?.managedPolicy).toMatchObject({ title: winners[0]?.data?.updatePolicy.title, version: 2 });
    const audit = await t.dataSource.manager.findBy(AuditLogEntity, { targetId: id, action: 'CONTENT_UPDATED' });
    expect(audit).toHaveLength(1);
  });

  it('publishing and withdrawing move the version on, so an edit loaded before them is refused', async () => {
    const id = await createPolicy();
    const published = await gqlAs<{ publishPolicy: { policy: Versioned } }>(t, operator, PUBLISH, { id });
    expect(published.data?.publishPolicy.policy.version).toBe(2);
    const withdrawn = await gqlAs<{ withdrawPolicy: Versioned }>(t, operator, WITHDRAW, { id });
    expect(withdrawn.data?.withdrawPolicy.version).toBe(3);
    expect(errorCode(await gqlAs(t, operator, UPDATE, { id, expectedVersion: 2, input: policyInput() }))).toBe('CONFLICT');
    const edited = await gqlAs<{ updatePolicy: Versioned & { status: string } }>(t, operator, UPDATE, { id, expectedVersion: 3, input: policyInput() });
    expect(edited.data?.updatePolicy).toMatchObject({ status: 'WITHDRAWN', version: 4 });

    const created = await gqlAs<{ createNews: Versioned & { id: string } }>(t, operator, CREATE_NEWS, { input: newsInput() });
    const newsId = created.data?.createNews.id ?? '';
    expect(created.data?.createNews.version).toBe(1);
    const newsEdited = await gqlAs<{ updateNews: Versioned }>(t, operator, UPDATE_NEWS, { id: newsId, expectedVersion: 1, input: newsInput({ title: '改后的资讯' }) });
    expect(newsEdited.data?.updateNews.version).toBe(2);
    expect((await gqlAs<{ publishNews: Versioned }>(t, operator, PUBLISH_NEWS, { id: newsId })).data?.publishNews.version).toBe(3);
    expect((await gqlAs<{ withdrawNews: Versioned }>(t, operator, WITHDRAW_NEWS, { id: newsId })).data?.withdrawNews.version).toBe(4);
    const staleNews = await gqlAs(t, operator, UPDATE_NEWS, { id: newsId, expectedVersion: 2, input: newsInput({ title: '旧版本上的修改' }) });
    expect(errorCode(staleNews)).toBe('CONFLICT');
    expect(staleNews.errors?.[0]?.message).toBe(EDITED_MEANWHILE);
    const news = await t.dataSource.manager.findOneByOrFail(NewsEntity, { id: newsId });
    expect(news).toMatchObject({ title: '改后的资讯', version: 4 });
  });

  it('an edit of an unknown policy or news item is NOT_FOUND, whatever version it names', async () => {
    const id = randomUUID();
    for (const expectedVersion of [1, 7]) {
      expect(errorCode(await gqlAs(t, operator, UPDATE, { id, expectedVersion, input: policyInput() }))).toBe('NOT_FOUND');
      expect(errorCode(await gqlAs(t, operator, UPDATE_NEWS, { id, expectedVersion, input: newsInput() }))).toBe('NOT_FOUND');
    }
    expect(await t.dataSource.manager.countBy(AuditLogEntity, { targetId: id })).toBe(0);
  });

  it('only operators manage content', async () => {
    const id = await createPolicy();
    for (const role of [Role.ENTERPRISE, Role.GOV_OFFICER, Role.SYSTEM_ADMIN]) {
      const { tokens } = await signedInUser(t, { role });
      expect(errorCode(await gqlAs(t, tokens.accessToken, CREATE, { input: policyInput() }))).toBe('FORBIDDEN');
      expect(errorCode(await gqlAs(t, tokens.accessToken, PUBLISH, { id }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await gqlAs(t, null, PUBLISH, { id }))).toBe('UNAUTHENTICATED');
    const still = await gqlAs<{ managedPolicy: { status: string } }>(t, operator, 'query ($id: ID!) { managedPolicy(id: $id) { status } }', { id });
    expect(still.data?.managedPolicy.status).toBe('DRAFT');
  });

  it('news: draft, publish, withdraw, and only published news is public', async () => {
    const file = (await upload(t, operator, pdfBytes('资讯'), '活动议程.pdf')).body;
    const input = {
      title: '金融服务进园区活动举行',
      level: PolicyLevel.CITY,
      source: '阜阳市地方金融管理局',
      publishedOn: '2026-11-21',
      summary: '活动简讯。',
      bodyHtml: '<p>简讯<script>x</script></p>',
      attachmentIds: [file.id],
    };
    const created = await gqlAs<{ createNews: { id: string; status: string; bodyHtml: string } }>(t, operator, 'mutation ($input: NewsInput!) { createNews(input: $input) { id status bodyHtml } }', { input });
    const id = created.data?.createNews.id ?? '';
    expect(created.data?.createNews).toMatchObject({ status: 'DRAFT', bodyHtml: '<p>简讯</p>' });
    const publicNews = 'query ($id: ID!) { news(id: $id) { id attachments { name url } } }';
    expect(errorCode(await gqlAs(t, null, publicNews, { id }))).toBe('NOT_FOUND');
    await gqlAs(t, operator, 'mutation ($id: ID!) { publishNews(id: $id) { id } }', { id });
    const shown = await gqlAs<{ news: { id: string; attachments: Array<{ name: string; url: string }> } }>(t, null, publicNews, { id });
    expect(shown.data?.news).toEqual({ id, attachments: [{ name: '活动议程.pdf', url: file.url }] });
    await gqlAs(t, operator, 'mutation ($id: ID!) { withdrawNews(id: $id) { id } }', { id });
    expect(errorCode(await gqlAs(t, null, publicNews, { id }))).toBe('NOT_FOUND');
    const managed = await gqlAs<{ managedNewsList: { edges: Array<{ node: { id: string; status: string } }> } }>(
      t,
      operator,
      'query { managedNewsList(first: 100, status: WITHDRAWN) { edges { node { id status } } } }',
    );
    expect(managed.data?.managedNewsList.edges.map((edge) => edge.node.id)).toContain(id);
  });
});
