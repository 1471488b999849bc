import { ConsentGranteeKind, ConsentPurpose, DataSource, ProductStatus, Role } from '@rongtong/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { isChineseMessage } from '../../src/infra/errors/input-coercion-message';
import { RATE_LIMIT_QUOTAS, type RateLimitQuotas } from '../../src/infra/rate-limit/rate-limit-quotas';
import { DataConsentEntity } from '../../src/modules/consents/data-consent.entity';
import { EnterpriseRelation } from '../../src/modules/enterprises/enterprise-relation';
import { EnterpriseEntity } from '../../src/modules/enterprises/enterprise.entity';
import { InstitutionEntity } from '../../src/modules/institutions/institution.entity';
import { InstitutionStatus } from '../../src/modules/institutions/institution-status';
import { errorCode, gqlAs, signedInUser, signIn } from '../support/auth';
import {
  BANK_ID,
  BANK_PRODUCT_ID,
  DATA_USE,
  enterpriseActor,
  grant,
  granted,
  grantInput,
  ledgerCounts,
  MY_CONSENTS,
  OTHER_BANK_ID,
  REVOKE,
  UPDATE_AGENT_PURPOSES,
  type ConsentData,
  type EnterpriseActor,
  type GrantInput,
} from '../support/consents';
import { insertManagedProduct } from '../support/product-management';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from '../support/test-app';

type Fields = Array<{ field: string; message: string }>;

const fieldsOf = (response: GraphqlResponse<unknown>): Fields => response.errors?.[0]?.extensions?.fields ?? [];
const GRANT = 'mutation($input: GrantDataConsentInput!) { grantDataConsent(input: $input) { id } }';
const TEN_KB = 'x'.repeat(10 * 1024);

/**
 * A client that does not play by the app's rules: another enterprise's consents, an agent beyond what the legal
 * representative allowed, replayed grants, unknown sources, expiries outside the rules, made-up institutions and
 * products, an agreement it never showed, oversized inputs and a flood. Every refusal names the field and writes
 * nothing: no consent, no data use record, no audit entry.
 */
