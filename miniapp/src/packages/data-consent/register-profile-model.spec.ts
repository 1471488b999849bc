import { DATA_SOURCE_LABELS, DataSource, EnterpriseScale, EnterpriseType, REGISTRATION_STATUS_LABELS } from '@rongtong/shared'
import { formatCalendarDate, incompleteNotice, profileRows, provenanceLine, refreshReport, type RegisterProfileView } from './register-profile-model'

const PROFILE: RegisterProfileView = {
  regionCode: '341202',
  regionName: '颍州区',
  industryCode: '13',
  industryName: '农副食品加工业',
  type: EnterpriseType.LIMITED_COMPANY,
  establishedOn: '2015-03-09',
  registeredCapitalFen: 500_000_000,
  legalRepresentativeMasked: '张*',
  status: 'IN_OPERATION',
  scale: EnterpriseScale.SMALL,
  scaleNote: '依据营业收入划分',
  source: DataSource.MARKET_REGISTRATION,
  fetchedAt: '2026-11-26T02:05:00.000Z',
  asOf: '2026-11-25',
  complete: true,
  missingFields: [],
}
const ENTERPRISE = { name: '阜阳市颍州区示例食品有限公司', uscc: '91341200MA2N0000X1' }

describe('profileRows', () => {
  it('lists the register profile with the masked legal representative', () => {
    expect(profileRows(ENTERPRISE, PROFILE)).toEqual([
      { label: '企业名称', value: ENTERPRISE.name },
      { label: '统一社会信用代码', value: ENTERPRISE.uscc },
      { label: '企业类型', value: '有限责任公司' },
      { label: '注册地区', value: '颍州区' },
      { label: '所属行业', value: '农副食品加工业' },
      { label: '企业规模', value: '小型企业' },
      { label: '成立日期', value: '2015年3月9日' },
      { label: '注册资本', value: expect.stringContaining('500') },
      { label: '法定代表人', value: '张*' },
      { label: '经营状态', value: '存续（在营）' },
    ])
  })

  it('says 暂缺 for what the register did not give, and why there is no scale', () => {
    const rows = profileRows(ENTERPRISE, {
      ...PROFILE,
      regionName: null,
      regionCode: null,
      industryName: null,
      industryCode: '13',
      registeredCapitalFen: null,
      scale: null,
      scaleNote: '缺少从业人员数据，暂无法划分',
      complete: false,
    })
    const value = (label: string) => rows.find((row) => row.label === label)?.value
    expect(value('注册地区')).toBe('暂缺')
    expect(value('所属行业')).toBe('农副食品加工业')
    expect(value('注册资本')).toBe('暂缺')
    expect(value('企业规模')).toBe('缺少从业人员数据，暂无法划分')
  })

  it('shows 经营状态 with the labels the server and the credit report use, 暂缺 when the register gave none', () => {
    const status = (value: RegisterProfileView['status']) => profileRows(ENTERPRISE, { ...PROFILE, status: value }).find((row) => row.label === '经营状态')?.value
    expect(status('SUSPENDED')).toBe('停业')
    expect(status('REVOKED')).toBe('吊销')
    expect(status('DEREGISTERED')).toBe('注销')
    for (const value of ['IN_OPERATION', 'SUSPENDED', 'REVOKED', 'DEREGISTERED'] as const) expect(status(value)).toBe(REGISTRATION_STATUS_LABELS[value])
    expect(status(null)).toBe('暂缺')
  })
})

describe('provenance and completeness', () => {
  it('names the source and when it was fetched, in Beijing time', () => {
    expect(provenanceLine(PROFILE)).toBe('来源：市场主体登记信息 · 更新于 2026-11-26 10:05 · 数据截至 2026年11月25日')
    expect(formatCalendarDate('not a date')).toBe('not a date')
  })

  it('names the missing fields of an incomplete profile', () => {
    expect(incompleteNotice(PROFILE)).toBeNull()
    expect(incompleteNotice({ complete: false, missingFields: ['注册资本', '成立日期'] })).toBe('本次获取的登记信息不完整，暂缺：注册资本、成立日期。可稍后点击「刷新」重新获取。')
  })
})

describe('refreshReport', () => {
  const source = (scope: DataSource, outcome: string, outcomeLabel: string) => ({ scope, label: DATA_SOURCE_LABELS[scope], outcome, outcomeLabel })
  const notConsented = (scope: DataSource) => source(scope, 'NOT_CONSENTED', '未授权平台获取')

  it('reports a refresh of every consented source as done, naming the sources not consented in one line', () => {
    expect(
      refreshReport([source(DataSource.MARKET_REGISTRATION, 'FETCHED', '已更新'), source(DataSource.TAX, 'FETCHED', '已更新'), notConsented(DataSource.JUDICIAL), notConsented(DataSource.UTILITIES)]),
    ).toEqual({
      tone: 'success',
      title: '已刷新',
      lines: ['市场主体登记信息：已更新', '纳税信息：已更新', '未授权平台获取：司法涉诉信息、水电用量信息'],
    })
    expect(refreshReport([source(DataSource.TAX, 'RECENT', '一分钟内已更新')]).tone).toBe('success')
  })

  it('warns when a consented source failed or came back partial', () => {
    expect(refreshReport([source(DataSource.MARKET_REGISTRATION, 'PARTIAL', '已更新，部分数据暂缺'), source(DataSource.TAX, 'FETCHED', '已更新')]).tone).toBe('warning')
    expect(refreshReport([source(DataSource.TAX, 'TIMED_OUT', '数据源响应超时，已保留上次的数据'), notConsented(DataSource.JUDICIAL)]).tone).toBe('warning')
  })

  it('reports a refusal when nothing is consented any more', () => {
    expect(refreshReport([]).tone).toBe('danger')
    const refused = refreshReport([notConsented(DataSource.TAX), notConsented(DataSource.MARKET_REGISTRATION)])
    expect(refused).toEqual({ tone: 'danger', title: '未能刷新：没有有效的授权，平台不会调取您的政务数据', lines: [] })
    expect(refreshReport([source(DataSource.TAX, 'REFUSED', '授权已失效，已停止获取并删除已获取的数据')]).tone).toBe('danger')
  })
})
