import {
  DATA_SOURCE_LABELS,
  type DataSource,
  ENTERPRISE_SCALE_LABELS,
  ENTERPRISE_TYPE_LABELS,
  type EnterpriseScale,
  type EnterpriseType,
  findRegion,
  formatAmountCompact,
  industryName,
  REGISTRATION_STATUS_LABELS,
  type RegistrationStatus,
} from '@rongtong/shared'
import { formatBeijingDateTime } from '@/utils/beijing-time'
import type { Row, Tone } from './consent-model'

/** The enterprise's register profile (`EnterpriseRegisterProfile`) as 企业信息 reads it. */
export interface RegisterProfileView {
  regionCode?: string | null
  regionName?: string | null
  industryCode?: string | null
  industryName?: string | null
  type?: EnterpriseType | null
  establishedOn?: string | null
  registeredCapitalFen?: number | null
  legalRepresentativeMasked?: string | null
  status?: RegistrationStatus | null
  scale?: EnterpriseScale | null
  scaleNote: string
  source: DataSource
  fetchedAt: string
  asOf: string
  complete: boolean
  missingFields: readonly string[]
}

const NOT_PROVIDED = '暂缺'

/** 2008-05-12 → 2008年5月12日. */
export function formatCalendarDate(ymd: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : ymd
}

function regionText(profile: RegisterProfileView): string | null {
  if (profile.regionName) return profile.regionName
  return profile.regionCode ? (findRegion(profile.regionCode)?.name ?? profile.regionCode) : null
}

function industryText(profile: RegisterProfileView): string | null {
  if (profile.industryName) return profile.industryName
  return profile.industryCode ? industryName(profile.industryCode) : null
}

/** 小型（依据营业收入划分） or, when the indicators do not settle it, what the server says about it. */
function scaleText(profile: RegisterProfileView): string {
  if (profile.scale) return `${ENTERPRISE_SCALE_LABELS[profile.scale]}企业`
  return profile.scaleNote || '暂无法划分'
}

/** 企业信息 rows: the name and USCC from the session, the rest from the register. */
export function profileRows(enterprise: { name: string; uscc: string }, profile: RegisterProfileView): Row[] {
  const value = (text: string | null | undefined) => (text ? text : NOT_PROVIDED)
  return [
    { label: '企业名称', value: enterprise.name },
    { label: '统一社会信用代码', value: enterprise.uscc },
    { label: '企业类型', value: value(profile.type ? ENTERPRISE_TYPE_LABELS[profile.type] : null) },
    { label: '注册地区', value: value(regionText(profile)) },
    { label: '所属行业', value: value(industryText(profile)) },
    { label: '企业规模', value: scaleText(profile) },
    { label: '成立日期', value: value(profile.establishedOn ? formatCalendarDate(profile.establishedOn) : null) },
    { label: '注册资本', value: value(profile.registeredCapitalFen === null || profile.registeredCapitalFen === undefined ? null : formatAmountCompact(profile.registeredCapitalFen)) },
    { label: '法定代表人', value: value(profile.legalRepresentativeMasked) },
    { label: '经营状态', value: value(profile.status ? REGISTRATION_STATUS_LABELS[profile.status] : null) },
  ]
}

/** 来源：市场主体登记信息 · 更新于 2026-11-26 10:05 · 数据截至 2026年11月25日. */
export function provenanceLine(profile: Pick<RegisterProfileView, 'source' | 'fetchedAt' | 'asOf'>): string {
  return `来源：${DATA_SOURCE_LABELS[profile.source]} · 更新于 ${formatBeijingDateTime(profile.fetchedAt)} · 数据截至 ${formatCalendarDate(profile.asOf)}`
}

/** The notice above an incomplete profile, or null. */
export function incompleteNotice(profile: Pick<RegisterProfileView, 'complete' | 'missingFields'>): string | null {
  if (profile.complete) return null
  const missing = profile.missingFields.length > 0 ? `：${profile.missingFields.join('、')}` : ''
  return `本次获取的登记信息不完整，暂缺${missing}。可稍后点击「刷新」重新获取。`
}

/** One source's result of a refresh (`GovernmentSourceRefresh`). */
export interface SourceRefreshView {
  scope: DataSource
  label: string
  outcome: string
  outcomeLabel: string
}

/** Outcomes that leave the data as it was, or came back incomplete: worth a warning rather than a success line. */
const SHORTFALLS = ['PARTIAL', 'FAILED', 'TIMED_OUT', 'CIRCUIT_OPEN', 'REFUSED']

/**
 * What 刷新 reports: one line per consented source and a line naming the sources the platform may not fetch; refused
 * when nothing is consented any more, a warning when a source failed or came back partial.
 */
export function refreshReport(sources: readonly SourceRefreshView[]): { tone: Tone; title: string; lines: string[] } {
  const consented = sources.filter((source) => source.outcome !== 'NOT_CONSENTED')
  const notConsented = sources.filter((source) => source.outcome === 'NOT_CONSENTED')
  const lines = consented.map((source) => `${source.label}：${source.outcomeLabel}`)
  if (notConsented.length > 0 && consented.length > 0) lines.push(`未授权平台获取：${notConsented.map((source) => source.label).join('、')}`)
  if (consented.length === 0 || consented.every((source) => source.outcome === 'REFUSED')) {
    return { tone: 'danger', title: '未能刷新：没有有效的授权，平台不会调取您的政务数据', lines }
  }
  if (consented.some((source) => SHORTFALLS.includes(source.outcome))) return { tone: 'warning', title: '部分数据未能更新', lines }
  return { tone: 'success', title: '已刷新', lines }
}
