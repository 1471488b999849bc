import { createHash } from 'node:crypto'
import { ConsentGranteeKind, ConsentPurpose, DataSource, ErrorCode } from '@rongtong/shared'
import { EnterpriseRelation } from '@/gql/graphql'
import { purposePermissions } from './consent-model'
import {
  choosePurpose,
  durationChoices,
  EMPTY_GRANT_FORM,
  formFromParams,
  grantPagePath,
  grantedNotice,
  grantFailure,
  grantInput,
  grantSummary,
  granteeKindsFor,
  validateGrantForm,
  type GrantForm,
  type ValidGrant,
} from './grant-form'

const LEGAL = purposePermissions(EnterpriseRelation.LEGAL_REPRESENTATIVE, [])
const AGENT = purposePermissions(EnterpriseRelation.AGENT, [ConsentPurpose.LOAN_APPLICATION])
const BANK = { id: '7d1c2b6e-1f4a-4c5e-9b8a-0a1b2c3d4e5f', name: '颍淮农商银行' }
const NOW = new Date('2026-11-26T02:05:00.000Z')

const filled: GrantForm = { ...EMPTY_GRANT_FORM, purpose: ConsentPurpose.POLICY_MATCHING, sources: [DataSource.TAX, DataSource.MARKET_REGISTRATION] }

describe('validateGrantForm', () => {
  it('names every missing choice under its field', () => {
    expect(validateGrantForm(EMPTY_GRANT_FORM, LEGAL)).toEqual({
      ok: false,
      errors: { purpose: '请选择授权用途', sources: '请至少选择一项要授权的数据' },
    })
  })

  it('passes a complete form and puts the sources in the platform order', () => {
    const result = validateGrantForm(filled, LEGAL)
    expect(result).toEqual({
      ok: true,
      grant: { purpose: ConsentPurpose.POLICY_MATCHING, granteeKind: ConsentGranteeKind.PLATFORM, institution: null, sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX], months: 12 },
    })
  })

  it('refuses an agent a purpose the legal representative did not allow, with the reason', () => {
    const result = validateGrantForm(filled, AGENT)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.purpose).toContain('法定代表人未允许经办人为「政策匹配」授权')
    expect(validateGrantForm({ ...filled, purpose: ConsentPurpose.LOAN_APPLICATION }, AGENT).ok).toBe(true)
  })

  it('asks for the institution when one is to receive the data, and refuses an institution for policy matching', () => {
    const loan = { ...filled, purpose: ConsentPurpose.LOAN_APPLICATION, granteeKind: ConsentGranteeKind.INSTITUTION }
    expect(validateGrantForm(loan, LEGAL)).toEqual({ ok: false, errors: { grantee: '请选择接收数据的金融机构' } })
    expect(validateGrantForm({ ...loan, institution: BANK }, LEGAL).ok).toBe(true)
    expect(validateGrantForm({ ...filled, granteeKind: ConsentGranteeKind.INSTITUTION, institution: BANK }, LEGAL)).toEqual({
      ok: false,
      errors: { grantee: '「政策匹配」只能授权给融通平台' },
    })
  })

  it('refuses a length beyond the purpose maximum or below a month', () => {
    expect(validateGrantForm({ ...filled, months: 13 }, LEGAL)).toEqual({ ok: false, errors: { months: '该用途的授权期限最长 12 个月' } })
    expect(validateGrantForm({ ...filled, months: 0 }, LEGAL)).toEqual({ ok: false, errors: { months: '请选择授权期限' } })
    expect(validateGrantForm({ ...filled, months: 2.5 }, LEGAL).ok).toBe(false)
  })
})

describe('choices that depend on the purpose', () => {
  it('offers only the platform for policy matching', () => {
    expect(granteeKindsFor(ConsentPurpose.POLICY_MATCHING)).toEqual([ConsentGranteeKind.PLATFORM])
    expect(granteeKindsFor(ConsentPurpose.LOAN_APPLICATION)).toEqual([ConsentGranteeKind.PLATFORM, ConsentGranteeKind.INSTITUTION])
  })

  it('offers lengths up to the purpose maximum', () => {
    expect(durationChoices(ConsentPurpose.CREDIT_ASSESSMENT)).toEqual([1, 3, 6, 12])
  })

  it('drops a chosen institution when the new purpose cannot name one', () => {
    const loan: GrantForm = { ...filled, purpose: ConsentPurpose.LOAN_APPLICATION, granteeKind: ConsentGranteeKind.INSTITUTION, institution: BANK, months: 6 }
    expect(choosePurpose(loan, ConsentPurpose.POLICY_MATCHING)).toMatchObject({ granteeKind: ConsentGranteeKind.PLATFORM, institution: null, months: 6 })
    expect(choosePurpose(loan, ConsentPurpose.CREDIT_ASSESSMENT)).toMatchObject({ granteeKind: ConsentGranteeKind.INSTITUTION, institution: BANK })
  })
})

