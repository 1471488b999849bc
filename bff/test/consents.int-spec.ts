import { ConsentGranteeKind, ConsentPurpose, DataSource, DATA_SOURCES, addMonthsUtc } from '@rongtong/shared';
import { Clock } from '../src/infra/clock/clock';
import { AuditAction } from '../src/modules/audit/audit-action';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { institutionGrantee, platformGrantee } from '../src/modules/consents/consent-handle';
import { ConsentException } from '../src/modules/consents/consent.exception';
import { ConsentsService } from '../src/modules/consents/consents.service';
import { DataConsentEntity } from '../src/modules/consents/data-consent.entity';
import { DataUseService } from '../src/modules/data-use/data-use.service';
import { DataUseRecordEntity } from '../src/modules/data-use/data-use-record.entity';
import { EnterpriseRelation } from '../src/modules/enterprises/enterprise-relation';
import { EnterpriseBindingEntity } from '../src/modules/enterprises/enterprise-binding.entity';
import { EnterpriseEntity } from '../src/modules/enterprises/enterprise.entity';
import { errorCode, gqlAs } from './support/auth';
import {
  AGENT_PURPOSES,
  BANK_ID,
  BANK_PRODUCT_ID,
  currentAgreement,
  DATA_USE,
  enterpriseActor,
  grant,
  granted,
  grantInput,
  MY_CONSENTS,
  OTHER_BANK_ID,
  REVOKE,
  sha256Hex,
  UPDATE_AGENT_PURPOSES,
  type ConsentData,
  type DataUseData,
  type EnterpriseActor,
} from './support/consents';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

type Connection<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor?: string; node: T }> };

/**
 * The consent ledger end to end: what can be granted under which agreement, granting (by the legal representative
 * and, within the enterprise's setting, by an agent), the handle gov-data gets from requireActive and which
 * stillActive re-checks, revoking, and the enterprise's data use log.
 */
