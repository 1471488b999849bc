import { ConsentGranteeKind, ConsentPurpose, ConsentStatus, DataSource } from '@rongtong/shared'
import { EnterpriseRelation } from '@/gql/graphql'
import {
  agentPurposesText,
  CONSENT_STATUS_TONES,
  CONSENT_TABS,
  consentRows,
  purposePermissions,
  purposeText,
  remainingText,
  revokeConfirmation,
  samePurposes,
  sourceCoverage,
  sourceNames,
  toggle,
  type ConsentView,
} from './consent-model'

const CONSENT: ConsentView = {
  id: 'c1',
  reference: 'RT-CONSENT-0001',
  status: ConsentStatus.ACTIVE,
  sources: [DataSource.TAX, DataSource.MARKET_REGISTRATION],
  purpose: ConsentPurpose.POLICY_MATCHING,
  granteeKind: ConsentGranteeKind.PLATFORM,
  granteeName: '融通平台',
  productName: null,
  grantorRelation: EnterpriseRelation.LEGAL_REPRESENTATIVE,
  grantedByName: '张*',
  agreementVersion: '2026-1',
  grantedAt: '2026-11-26T02:05:00.000Z',
  expiresAt: '2027-11-26T02:05:00.000Z',
  revokedAt: null,
}

describe('consent labels', () => {
  it('names sources in the platform order whatever order they were stored in', () => {
    expect(sourceNames(CONSENT.sources)).toBe('市场主体登记信息、纳税信息')
    expect(sourceNames([])).toBe('')
  })

  it('gives each status a tone and a tab, active first', () => {
    expect(CONSENT_STATUS_TONES[ConsentStatus.ACTIVE]).toBe('success')
    expect(CONSENT_STATUS_TONES[ConsentStatus.REVOKED]).toBe('danger')
    expect(CONSENT_TABS.map((tab) => tab.label)).toEqual(['生效中', '已撤销', '已到期'])
  })

  it('names the product of a loan application', () => {
    expect(purposeText({ purpose: ConsentPurpose.LOAN_APPLICATION, productName: '科创贷' })).toBe('贷款申请（科创贷）')
    expect(purposeText(CONSENT)).toBe('政策匹配')
  })
})

describe('consentRows', () => {
  it('lists grantee, sources, Beijing times, grantor, agreement version and reference', () => {
    expect(consentRows(CONSENT)).toEqual([
      { label: '数据接收方', value: '融通平台' },
      { label: '数据项', value: '市场主体登记信息、纳税信息' },
      { label: '授权时间', value: '2026-11-26 10:05' },
      { label: '有效期至', value: '2027-11-26 10:05' },
      { label: '授权人', value: '张*（法定代表人）' },
      { label: '协议版本', value: '2026-1' },
      { label: '授权编号', value: 'RT-CONSENT-0001' },
    ])
  })

  it('shows when a revoked consent was revoked, and 到期时间 for an expired one', () => {
    const revoked = consentRows({ ...CONSENT, status: ConsentStatus.REVOKED, revokedAt: '2026-12-01T00:00:00.000Z' })
    expect(revoked).toContainEqual({ label: '撤销时间', value: '2026-12-01 08:00' })
    expect(consentRows({ ...CONSENT, status: ConsentStatus.EXPIRED }).map((row) => row.label)).toContain('到期时间')
  })
})

describe('remainingText', () => {
  const now = new Date('2027-11-20T02:05:00.000Z')
  it('counts whole days left, rounding up', () => {
    expect(remainingText(CONSENT, now)).toBe('还有 6 天到期')
    expect(remainingText(CONSENT, new Date('2027-11-25T12:00:00.000Z'))).toBe('24 小时内到期')
  })

  it('says nothing for a consent that is not active or already past its expiry', () => {
    expect(remainingText({ ...CONSENT, status: ConsentStatus.REVOKED }, now)).toBeNull()
    expect(remainingText(CONSENT, new Date('2028-01-01T00:00:00.000Z'))).toBeNull()
  })
})

describe('revokeConfirmation', () => {
  it('says what stops at once for the platform, that it is recorded and final', () => {
    const { title, content, confirmText } = revokeConfirmation(CONSENT)
    expect(title).toBe('撤销授权')
    expect(confirmText).toBe('撤销授权')
    expect(content).toContain('立即生效')
    expect(content).toContain('融通平台将停止为「政策匹配」调取市场主体登记信息、纳税信息')
    expect(content).toContain('企业信息')
    expect(content).toContain('数据使用记录')
  })

  it('names the institution that loses sight of the data', () => {
    const content = revokeConfirmation({ ...CONSENT, granteeKind: ConsentGranteeKind.INSTITUTION, granteeName: '颍淮农商银行' }).content
    expect(content).toContain('颍淮农商银行不能再查看已获取的这些数据')
  })
})

describe('sourceCoverage', () => {
  it('lists for every one of the seven sources who may use it now', () => {
    const coverage = sourceCoverage([CONSENT, { ...CONSENT, id: 'c2', status: ConsentStatus.REVOKED }])
    expect(coverage).toHaveLength(7)
    expect(coverage[0]).toEqual({ source: DataSource.MARKET_REGISTRATION, grants: ['融通平台 · 政策匹配 · 至 2027-11-26'] })
    expect(coverage.find((entry) => entry.source === DataSource.JUDICIAL)?.grants).toEqual([])
  })
})

describe('purposePermissions', () => {
  it('lets a legal representative grant every purpose', () => {
    expect(purposePermissions(EnterpriseRelation.LEGAL_REPRESENTATIVE, []).every((permission) => permission.allowed)).toBe(true)
  })

  it('lets an agent grant only what the legal representative allowed, and says why not for the rest', () => {
    const permissions = purposePermissions(EnterpriseRelation.AGENT, [ConsentPurpose.LOAN_APPLICATION])
    expect(permissions.map((permission) => [permission.purpose, permission.allowed])).toEqual([
      [ConsentPurpose.LOAN_APPLICATION, true],
      [ConsentPurpose.CREDIT_ASSESSMENT, false],
      [ConsentPurpose.POLICY_MATCHING, false],
    ])
    expect(permissions[1].reason).toContain('法定代表人未允许经办人为「信用评估」授权')
  })
})

describe('agent purpose setting', () => {
  it('describes the setting in one sentence', () => {
    expect(agentPurposesText([ConsentPurpose.POLICY_MATCHING, ConsentPurpose.LOAN_APPLICATION])).toBe(
      '经办人可以为「贷款申请」「政策匹配」授权调取本企业的政务数据。',
    )
    expect(agentPurposesText([])).toBe('经办人目前不能为本企业授权调取政务数据。')
  })

  it('toggles and compares purposes regardless of order', () => {
    expect(toggle([ConsentPurpose.LOAN_APPLICATION], ConsentPurpose.POLICY_MATCHING)).toEqual([ConsentPurpose.LOAN_APPLICATION, ConsentPurpose.POLICY_MATCHING])
    expect(toggle([ConsentPurpose.LOAN_APPLICATION], ConsentPurpose.LOAN_APPLICATION)).toEqual([])
    expect(samePurposes([ConsentPurpose.POLICY_MATCHING, ConsentPurpose.LOAN_APPLICATION], [ConsentPurpose.LOAN_APPLICATION, ConsentPurpose.POLICY_MATCHING])).toBe(true)
    expect(samePurposes([ConsentPurpose.LOAN_APPLICATION], [])).toBe(false)
  })
})
