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

/** Who acted: the person, or the platform's scheduled refresh when nobody did. */
export function actorText(record: Pick<DataUseView, 'kind' | 'actorName'>): string {
  if (record.actorName) return record.actorName
  return record.kind === 'FETCH' ? '平台定时更新' : '系统'
}

/** The rows under the title: 使用方, 操作人, 用途, 时间, 授权编号 and, when it did not succeed, the reference code. */
export function dataUseRows(record: DataUseView): Row[] {
  const rows: Row[] = [
    { label: '使用方', value: record.partyName },
    { label: '操作人', value: actorText(record) },
    { label: '用途', value: CONSENT_PURPOSE_LABELS[record.purpose] },
    { label: '时间', value: formatBeijingDateTime(record.occurredAt) },
    { label: '授权编号', value: record.consentReference },
  ]
  if (record.outcome !== 'OK' && record.detail) rows.push({ label: '参考代码', value: record.detail })
  return rows
}

export function dataUseOutcome(record: Pick<DataUseView, 'outcome'>): { label: string; tone: Tone } {
  return { label: DATA_USE_OUTCOME_LABELS[record.outcome], tone: DATA_USE_OUTCOME_TONES[record.outcome] }
}