describe.each(DIALECTS)('hostile client: data consents (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await t?.close();
  });

  /** The request is refused as BAD_USER_INPUT naming `field`, and nothing is written. */
  async function expectRefusedInput(actor: EnterpriseActor, input: GrantInput | Record<string, unknown>, field: string | RegExp): Promise<Fields> {
    const before = await ledgerCounts(t);
    const response = await gqlAs(t, actor.token, GRANT, { input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const fields = fieldsOf(response);
    expect(fields.map((entry) => entry.field)).toContainEqual(typeof field === 'string' ? field : expect.stringMatching(field));
    expect(await ledgerCounts(t)).toEqual(before);
    return fields;
  }

  describe('another enterprise’s consent', () => {
    let owner: EnterpriseActor;
    let stranger: EnterpriseActor;
    let consent: ConsentData;

    beforeAll(async () => {
      owner = await enterpriseActor(t);
      stranger = await enterpriseActor(t);
      consent = await granted(t, owner);
    });

    it('cannot be revoked: NOT_FOUND, as an unknown id, and the consent stays active', async () => {
      const before = await ledgerCounts(t);
      const response = await gqlAs(t, stranger.token, REVOKE, { id: consent.id });
      expect(errorCode(response)).toBe('NOT_FOUND');
      expect(response.errors?.[0]?.message).toBe('未找到该数据授权');
      expect(errorCode(await gqlAs(t, stranger.token, REVOKE, { id: randomUUID() }))).toBe('NOT_FOUND');
      expect(await t.dataSource.manager.findOneByOrFail(DataConsentEntity, { id: consent.id })).toMatchObject({ revokedAt: null, version: 1 });
      expect(await ledgerCounts(t)).toEqual(before);
    });

    it('cannot be read: neither in its consents nor in its data use log', async () => {
      const consents = await gqlAs<{ myDataConsents: { totalCount: number } }>(t, stranger.token, MY_CONSENTS);
      expect(consents.data?.myDataConsents.totalCount).toBe(0);
      const uses = await gqlAs<{ dataUseRecords: { totalCount: number } }>(t, stranger.token, DATA_USE);
      expect(uses.data?.dataUseRecords.totalCount).toBe(0);
      // The owner sees both.
      expect((await gqlAs<{ myDataConsents: { totalCount: number } }>(t, owner.token, MY_CONSENTS)).data?.myDataConsents.totalCount).toBe(1);
    });

    it('cannot be reached by switching the session to an enterprise the user is not bound to', async () => {
      const session = await signIn(t, stranger.userId, owner.enterpriseId);
      const response = await gqlAs(t, session.accessToken, REVOKE, { id: consent.id });
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(errorCode(await gqlAs(t, session.accessToken, MY_CONSENTS))).toBe('FORBIDDEN');
      expect(errorCode(await grant(t, { token: session.accessToken }, await grantInput(t)))).toBe('FORBIDDEN');
    });
  });

  it('refuses a session acting for no enterprise, and callers of other roles', async () => {
    const citizen = await signedInUser(t, { role: Role.ENTERPRISE });
    const { data_consents, data_use_records } = await ledgerCounts(t);
    const response = await grant(t, { token: citizen.tokens.accessToken }, await grantInput(t));
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toBe('请先选择您可代表办理业务的企业');
    const operator = await signedInUser(t, { role: Role.OPERATOR });
    expect(errorCode(await grant(t, { token: operator.tokens.accessToken }, await grantInput(t)))).toBe('FORBIDDEN');
    expect(errorCode(await grant(t, { token: null as unknown as string }, await grantInput(t)))).toBe('UNAUTHENTICATED');
    // The guard audits the operator's attempt (ACCESS_DENIED); no consent and no use record.
    expect(await ledgerCounts(t)).toMatchObject({ data_consents, data_use_records });
  });

  it('refuses an agent granting beyond what the legal representative allowed, and an agent widening it', async () => {
    const owner = await enterpriseActor(t);
    const agent = await enterpriseActor(t, { enterpriseId: owner.enterpriseId, relation: EnterpriseRelation.AGENT });
    const fields = await expectRefusedInput(agent, await grantInput(t, { purpose: ConsentPurpose.POLICY_MATCHING }), 'input.purpose');
    expect(fields[0]?.message).toBe('经办人不能授权用于政策匹配，请由企业法定代表人授权，或请其在“经办人授权范围”中开启该用途');

    const widen = await gqlAs(t, agent.token, UPDATE_AGENT_PURPOSES, { p: ['POLICY_MATCHING'] });
    expect(errorCode(widen)).toBe('FORBIDDEN');
    expect((await t.dataSource.manager.findOneByOrFail(EnterpriseEntity, { id: owner.enterpriseId })).agentConsentPurposes).toEqual(['LOAN_APPLICATION']);
  });

  describe('a replayed grant', () => {
    it('with the same idempotency key and request returns the first consent and writes one row', async () => {
      const owner = await enterpriseActor(t);
      const input = await grantInput(t);
      const first = await grant(t, owner, input);
      const before = await ledgerCounts(t);
      const again = await grant(t, owner, input);
      expect(again.data?.grantDataConsent).toEqual(first.data?.grantDataConsent);
      // The order of the sources does not make it another request.
      const reordered = await grant(t, owner, { ...input, sources: [...input.sources].reverse() });
      expect(reordered.data?.grantDataConsent.id).toBe(first.data?.grantDataConsent.id);
      expect(await ledgerCounts(t)).toEqual(before);
      expect(await t.dataSource.manager.countBy(DataConsentEntity, { enterpriseId: owner.enterpriseId })).toBe(1);
    });

    it('sent eight times at once writes one row and answers every copy with it', async () => {
      const owner = await enterpriseActor(t);
      const input = await grantInput(t);
      const answers = await Promise.all(Array.from({ length: 8 }, () => grant(t, owner, input)));
      const ids = new Set(answers.map((answer) => answer.data?.grantDataConsent.id));
      expect(answers.map((answer) => answer.errors)).toEqual(Array.from({ length: 8 }, () => undefined));
      expect(ids.size).toBe(1);
      expect(await t.dataSource.manager.countBy(DataConsentEntity, { enterpriseId: owner.enterpriseId })).toBe(1);
    });

    it('with the same key and another request is CONFLICT and writes nothing', async () => {
      const owner = await enterpriseActor(t);
      const input = await grantInput(t);
      await grant(t, owner, input);
      const before = await ledgerCounts(t);
      const other = await grant(t, owner, { ...input, sources: [DataSource.JUDICIAL] });
      expect(errorCode(other)).toBe('CONFLICT');
      expect(other.errors?.[0]?.message).toBe('该请求编号已用于另一项授权，请刷新后重新提交');
      expect(await ledgerCounts(t)).toEqual(before);
    });
  });

  describe('input outside the rules', () => {
    let owner: EnterpriseActor;
    beforeAll(async () => {
      owner = await enterpriseActor(t);
    });

    it('an unknown source, a duplicated one, or none', async () => {
      const unknown = await expectRefusedInput(owner, { ...(await grantInput(t)), sources: ['CREDIT_BUREAU'] }, 'input.sources[0]');
      // In Chinese only: the value, the values there are, the field path; none of graphql-js's English sentence.
      expect(unknown).toEqual([{ field: 'input.sources[0]', message: `"CREDIT_BUREAU" 不是有效的取值，可选：${Object.values(DataSource).join('、')}` }]);
      const unknownResponse = await gqlAs(t, owner.token, GRANT, { input: { ...(await grantInput(t)), sources: ['CREDIT_BUREAU'] } });
      expect(unknownResponse.errors?.[0]?.message).toBe(`参数取值不合法（input.sources[0]）：${unknown[0]?.message ?? ''}`);
      expect(isChineseMessage(unknownResponse.errors?.[0]?.message ?? '')).toBe(true);
      // A 10 KB value is echoed cut to 64 characters.
      const huge = await expectRefusedInput(owner, { ...(await grantInput(t)), sources: [TEN_KB] }, 'input.sources[0]');
      expect(huge[0]?.message).toBe(`"${TEN_KB.slice(0, 64)}…" 不是有效的取值，可选：${Object.values(DataSource).join('、')}`);
      const duplicated = await expectRefusedInput(owner, await grantInput(t, { sources: [DataSource.TAX, DataSource.TAX] }), 'input.sources');
      expect(duplicated[0]?.message).toBe('数据项不能重复');
      const none = await expectRefusedInput(owner, await grantInput(t, { sources: [] }), 'input.sources');
      expect(none[0]?.message).toBe('请至少选择一项要授权的数据');
    });

    it('an expiry in the past, now, beyond the purpose maximum, or not a time', async () => {
      const past = await expectRefusedInput(owner, await grantInput(t, { expiresAt: '2026-01-01T00:00:00.000Z' }), 'input.expiresAt');
      expect(past[0]?.message).toBe('授权到期时间必须晚于当前时间');
      const tooLong = await expectRefusedInput(owner, await grantInput(t, { expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString() }), 'input.expiresAt');
      expect(tooLong[0]?.message).toMatch(/^政策匹配的授权期限最长 12 个月，到期时间不能晚于 \d{4}-\d{2}-\d{2}$/);
      await expectRefusedInput(owner, await grantInput(t, { expiresAt: 'next year' }), 'input.expiresAt');
    });

    it('an institution that does not exist or is suspended, a platform grant naming one, and an institution for policy matching', async () => {
      const loan = { purpose: ConsentPurpose.LOAN_APPLICATION, granteeKind: ConsentGranteeKind.INSTITUTION };
      const missing = await expectRefusedInput(owner, await grantInput(t, { ...loan, institutionId: randomUUID() }), 'input.institutionId');
      expect(missing[0]?.message).toBe('该金融机构不存在或已暂停服务');
      await expectRefusedInput(owner, await grantInput(t, { ...loan, institutionId: null }), 'input.institutionId');
      await expectRefusedInput(owner, await grantInput(t, { ...loan, institutionId: 'not-a-uuid' }), 'input.institutionId');
      await expectRefusedInput(owner, await grantInput(t, { institutionId: BANK_ID }), 'input.institutionId');
      await expectRefusedInput(owner, await grantInput(t, { granteeKind: ConsentGranteeKind.INSTITUTION, institutionId: BANK_ID }), 'input.granteeKind');

      await t.dataSource.manager.update(InstitutionEntity, { id: OTHER_BANK_ID }, { status: InstitutionStatus.SUSPENDED });
      try {
        await expectRefusedInput(owner, await grantInput(t, { ...loan, institutionId: OTHER_BANK_ID }), 'input.institutionId');
      } finally {
        await t.dataSource.manager.update(InstitutionEntity, { id: OTHER_BANK_ID }, { status: InstitutionStatus.ACTIVE });
      }
    });

    it('a product that is not published, belongs to another institution, or does not exist', async () => {
      const loan = { purpose: ConsentPurpose.LOAN_APPLICATION, granteeKind: ConsentGranteeKind.INSTITUTION, institutionId: BANK_ID };
      const draft = await insertManagedProduct(t, ProductStatus.DRAFT, BANK_ID);
      const message = (await expectRefusedInput(owner, await grantInput(t, { ...loan, productId: draft }), 'input.productId'))[0]?.message;
      expect(message).toBe('该贷款产品不存在、未上架或不属于所选金融机构');
      await expectRefusedInput(owner, await grantInput(t, { ...loan, institutionId: OTHER_BANK_ID, productId: BANK_PRODUCT_ID }), 'input.productId');
      await expectRefusedInput(owner, await grantInput(t, { ...loan, productId: randomUUID() }), 'input.productId');
      await expectRefusedInput(owner, await grantInput(t, { productId: BANK_PRODUCT_ID }), 'input.productId');
    });

    it('an agreement it did not show: a wrong hash, an old version, no hash', async () => {
      const wrongHash = await expectRefusedInput(owner, await grantInput(t, { agreementSha256: 'f'.repeat(64) }), 'input.agreementSha256');
      expect(wrongHash[0]?.message).toBe('协议摘要与协议原文不一致，请重新打开协议完整阅读后再授权');
      const old = await expectRefusedInput(owner, await grantInput(t, { agreementVersion: '2025.1' }), 'input.agreementVersion');
      expect(old[0]?.message).toBe('授权协议已更新为 2026.1 版，请阅读新版协议后再授权');
      await expectRefusedInput(owner, await grantInput(t, { agreementSha256: 'F'.repeat(64) }), 'input.agreementSha256');
      await expectRefusedInput(owner, await grantInput(t, { agreementSha256: '' }), 'input.agreementSha256');
    });

    it('oversized input: 1,000 sources, 10 KB strings', async () => {
      const many = Array.from({ length: 1000 }, (_, index) => Object.values(DataSource)[index % 7] ?? DataSource.TAX);
      const sources = await expectRefusedInput(owner, await grantInput(t, { sources: many }), 'input.sources');
      expect(sources.find((entry) => entry.field === 'input.sources')?.message).toBe('数据项最多 7 项');
      for (const field of ['idempotencyKey', 'agreementVersion', 'agreementSha256', 'expiresAt', 'institutionId', 'productId'] as const) {
        await expectRefusedInput(owner, await grantInput(t, { [field]: TEN_KB }), `input.${field}`);
      }
      const revoke = await gqlAs(t, owner.token, REVOKE, { id: TEN_KB });
      expect(errorCode(revoke)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(revoke)[0]?.field).toBe('id');
      const purposes = await gqlAs(t, owner.token, UPDATE_AGENT_PURPOSES, { p: Array.from({ length: 1000 }, () => 'LOAN_APPLICATION') });
      expect(errorCode(purposes)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(purposes)[0]?.field).toBe('purposes');
      const key = await expectRefusedInput(owner, await grantInput(t, { idempotencyKey: randomBytes(4).toString('hex') }), 'input.idempotencyKey');
      expect(key[0]?.message).toBe('请求编号应为 16–64 位字母、数字、下划线或连字符');
    });
  });

  describe('a flood', () => {
    let limited: TestApp;
    const quotas: RateLimitQuotas = { ...RATE_LIMIT_QUOTAS, graphql: { perIp: { points: 1000, seconds: 60 }, perUser: { points: 5, seconds: 60 } } };

    beforeAll(async () => {
      limited = await createTestApp({ dialect, rateLimit: { quotas, keyPrefix: `rongtong-test:${randomBytes(6).toString('hex')}` } });
    });

    afterAll(async () => {
      await limited?.close();
    });

    it('is cut off by the per-user quota, as for any mutation: nothing of a refused grant runs', async () => {
      const owner = await enterpriseActor(limited);
      const answers: Array<GraphqlResponse<{ grantDataConsent: ConsentData }>> = [];
      for (let attempt = 0; attempt < 12; attempt += 1) answers.push(await grant(limited, owner, await grantInput(limited)));
      const refused = answers.filter((answer) => answer.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(6);
      for (const answer of refused) expect(errorCode(answer)).toBe('RATE_LIMITED');
      const accepted = answers.filter((answer) => answer.data?.grantDataConsent).length;
      expect(accepted).toBeLessThanOrEqual(6);
      expect(await limited.dataSource.manager.countBy(DataConsentEntity, { enterpriseId: owner.enterpriseId })).toBe(accepted);
    });
  });
});
