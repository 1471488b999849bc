import { ConsentGranteeKind, ConsentPurpose, DataSource, ProductStatus } from '@rongtong/shared';
import { EnterpriseRelation } from '../enterprises/enterprise-relation';
import { agreementErrors, consentExpiry, grantRequestHash, judgeGrant, normalisePurposes, type GrantContext, type GrantRequest } from './consent-rules';

const NOW = new Date('2026-12-07T08:00:00.000Z');
const SHA = 'a'.repeat(64);
const BANK = '11111111-1111-4111-8111-111111111111';

function request(overrides: Partial<GrantRequest> = {}): GrantRequest {
  return {
    sources: [DataSource.TAX],
    purpose: ConsentPurpose.LOAN_APPLICATION,
    granteeKind: ConsentGranteeKind.INSTITUTION,
    institutionId: BANK,
    productId: null,
    expiresAt: null,
    agreementVersion: '2026.1',
    agreementSha256: SHA,
    idempotencyKey: 'key-0123456789abcdef',
    ...overrides,
  };
}

function context(overrides: Partial<GrantContext> = {}): GrantContext {
  return {
    now: NOW,
    relation: EnterpriseRelation.LEGAL_REPRESENTATIVE,
    agentPurposes: [ConsentPurpose.LOAN_APPLICATION],
    agreement: { version: '2026.1', sha256: SHA },
    institutionListed: true,
    product: null,
    ...overrides,
  };
}

const fieldsOf = (overrides: Partial<GrantRequest>, contextOverrides: Partial<GrantContext> = {}) => {
  const verdict = judgeGrant(request(overrides), context(contextOverrides));
  return verdict.ok ? [] : verdict.fields.map((error) => error.field);
};

describe('consent expiry', () => {
  it('defaults to one calendar year from now', () => {
    expect(consentExpiry(ConsentPurpose.LOAN_APPLICATION, null, NOW)).toEqual({ expiresAt: new Date('2027-12-07T08:00:00.000Z') });
    expect(consentExpiry(ConsentPurpose.POLICY_MATCHING, undefined, new Date('2028-02-29T00:00:00.000Z'))).toEqual({
      expiresAt: new Date('2029-02-28T00:00:00.000Z'),
    });
  });

  it('accepts any instant after now up to the purpose maximum, inclusive', () => {
    expect(consentExpiry(ConsentPurpose.CREDIT_ASSESSMENT, '2026-12-07T08:00:00.001Z', NOW)).toEqual({ expiresAt: new Date('2026-12-07T08:00:00.001Z') });
    expect(consentExpiry(ConsentPurpose.CREDIT_ASSESSMENT, '2027-12-07T16:00:00+08:00', NOW)).toEqual({ expiresAt: new Date('2027-12-07T08:00:00.000Z') });
  });

  it('refuses now, the past, one millisecond beyond the maximum and nonsense, naming the field', () => {
    const message = (requested: string) => {
      const result = consentExpiry(ConsentPurpose.LOAN_APPLICATION, requested, NOW);
      return 'error' in result ? result.error : null;
    };
    expect(message('2026-12-07T08:00:00.000Z')).toEqual({ field: 'input.expiresAt', message: '授权到期时间必须晚于当前时间' });
    expect(message('2020-01-01T00:00:00.000Z')?.message).toBe('授权到期时间必须晚于当前时间');
    expect(message('2027-12-07T08:00:00.001Z')).toEqual({ field: 'input.expiresAt', message: '贷款申请的授权期限最长 12 个月，到期时间不能晚于 2027-12-07' });
    expect(message('not a date')?.message).toBe('授权到期时间格式不正确');
  });
});

describe('agreement check', () => {
  it('passes the current version with the SHA-256 of its text', () => {
    expect(agreementErrors({ agreementVersion: '2026.1', agreementSha256: SHA }, { version: '2026.1', sha256: SHA })).toEqual([]);
  });

  it('refuses an older version, a different hash and a purpose without a published agreement', () => {
    expect(agreementErrors({ agreementVersion: '2025.9', agreementSha256: SHA }, { version: '2026.1', sha256: SHA })).toEqual([
      { field: 'input.agreementVersion', message: '授权协议已更新为 2026.1 版，请阅读新版协议后再授权' },
    ]);
    expect(agreementErrors({ agreementVersion: '2026.1', agreementSha256: 'b'.repeat(64) }, { version: '2026.1', sha256: SHA })[0]?.field).toBe(
      'input.agreementSha256',
    );
    expect(agreementErrors({ agreementVersion: '2026.1', agreementSha256: SHA }, null)[0]?.field).toBe('input.agreementVersion');
  });
});

