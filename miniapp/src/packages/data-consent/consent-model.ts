import {
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
  CONSENT_STATUS_LABELS,
  ConsentGranteeKind,
  ConsentPurpose,
  ConsentStatus,
  DATA_SOURCE_LABELS,
  DATA_SOURCES,
  type DataSource,
} from '@rongtong/shared'
import { EnterpriseRelation } from '@/gql/graphql'
import { formatBeijingDate, formatBeijingDateTime } from '@/utils/beijing-time'
import { ENTERPRISE_RELATION_LABELS } from '@/utils/identity-labels'

/** A consent as the 数据授权 screens show it (the fields of `DataConsent` they read). */
export interface ConsentView {
  id: string
  reference: string
  status: ConsentStatus
  sources: readonly DataSource[]
  purpose: ConsentPurpose
  granteeKind: ConsentGranteeKind
  granteeName: string
  productName?: string | null
  grantorRelation: EnterpriseRelation
  grantedByName: string
  agreementVersion: string
  grantedAt: string
  expiresAt: string
  revokedAt?: string | null
}

export type Tone = 'success' | 'warning' | 'danger' | 'muted'

export const CONSENT_STATUS_TONES: Record<ConsentStatus, Tone> = {
  [ConsentStatus.ACTIVE]: 'success',
  [ConsentStatus.EXPIRED]: 'muted',
  [ConsentStatus.REVOKED]: 'danger',
}

/** The three lists of 数据授权: what is in force, and the past ones apart from it. */
export const CONSENT_TABS: ReadonlyArray<{ status: ConsentStatus; label: string; empty: string; emptyDescription: string }> = [
  {
    status: ConsentStatus.ACTIVE,
    label: CONSENT_STATUS_LABELS[ConsentStatus.ACTIVE],
    empty: '暂无生效中的授权',
    emptyDescription: '授权后，融通平台或您指定的金融机构才能为您选择的用途调取相应的政务数据。',
  },
  {
    status: ConsentStatus.REVOKED,
    label: CONSENT_STATUS_LABELS[ConsentStatus.REVOKED],
    empty: '没有已撤销的授权',
    emptyDescription: '撤销的授权会保留在这里，便于您核对。',
  },
  {
    status: ConsentStatus.EXPIRED,
    label: CONSENT_STATUS_LABELS[ConsentStatus.EXPIRED],
    empty: '没有已到期的授权',
    emptyDescription: '到期的授权会保留在这里；到期后数据不再被调取和展示。',
  },
]

/** The sources in the order the platform lists them, by name: '市场主体登记信息、纳税信息'. */
export function sourceNames(sources: readonly DataSource[]): string {
  return DATA_SOURCES.filter((source) => sources.includes(source))
    .map((source) => DATA_SOURCE_LABELS[source])
    .join('、')
}

/** 贷款申请, or 贷款申请（产品名） when the consent names a product. */
export function purposeText(consent: Pick<ConsentView, 'purpose' | 'productName'>): string {
  const label = CONSENT_PURPOSE_LABELS[consent.purpose]
  return consent.productName ? `${label}（${consent.productName}）` : label
}

export interface Row {
  label: string
  value: string
}

/** What a consent card says under its title (the purpose): who receives what, since and until when, by whom, under which terms. */
export function consentRows(consent: ConsentView): Row[] {
  const rows: Row[] = [
    { label: '数据接收方', value: consent.granteeName },
    { label: '数据项', value: sourceNames(consent.sources) },
    { label: '授权时间', value: formatBeijingDateTime(consent.grantedAt) },
    { label: consent.status === ConsentStatus.EXPIRED ? '到期时间' : '有效期至', value: formatBeijingDateTime(consent.expiresAt) },
  ]
  if (consent.revokedAt) rows.push({ label: '撤销时间', value: formatBeijingDateTime(consent.revokedAt) })
  rows.push(
    { label: '授权人', value: `${consent.grantedByName}（${ENTERPRISE_RELATION_LABELS[consent.grantorRelation]}）` },
    { label: '协议版本', value: consent.agreementVersion },
    { label: '授权编号', value: consent.reference },
  )
  return rows
}