describe.each(DIALECTS)('consent ledger (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await t?.close();
  });

  const service = () => t.app.get(ConsentsService);
  const myConsents = async (actor: EnterpriseActor, variables: Record<string, unknown> = {}) =>
    (await gqlAs<{ myDataConsents: Connection<ConsentData> }>(t, actor.token, MY_CONSENTS, variables)).data?.myDataConsents;
  const dataUse = async (actor: EnterpriseActor, variables: Record<string, unknown> = {}) =>
    (await gqlAs<{ dataUseRecords: Connection<DataUseData> }>(t, actor.token, DATA_USE, variables)).data?.dataUseRecords;

  it('lists the seven sources with what each contains, and publishes one complete agreement per purpose to anyone', async () => {
    const sources = await gqlAs<{ dataSources: Array<{ source: string; label: string; contents: string }> }>(t, null, 'query { dataSources { source label contents } }');
    expect(sources.data?.dataSources.map((entry) => entry.source)).toEqual(DATA_SOURCES);
    expect(sources.data?.dataSources[1]).toEqual({ source: 'TAX', label: '纳税信息', contents: expect.stringContaining('纳税信用等级') as unknown });

    for (const purpose of Object.values(ConsentPurpose)) {
      const agreement = await currentAgreement(t, purpose);
      expect(agreement).toMatchObject({ purpose, version: '2026.1', publishedAt: '2026-11-01T00:00:00.000Z' });
      expect(agreement.sha256).toBe(sha256Hex(agreement.text));
      expect(agreement.text.startsWith(agreement.title)).toBe(true);
      for (const clause of ['授权的数据范围', '使用目的', '数据的接收方', '授权期限', '撤销授权', '数据使用记录', '个人信息保护法']) {
        expect(agreement.text).toContain(clause);
      }
    }
  });

  it('grants for the legal representative: one row, a GRANT record, an audit entry, listed as active for a year', async () => {
    const owner = await enterpriseActor(t);
    const before = new Date();
    const consent = await granted(t, owner);
    const after = new Date();

    expect(consent).toMatchObject({
      status: 'ACTIVE',
      sources: ['MARKET_REGISTRATION', 'TAX'],
      purpose: 'POLICY_MATCHING',
      granteeKind: 'PLATFORM',
      granteeInstitutionId: null,
      granteeName: '融通平台',
      grantorRelation: 'LEGAL_REPRESENTATIVE',
      grantedByName: '张**',
      agreementVersion: '2026.1',
      revokedAt: null,
    });
    expect(consent.reference).toMatch(/^RTC-[A-Za-z0-9_-]{32}$/);
    const grantedAt = new Date(consent.grantedAt);
    expect(grantedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(grantedAt.getTime()).toBeLessThanOrEqual(after.getTime());
    expect(consent.expiresAt).toBe(addMonthsUtc(grantedAt, 12).toISOString());

    const row = await t.dataSource.manager.findOneByOrFail(DataConsentEntity, { id: consent.id });
    expect(row).toMatchObject({ enterpriseId: owner.enterpriseId, grantedByUserId: owner.userId, version: 1, sources: ['MARKET_REGISTRATION', 'TAX'] });
    expect(await t.dataSource.manager.findBy(DataUseRecordEntity, { consentId: consent.id })).toEqual([
      expect.objectContaining({ kind: 'GRANT', source: null, outcome: 'OK', actorUserId: owner.userId, institutionId: null }),
    ]);
    const audits = await t.dataSource.manager.findBy(AuditLogEntity, { action: AuditAction.DATA_CONSENT_GRANTED, targetId: consent.id });
    expect(audits).toEqual([expect.objectContaining({ actorId: owner.userId, result: 'SUCCESS' })]);
    expect(JSON.parse(audits[0]?.detail ?? '{}')).toMatchObject({ enterpriseId: owner.enterpriseId, purpose: 'POLICY_MATCHING', sources: 'MARKET_REGISTRATION,TAX' });

    const listed = await myConsents(owner);
    expect(listed?.totalCount).toBe(1);
    expect(listed?.edges[0]?.node).toEqual(consent);
    expect((await myConsents(owner, { status: 'REVOKED' }))?.totalCount).toBe(0);
  });

  it('grants to a named institution for a loan application for one of its published products, with a chosen expiry', async () => {
    const owner = await enterpriseActor(t);
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const consent = await granted(t, owner, {
      purpose: ConsentPurpose.LOAN_APPLICATION,
      sources: [DataSource.TAX, DataSource.JUDICIAL, DataSource.SOCIAL_SECURITY],
      granteeKind: ConsentGranteeKind.INSTITUTION,
      institutionId: BANK_ID,
      productId: BANK_PRODUCT_ID,
      expiresAt,
    });
    expect(consent).toMatchObject({
      granteeKind: 'INSTITUTION',
      granteeInstitutionId: BANK_ID,
      granteeName: '阜阳颍淮农村商业银行股份有限公司',
      productId: BANK_PRODUCT_ID,
      productName: '颍淮税易贷',
      expiresAt,
    });
    expect((await dataUse(owner))?.edges[0]?.node).toMatchObject({ kind: 'GRANT', institutionId: BANK_ID, partyName: '阜阳颍淮农村商业银行股份有限公司' });
  });

  describe('requireActive and stillActive', () => {
    let owner: EnterpriseActor;
    let consent: ConsentData;

    beforeAll(async () => {
      owner = await enterpriseActor(t);
      consent = await granted(t, owner, {
        purpose: ConsentPurpose.CREDIT_ASSESSMENT,
        sources: [DataSource.TAX, DataSource.UTILITIES],
        granteeKind: ConsentGranteeKind.INSTITUTION,
        institutionId: BANK_ID,
      });
    });

    const query = (overrides: Partial<Parameters<ConsentsService['requireActive']>[0]> = {}) => ({
      enterpriseId: owner.enterpriseId,
      source: DataSource.TAX,
      grantee: institutionGrantee(BANK_ID),
      purpose: ConsentPurpose.CREDIT_ASSESSMENT,
      ...overrides,
    });

    async function refusal(promise: Promise<unknown>): Promise<unknown> {
      try {
        await promise;
      } catch (error) {
        return error;
      }
      throw new Error('requireActive did not refuse');
    }

    it('hands out a frozen handle naming the consent, reference, enterprise, USCC, sources, purpose, grantee and expiry', async () => {
      const handle = await service().requireActive(query({ source: DataSource.UTILITIES }));
      const enterprise = await t.dataSource.manager.findOneByOrFail(EnterpriseEntity, { id: owner.enterpriseId });
      expect({ ...handle }).toEqual({
        consentId: consent.id,
        reference: consent.reference,
        enterpriseId: owner.enterpriseId,
        uscc: enterprise.uscc,
        sources: ['TAX', 'UTILITIES'],
        purpose: 'CREDIT_ASSESSMENT',
        grantee: { kind: 'INSTITUTION', institutionId: BANK_ID },
        expiresAt: consent.expiresAt,
      });
      expect(Object.isFrozen(handle)).toBe(true);
      expect(await service().stillActive(handle)).toBe(true);
    });

    it.each([
      ['another source', { source: DataSource.JUDICIAL }],
      ['another purpose', { purpose: ConsentPurpose.LOAN_APPLICATION }],
      ['another institution', { grantee: institutionGrantee(OTHER_BANK_ID) }],
      ['the platform instead of the institution', { grantee: platformGrantee() }],
      ['another enterprise', { enterpriseId: '00000000-0000-4000-8000-000000000000' }],
    ])('refuses %s with CONSENT_REQUIRED', async (_case, overrides) => {
      const error = await refusal(service().requireActive(query(overrides)));
      expect(error).toBeInstanceOf(ConsentException);
      expect(error).toMatchObject({ code: 'CONSENT_REQUIRED', reason: 'CONSENT_REQUIRED' });
    });

    it('refuses once the consent has expired, and stillActive turns false at the expiry instant', async () => {
      const handle = await service().requireActive(query());
      const clock = t.app.get(Clock);
      jest.spyOn(clock, 'now').mockReturnValue(new Date(new Date(consent.expiresAt).getTime() - 1));
      expect(await service().stillActive(handle)).toBe(true);
      jest.spyOn(clock, 'now').mockReturnValue(new Date(consent.expiresAt));
      expect(await service().stillActive(handle)).toBe(false);
      expect(await refusal(service().requireActive(query()))).toMatchObject({ code: 'CONSENT_REQUIRED' });
    });

    it('lists a consent past its expiry as expired, and requireActive refuses it', async () => {
      const other = await enterpriseActor(t);
      const lapsed = await granted(t, other, { sources: [DataSource.TAX] });
      await t.dataSource.manager.update(DataConsentEntity, { id: lapsed.id }, { expiresAt: new Date(Date.now() - 1000) });
      expect((await myConsents(other, { status: 'EXPIRED' }))?.edges.map((edge) => edge.node)).toEqual([
        expect.objectContaining({ id: lapsed.id, status: 'EXPIRED' }),
      ]);
      expect((await myConsents(other, { status: 'ACTIVE' }))?.totalCount).toBe(0);
      const lookup = { enterpriseId: other.enterpriseId, source: DataSource.TAX, grantee: platformGrantee(), purpose: ConsentPurpose.POLICY_MATCHING };
      expect(await refusal(service().requireActive(lookup))).toMatchObject({ code: 'CONSENT_REQUIRED' });
    });

    it('refuses after a revocation, and a handle taken before it is no longer active at once', async () => {
      const handle = await service().requireActive(query());
      const revoked = await gqlAs<{ revokeDataConsent: ConsentData }>(t, owner.token, REVOKE, { id: consent.id });
      expect(revoked.data?.revokeDataConsent).toMatchObject({ id: consent.id, status: 'REVOKED' });
      expect(await service().stillActive(handle)).toBe(false);
      expect(await refusal(service().requireActive(query()))).toMatchObject({ code: 'CONSENT_REQUIRED' });
    });
  });

  it('revokes once: who and when are recorded with a REVOKE record and an audit entry; revoking again changes nothing', async () => {
    const owner = await enterpriseActor(t);
    const consent = await granted(t, owner);
    const first = await gqlAs<{ revokeDataConsent: ConsentData }>(t, owner.token, REVOKE, { id: consent.id });
    const revokedAt = first.data?.revokeDataConsent.revokedAt;
    expect(revokedAt).toEqual(expect.any(String));
    expect(await t.dataSource.manager.findOneByOrFail(DataConsentEntity, { id: consent.id })).toMatchObject({ revokedByUserId: owner.userId, version: 2 });

    const again = await gqlAs<{ revokeDataConsent: ConsentData }>(t, owner.token, REVOKE, { id: consent.id });
    expect(again.data?.revokeDataConsent).toMatchObject({ status: 'REVOKED', revokedAt });
    const records = await t.dataSource.manager.findBy(DataUseRecordEntity, { consentId: consent.id });
    expect(records.map((record) => record.kind).sort()).toEqual(['GRANT', 'REVOKE']);
    expect(await t.dataSource.manager.countBy(AuditLogEntity, { action: AuditAction.DATA_CONSENT_REVOKED, targetId: consent.id })).toBe(1);
    expect((await myConsents(owner, { status: 'REVOKED' }))?.totalCount).toBe(1);
    expect((await myConsents(owner, { status: 'ACTIVE' }))?.totalCount).toBe(0);
  });

  it('shows the enterprise its data use log newest first, naming who used which source under which consent, paged', async () => {
    const owner = await enterpriseActor(t, { displayName: '欧阳娜娜' });
    const consent = await granted(t, owner, {
      purpose: ConsentPurpose.CREDIT_ASSESSMENT,
      granteeKind: ConsentGranteeKind.INSTITUTION,
      institutionId: BANK_ID,
    });
    const uses = t.app.get(DataUseService);
    await uses.record({ enterpriseId: owner.enterpriseId, kind: 'FETCH', source: DataSource.TAX, purpose: ConsentPurpose.CREDIT_ASSESSMENT, consentId: consent.id, institutionId: BANK_ID, outcome: 'OK' });
    await uses.record({
      enterpriseId: owner.enterpriseId,
      kind: 'FETCH',
      source: DataSource.MARKET_REGISTRATION,
      purpose: ConsentPurpose.CREDIT_ASSESSMENT,
      consentId: consent.id,
      institutionId: BANK_ID,
      outcome: 'FAILED',
      detail: 'GOV_UNAVAILABLE',
    });
    await gqlAs(t, owner.token, REVOKE, { id: consent.id });

    const all = await dataUse(owner);
    expect(all?.totalCount).toBe(4);
    expect(all?.edges.map((edge) => [edge.node.kind, edge.node.source, edge.node.outcome])).toEqual([
      ['REVOKE', null, 'OK'],
      ['FETCH', 'MARKET_REGISTRATION', 'FAILED'],
      ['FETCH', 'TAX', 'OK'],
      ['GRANT', null, 'OK'],
    ]);
    for (const edge of all?.edges ?? []) {
      expect(edge.node).toMatchObject({ consentId: consent.id, consentReference: consent.reference, partyName: '阜阳颍淮农村商业银行股份有限公司', purpose: 'CREDIT_ASSESSMENT' });
    }
    expect(all?.edges[0]?.node.actorName).toBe('欧***');
    expect(all?.edges[1]?.node).toMatchObject({ actorName: null, detail: 'GOV_UNAVAILABLE' });

    const firstPage = await dataUse(owner, { first: 3 });
    expect(firstPage?.pageInfo.hasNextPage).toBe(true);
    const secondPage = await dataUse(owner, { first: 3, after: firstPage?.pageInfo.endCursor });
    expect(secondPage?.edges.map((edge) => edge.node.kind)).toEqual(['GRANT']);
    expect(secondPage?.pageInfo.hasNextPage).toBe(false);
  });

  describe('agents', () => {
    it('may grant for loan applications by default, not for other purposes until the legal representative allows it', async () => {
      const owner = await enterpriseActor(t);
      const agent = await enterpriseActor(t, { enterpriseId: owner.enterpriseId, relation: EnterpriseRelation.AGENT, displayName: '李四' });
      expect((await gqlAs<{ agentConsentPurposes: string[] }>(t, agent.token, AGENT_PURPOSES)).data?.agentConsentPurposes).toEqual(['LOAN_APPLICATION']);

      const loan = await granted(t, agent, { purpose: ConsentPurpose.LOAN_APPLICATION, sources: [DataSource.TAX] });
      expect(loan).toMatchObject({ grantorRelation: 'AGENT', grantedByName: '李*' });
      const refused = await grant(t, agent, await grantInput(t, { purpose: ConsentPurpose.CREDIT_ASSESSMENT }));
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'input.purpose', message: expect.stringContaining('经办人不能授权用于信用评估') as unknown }]);

      const update = await gqlAs<{ updateAgentConsentPurposes: string[] }>(t, owner.token, UPDATE_AGENT_PURPOSES, {
        p: ['CREDIT_ASSESSMENT', 'LOAN_APPLICATION'],
      });
      expect(update.data?.updateAgentConsentPurposes).toEqual(['LOAN_APPLICATION', 'CREDIT_ASSESSMENT']);
      expect(await granted(t, agent, { purpose: ConsentPurpose.CREDIT_ASSESSMENT })).toMatchObject({ purpose: 'CREDIT_ASSESSMENT' });
      const audit = await t.dataSource.manager.findOneByOrFail(AuditLogEntity, { action: AuditAction.AGENT_CONSENT_PURPOSES_CHANGED, targetId: owner.enterpriseId });
      expect(JSON.parse(audit.detail ?? '{}')).toEqual({ from: 'LOAN_APPLICATION', to: 'LOAN_APPLICATION,CREDIT_ASSESSMENT' });

      expect((await gqlAs<{ updateAgentConsentPurposes: string[] }>(t, owner.token, UPDATE_AGENT_PURPOSES, { p: [] })).data?.updateAgentConsentPurposes).toEqual([]);
      const none = await grant(t, agent, await grantInput(t, { purpose: ConsentPurpose.LOAN_APPLICATION }));
      expect(none.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.purpose');
    });

    it('may not change what agents may grant', async () => {
      const owner = await enterpriseActor(t);
      const agent = await enterpriseActor(t, { enterpriseId: owner.enterpriseId, relation: EnterpriseRelation.AGENT });
      const response = await gqlAs(t, agent.token, UPDATE_AGENT_PURPOSES, { p: ['LOAN_APPLICATION', 'CREDIT_ASSESSMENT', 'POLICY_MATCHING'] });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message).toBe('只有企业法定代表人可以设置经办人的授权范围');
      expect((await t.dataSource.manager.findOneByOrFail(EnterpriseEntity, { id: owner.enterpriseId })).agentConsentPurposes).toEqual(['LOAN_APPLICATION']);
    });
  });

  it('refuses a user whose binding to the enterprise the identity platform withdrew', async () => {
    const owner = await enterpriseActor(t);
    await t.dataSource.manager.update(EnterpriseBindingEntity, { userId: owner.userId, enterpriseId: owner.enterpriseId }, { deactivatedAt: new Date() });
    const response = await grant(t, owner, await grantInput(t));
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(errorCode(await gqlAs(t, owner.token, MY_CONSENTS))).toBe('FORBIDDEN');
    expect(await t.dataSource.manager.countBy(DataConsentEntity, { enterpriseId: owner.enterpriseId })).toBe(0);
  });
});