describe('judgeGrant', () => {
  it('accepts a valid grant and answers its expiry', () => {
    expect(judgeGrant(request(), context())).toEqual({ ok: true, expiresAt: new Date('2027-12-07T08:00:00.000Z') });
    expect(judgeGrant(request({ purpose: ConsentPurpose.POLICY_MATCHING, granteeKind: ConsentGranteeKind.PLATFORM, institutionId: null }), context({ institutionListed: null })).ok).toBe(true);
  });

  it('lets an agent grant only the purposes the enterprise allows agents', () => {
    const agent = { relation: EnterpriseRelation.AGENT };
    expect(fieldsOf({}, agent)).toEqual([]);
    expect(fieldsOf({ purpose: ConsentPurpose.CREDIT_ASSESSMENT }, agent)).toEqual(['input.purpose']);
    expect(fieldsOf({ purpose: ConsentPurpose.CREDIT_ASSESSMENT }, { ...agent, agentPurposes: [ConsentPurpose.CREDIT_ASSESSMENT] })).toEqual([]);
    expect(fieldsOf({}, { ...agent, agentPurposes: [] })).toEqual(['input.purpose']);
    expect(fieldsOf({ purpose: ConsentPurpose.CREDIT_ASSESSMENT }, { agentPurposes: [] })).toEqual([]);
  });

  it('checks the grantee against the purpose and the institution against the directory', () => {
    expect(fieldsOf({ purpose: ConsentPurpose.POLICY_MATCHING })).toEqual(['input.granteeKind']);
    expect(fieldsOf({ granteeKind: ConsentGranteeKind.PLATFORM })).toEqual(['input.institutionId']);
    expect(fieldsOf({ institutionId: null })).toEqual(['input.institutionId']);
    expect(fieldsOf({}, { institutionListed: false })).toEqual(['input.institutionId']);
  });

  it('takes a product only for a loan application to its own institution, and only a published one', () => {
    const product = (status: ProductStatus, institutionId = BANK) => ({ product: { status, institutionId } });
    const productId = '22222222-2222-4222-8222-222222222222';
    expect(fieldsOf({ productId }, product(ProductStatus.PUBLISHED))).toEqual([]);
    expect(fieldsOf({ productId }, product(ProductStatus.DRAFT))).toEqual(['input.productId']);
    expect(fieldsOf({ productId }, product(ProductStatus.RETIRED))).toEqual(['input.productId']);
    expect(fieldsOf({ productId }, product(ProductStatus.PUBLISHED, '33333333-3333-4333-8333-333333333333'))).toEqual(['input.productId']);
    expect(fieldsOf({ productId }, { product: null })).toEqual(['input.productId']);
    expect(fieldsOf({ productId, purpose: ConsentPurpose.CREDIT_ASSESSMENT }, product(ProductStatus.PUBLISHED))).toEqual(['input.productId']);
  });

  it('reports every problem at once', () => {
    const verdict = judgeGrant(
      request({ purpose: ConsentPurpose.CREDIT_ASSESSMENT, institutionId: null, expiresAt: '2030-01-01T00:00:00.000Z', agreementSha256: 'c'.repeat(64) }),
      context({ relation: EnterpriseRelation.AGENT }),
    );
    expect(verdict.ok ? [] : verdict.fields.map((error) => error.field)).toEqual([
      'input.purpose',
      'input.institutionId',
      'input.expiresAt',
      'input.agreementSha256',
    ]);
  });
});

describe('grant request hash and purposes', () => {
  it('is the same for the same request whatever the order of sources, and differs for any other change', () => {
    const base = grantRequestHash('e1', request({ sources: [DataSource.TAX, DataSource.JUDICIAL] }));
    expect(grantRequestHash('e1', request({ sources: [DataSource.JUDICIAL, DataSource.TAX], idempotencyKey: 'another-key-0123456' }))).toBe(base);
    expect(grantRequestHash('e2', request({ sources: [DataSource.TAX, DataSource.JUDICIAL] }))).not.toBe(base);
    expect(grantRequestHash('e1', request({ sources: [DataSource.TAX] }))).not.toBe(base);
    expect(grantRequestHash('e1', request({ sources: [DataSource.TAX, DataSource.JUDICIAL], expiresAt: '2027-01-01T00:00:00.000Z' }))).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it('orders purposes canonically, each once', () => {
    expect(normalisePurposes([ConsentPurpose.POLICY_MATCHING, ConsentPurpose.LOAN_APPLICATION, ConsentPurpose.POLICY_MATCHING])).toEqual([
      ConsentPurpose.LOAN_APPLICATION,
      ConsentPurpose.POLICY_MATCHING,
    ]);
  });
});