const DAY_MS = 24 * 60 * 60 * 1000

/** How long an active consent still runs, in words: 今天到期 / 还有 N 天到期 (counted in whole days, rounded up). */
export function remainingText(consent: Pick<ConsentView, 'status' | 'expiresAt'>, now: Date): string | null {
  if (consent.status !== ConsentStatus.ACTIVE) return null
  const left = Date.parse(consent.expiresAt) - now.getTime()
  if (Number.isNaN(left) || left <= 0) return null
  const days = Math.ceil(left / DAY_MS)
  return days <= 1 ? '24 小时内到期' : `还有 ${days} 天到期`
}

export interface Confirmation {
  title: string
  content: string
  confirmText: string
}

/** The question before revoking: what stops at once, and that it is final. */
export function revokeConfirmation(consent: ConsentView): Confirmation {
  const what = sourceNames(consent.sources)
  const shown =
    consent.granteeKind === ConsentGranteeKind.PLATFORM
      ? '平台已获取的这些数据不再展示和使用（企业信息中来自这些数据的内容将不再显示）'
      : `${consent.granteeName}不能再查看已获取的这些数据`
  return {
    title: '撤销授权',
    content: `撤销后立即生效：${consent.granteeName}将停止为「${purposeText(consent)}」调取${what}，${shown}。撤销会记入数据使用记录，且不能恢复，如需使用须重新授权。确定撤销？`,
    confirmText: '撤销授权',
  }
}

export function revokedNotice(consent: ConsentView): string {
  return `已撤销对${consent.granteeName}的授权（${sourceNames(consent.sources)}），相关数据已停止调取和展示`
}

/** For each source, who may use it now and for what, from the active consents: the overview above the lists. */
export function sourceCoverage(active: readonly ConsentView[]): Array<{ source: DataSource; grants: string[] }> {
  return DATA_SOURCES.map((source) => ({
    source,
    grants: active
      .filter((consent) => consent.status === ConsentStatus.ACTIVE && consent.sources.includes(source))
      .map((consent) => `${consent.granteeName} · ${CONSENT_PURPOSE_LABELS[consent.purpose]} · 至 ${formatBeijingDate(consent.expiresAt)}`),
  }))
}

/** Whether the user may grant for a purpose, and if not, why (shown beside the purpose, not hidden). */
export interface PurposePermission {
  purpose: ConsentPurpose
  allowed: boolean
  reason: string | null
}

/**
 * What this user may grant: a legal representative everything; an agent only what the legal representative allowed
 * agents (agentConsentPurposes), the rest with the reason.
 */
export function purposePermissions(relation: EnterpriseRelation, agentPurposes: readonly ConsentPurpose[]): PurposePermission[] {
  return CONSENT_PURPOSES.map((purpose) => {
    if (relation === EnterpriseRelation.LEGAL_REPRESENTATIVE || agentPurposes.includes(purpose)) return { purpose, allowed: true, reason: null }
    return {
      purpose,
      allowed: false,
      reason: `法定代表人未允许经办人为「${CONSENT_PURPOSE_LABELS[purpose]}」授权，请由法定代表人办理，或请其在数据授权中调整经办人授权范围。`,
    }
  })
}

/** The agent setting as one sentence: 经办人可以为 贷款申请 授权 / 经办人不能授权. */
export function agentPurposesText(agentPurposes: readonly ConsentPurpose[]): string {
  const allowed = CONSENT_PURPOSES.filter((purpose) => agentPurposes.includes(purpose))
  if (allowed.length === 0) return '经办人目前不能为本企业授权调取政务数据。'
  return `经办人可以为「${allowed.map((purpose) => CONSENT_PURPOSE_LABELS[purpose]).join('」「')}」授权调取本企业的政务数据。`
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((candidate) => candidate !== item) : [...list, item]
}

/** The agent purposes in the canonical order, to compare a draft with what is saved. */
export function samePurposes(a: readonly ConsentPurpose[], b: readonly ConsentPurpose[]): boolean {
  return a.length === b.length && a.every((purpose) => b.includes(purpose))
}