describe('grantInput', () => {
  const grant: ValidGrant = { purpose: ConsentPurpose.POLICY_MATCHING, granteeKind: ConsentGranteeKind.PLATFORM, institution: null, sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX], months: 12 }
  const agreement = { version: '2026-1', text: '融通平台数据授权协议（政策匹配）\n第一条 ……' }

  it('sends the SHA-256 of the exact text shown and leaves the default length to the server', () => {
    expect(grantInput(grant, agreement, 'key-0123456789abcdef', NOW)).toEqual({
      sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX],
      purpose: ConsentPurpose.POLICY_MATCHING,
      granteeKind: ConsentGranteeKind.PLATFORM,
      institutionId: null,
      expiresAt: null,
      agreementVersion: '2026-1',
      agreementSha256: createHash('sha256').update(agreement.text, 'utf8').digest('hex'),
      idempotencyKey: 'key-0123456789abcdef',
    })
  })

  it('sends a shorter length as its expiry instant and the institution of an institution grant', () => {
    const input = grantInput({ ...grant, purpose: ConsentPurpose.LOAN_APPLICATION, granteeKind: ConsentGranteeKind.INSTITUTION, institution: BANK, months: 3 }, agreement, 'k'.repeat(16), NOW)
    expect(input.expiresAt).toBe('2027-02-26T02:05:00.000Z')
    expect(input.institutionId).toBe(BANK.id)
  })

  it('repeats what is granted, until when, above the agreement; and confirms it afterwards', () => {
    expect(grantSummary(grant, NOW)).toEqual([
      { label: '数据接收方', value: '融通平台' },
      { label: '用途', value: '政策匹配' },
      { label: '数据项', value: '市场主体登记信息、纳税信息' },
      { label: '有效期', value: '12 个月，至 2027-11-26（可随时撤销）' },
    ])
    expect(grantedNotice(grant)).toBe('已授权融通平台为「政策匹配」调取市场主体登记信息、纳税信息')
  })
})

describe('a prefilled 新增授权', () => {
  it('reads the purpose and sources from the address, ignoring what it does not know', () => {
    expect(formFromParams({ purpose: 'POLICY_MATCHING', sources: 'TAX,MARKET_REGISTRATION,NOPE' })).toEqual({
      ...EMPTY_GRANT_FORM,
      purpose: ConsentPurpose.POLICY_MATCHING,
      sources: [DataSource.MARKET_REGISTRATION, DataSource.TAX],
    })
    expect(formFromParams({ purpose: 'SOMETHING' })).toEqual(EMPTY_GRANT_FORM)
  })

  it('writes the address the same way round', () => {
    const path = grantPagePath('/packages/data-consent/grant/index', { purpose: ConsentPurpose.POLICY_MATCHING, sources: [DataSource.TAX, DataSource.MARKET_REGISTRATION] })
    expect(path).toBe('/packages/data-consent/grant/index?purpose=POLICY_MATCHING&sources=MARKET_REGISTRATION,TAX')
  })
})

describe('grantFailure', () => {
  it('shows the field messages of a refused grant and reloads the agreement when its version moved on', () => {
    const fields = [{ field: 'input.agreementSha256', message: '授权协议已更新，请阅读新版本后再授权' }]
    expect(grantFailure({ code: ErrorCode.BAD_USER_INPUT, message: '输入有误', fields })).toEqual({ text: '授权协议已更新，请阅读新版本后再授权', reloadAgreement: true })
    const agent = [{ field: 'purpose', message: '经办人不能为该用途授权' }, { field: 'institutionId', message: '金融机构不存在' }]
    expect(grantFailure({ code: ErrorCode.BAD_USER_INPUT, message: '输入有误', fields: agent })).toEqual({ text: '经办人不能为该用途授权；金融机构不存在', reloadAgreement: false })
  })

  it('shows the message of any other error', () => {
    expect(grantFailure({ code: ErrorCode.SERVICE_UNAVAILABLE, message: '网络不可用', fields: [] })).toEqual({ text: '网络不可用', reloadAgreement: false })
  })
})
