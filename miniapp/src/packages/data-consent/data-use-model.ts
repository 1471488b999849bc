import {
  CONSENT_PURPOSE_LABELS,
  type ConsentPurpose,
  DATA_SOURCE_LABELS,
  DATA_USE_KIND_LABELS,
  DATA_USE_OUTCOME_LABELS,
  type DataSource,
  type DataUseKind,
  type DataUseOutcome,
} from '@rongtong/shared'
import { formatBeijingDateTime } from '@/utils/beijing-time'
import type { Row, Tone } from './consent-model'

/** One entry of 数据使用记录 (the fields of `DataUseRecord` the list reads). */
export interface DataUseView {
  id: string
  kind: DataUseKind
  source?: DataSource | null
  purpose: ConsentPurpose
  consentReference: string
  partyName: string
  actorName?: string | null
  outcome: DataUseOutcome
  detail?: string | null
  occurredAt: string
}

export const DATA_USE_OUTCOME_TONES: Record<DataUseOutcome, Tone> = {
  OK: 'success',
  FAILED: 'warning',
  REFUSED: 'danger',
}

/** 调取数据 · 纳税信息; a grant or a revocation concerns the whole consent and names no source. */
export function dataUseTitle(record: Pick<DataUseView, 'kind' | 'source'>): string {
  const kind = DATA_USE_KIND_LABELS[record.kind]
  return record.source ? `${kind} · ${DATA_SOURCE_LABELS[record.source]}` : kind
}

/** Who acted: the person, or the platform itself (a scheduled refresh, or data removed after a consent ended). */
export function actorText(record: Pick<DataUseView, 'actorName'>): string {
  return record.actorName ? record.actorName : '系统'
}

/** The reasons the data centre notes on a fetch that did not succeed, in words; the code stays beside them. */
const REASONS: ReadonlyArray<[RegExp, string]> = [
  [/^CONSENT_INACTIVE$/, '授权已失效'],
  [/^TIMED_OUT$/, '数据源响应超时'],
  [/^UNREACHABLE$/, '无法连接政务数据共享交换平台'],
  [/^UNAVAILABLE_\d+$|^GOV_UNAVAILABLE$/, '数据源暂时不可用'],
  [/^CIRCUIT_OPEN$/, '数据源连续失败，暂停调用'],
  [/^MALFORMED$/, '数据源返回的数据格式有误'],
  [/^TOO_LARGE$/, '数据源返回的数据过大'],
  [/^GOV_CONSENT_REQUIRED$/, '交换平台未收到有效的授权凭证'],
  [/^GOV_|^REFUSED_\d+$/, '交换平台拒绝了请求'],
]

/** '授权已失效（CONSENT_INACTIVE）' from a note such as 'source:tax-annual CONSENT_INACTIVE'; the code alone when unknown. */
export function reasonText(detail: string): string {
  const code = detail.trim().split(/\s+/).filter((part) => !part.startsWith('source:')).pop() ?? ''
  const known = REASONS.find(([pattern]) => pattern.test(code))
  return known ? `${known[1]}（${code}）` : code
}

/** The rows under the title: 使用方, 操作人, 用途, 时间, 授权编号 and, when it did not succeed, the reason. */
export function dataUseRows(record: DataUseView): Row[] {
  const rows: Row[] = [
    { label: '使用方', value: record.partyName },
    { label: '操作人', value: actorText(record) },
    { label: '用途', value: CONSENT_PURPOSE_LABELS[record.purpose] },
    { label: '时间', value: formatBeijingDateTime(record.occurredAt) },
    { label: '授权编号', value: record.consentReference },
  ]
  const reason = record.outcome !== 'OK' && record.detail ? reasonText(record.detail) : ''
  if (reason) rows.push({ label: '原因', value: reason })
  return rows
}

export function dataUseOutcome(record: Pick<DataUseView, 'outcome'>): { label: string; tone: Tone } {
  return { label: DATA_USE_OUTCOME_LABELS[record.outcome], tone: DATA_USE_OUTCOME_TONES[record.outcome] }
}
