import { ConsentPurpose, DataSource } from '@rongtong/shared'
import { actorText, dataUseOutcome, dataUseRows, dataUseTitle, reasonText, type DataUseView } from './data-use-model'

const FETCH: DataUseView = {
  id: 'r1',
  kind: 'FETCH',
  source: DataSource.TAX,
  purpose: ConsentPurpose.POLICY_MATCHING,
  consentReference: 'RT-CONSENT-0001',
  partyName: '融通平台',
  actorName: '张*',
  outcome: 'OK',
  detail: null,
  occurredAt: '2026-11-26T02:05:00.000Z',
}

describe('data use records', () => {
  it('titles a fetch by its source and a revocation by itself', () => {
    expect(dataUseTitle(FETCH)).toBe('调取数据 · 纳税信息')
    expect(dataUseTitle({ kind: 'REVOKE', source: null })).toBe('撤销授权')
    expect(dataUseTitle({ kind: 'VIEW', source: DataSource.JUDICIAL })).toBe('查看数据 · 司法涉诉信息')
  })

  it('says who used the data, for what, when and under which consent', () => {
    expect(dataUseRows(FETCH)).toEqual([
      { label: '使用方', value: '融通平台' },
      { label: '操作人', value: '张*' },
      { label: '用途', value: '政策匹配' },
      { label: '时间', value: '2026-11-26 10:05' },
      { label: '授权编号', value: 'RT-CONSENT-0001' },
    ])
  })

  it('names the system when no person acted, and gives the reason of a fetch that did not succeed in words', () => {
    expect(actorText({ actorName: null })).toBe('系统')
    const refused = dataUseRows({ ...FETCH, actorName: null, outcome: 'REFUSED', detail: 'CONSENT_INACTIVE' })
    expect(refused).toContainEqual({ label: '操作人', value: '系统' })
    expect(refused).toContainEqual({ label: '原因', value: '授权已失效（CONSENT_INACTIVE）' })
    expect(dataUseRows({ ...FETCH, detail: 'NOTE' }).map((row) => row.label)).not.toContain('原因')
  })

  it('reads the data centre notes, whatever source key precedes the code', () => {
    expect(reasonText('source:tax-annual TIMED_OUT')).toBe('数据源响应超时（TIMED_OUT）')
    expect(reasonText('UNAVAILABLE_503')).toBe('数据源暂时不可用（UNAVAILABLE_503）')
    expect(reasonText('GOV_SIGNATURE_INVALID')).toBe('交换平台拒绝了请求（GOV_SIGNATURE_INVALID）')
    expect(reasonText('GOV_CONSENT_REQUIRED')).toBe('交换平台未收到有效的授权凭证（GOV_CONSENT_REQUIRED）')
    expect(reasonText('SOMETHING_NEW')).toBe('SOMETHING_NEW')
  })

  it('labels and colours every outcome', () => {
    expect(dataUseOutcome(FETCH)).toEqual({ label: '成功', tone: 'success' })
    expect(dataUseOutcome({ outcome: 'REFUSED' })).toEqual({ label: '已拒绝', tone: 'danger' })
    expect(dataUseOutcome({ outcome: 'FAILED' })).toEqual({ label: '失败', tone: 'warning' })
  })
})
