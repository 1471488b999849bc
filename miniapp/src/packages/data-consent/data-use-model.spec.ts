import { ConsentPurpose, DataSource } from '@rongtong/shared'
import { actorText, dataUseOutcome, dataUseRows, dataUseTitle, type DataUseView } from './data-use-model'

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

  it('names the scheduled refresh when no person fetched, and shows the reference code of a failure', () => {
    expect(actorText({ kind: 'FETCH', actorName: null })).toBe('平台定时更新')
    const failed = dataUseRows({ ...FETCH, actorName: null, outcome: 'FAILED', detail: 'GOV_UNAVAILABLE' })
    expect(failed).toContainEqual({ label: '参考代码', value: 'GOV_UNAVAILABLE' })
    expect(dataUseRows({ ...FETCH, detail: 'NOTE' }).map((row) => row.label)).not.toContain('参考代码')
  })

  it('labels and colours every outcome', () => {
    expect(dataUseOutcome(FETCH)).toEqual({ label: '成功', tone: 'success' })
    expect(dataUseOutcome({ outcome: 'REFUSED' })).toEqual({ label: '已拒绝', tone: 'danger' })
    expect(dataUseOutcome({ outcome: 'FAILED' })).toEqual({ label: '失败', tone: 'warning' })
  })
})
