import {
  addMonthsUtc,
  CONSENT_DEFAULT_MONTHS,
  CONSENT_GRANTEE_KINDS_BY_PURPOSE,
  CONSENT_MAX_MONTHS,
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
  ConsentGranteeKind,
  ConsentPurpose,
  DATA_SOURCES,
  type DataSource,
  PLATFORM_DISPLAY_NAME,
} from '@rongtong/shared'
import { ErrorCode, type FieldError } from '@rongtong/shared'
import { formatBeijingDate } from '@/utils/beijing-time'
import { sha256Hex } from '@/utils/sha256'
import type { PurposePermission, Row } from './consent-model'
import { sourceNames } from './consent-model'

/** A named institution chosen as the grantee. */
export interface InstitutionChoice {
  id: string
  name: string
}

/** What the user has chosen so far on 新增授权. */
export interface GrantForm {
  purpose: ConsentPurpose | null
  granteeKind: ConsentGranteeKind
  institution: InstitutionChoice | null
  sources: DataSource[]
  /** How long the consent lasts, in calendar months. */
  months: number
}

export const EMPTY_GRANT_FORM: GrantForm = {
  purpose: null,
  granteeKind: ConsentGranteeKind.PLATFORM,
  institution: null,
  sources: [],
  months: CONSENT_DEFAULT_MONTHS,
}

/** What each purpose means to the enterprise, beside its name on 新增授权. */
export const PURPOSE_DESCRIPTIONS: Record<ConsentPurpose, string> = {
  [ConsentPurpose.LOAN_APPLICATION]: '申请贷款时，供平台或您指定的金融机构审核使用',
  [ConsentPurpose.CREDIT_ASSESSMENT]: '评估企业信用等级，用于产品推荐和授信参考',
  [ConsentPurpose.POLICY_MATCHING]: '按企业的地区、行业和规模匹配并推送惠企政策，数据只由平台使用',
}

/**
 * A form prefilled from the page address (`?purpose=POLICY_MATCHING&sources=MARKET_REGISTRATION,TAX`), as 企业信息
 * opens it; anything that is not a known purpose or source is ignored.
 */
export function formFromParams(params: { purpose?: string; sources?: string }): GrantForm {
  const purpose = CONSENT_PURPOSES.find((candidate) => candidate === params.purpose) ?? null
  const wanted = (params.sources ?? '').split(',')
  const sources = DATA_SOURCES.filter((source) => wanted.includes(source))
  const form = { ...EMPTY_GRANT_FORM, sources }
  return purpose ? choosePurpose(form, purpose) : form
}

/** The address of 新增授权 prefilled with a purpose and sources. */
export function grantPagePath(route: string, preset: { purpose: ConsentPurpose; sources: readonly DataSource[] }): string {
  return `${route}?purpose=${preset.purpose}&sources=${DATA_SOURCES.filter((source) => preset.sources.includes(source)).join(',')}`
}

export type GrantField = 'purpose' | 'grantee' | 'sources' | 'months'
export type GrantErrors = Partial<Record<GrantField, string>>

/** A form that passed validation: a purpose is set and the grantee agrees with it. */
export interface ValidGrant {
  purpose: ConsentPurpose
  granteeKind: ConsentGranteeKind
  institution: InstitutionChoice | null
  sources: DataSource[]
  months: number
}

export type GrantValidation = { ok: true; grant: ValidGrant } | { ok: false; errors: GrantErrors }

/** The lengths offered, never beyond what the purpose needs (PIPL art. 19). */
export function durationChoices(purpose: ConsentPurpose | null): number[] {
  const longest = purpose ? CONSENT_MAX_MONTHS[purpose] : CONSENT_DEFAULT_MONTHS
  return [...new Set([1, 3, 6, longest].filter((months) => months <= longest))].sort((a, b) => a - b)
}

/** Whom a purpose may name: policy matching serves only the platform. */
export function granteeKindsFor(purpose: ConsentPurpose | null): readonly ConsentGranteeKind[] {
  return purpose ? CONSENT_GRANTEE_KINDS_BY_PURPOSE[purpose] : [ConsentGranteeKind.PLATFORM, ConsentGranteeKind.INSTITUTION]
}

/** Choosing a purpose keeps what still fits it: the grantee falls back to the platform, the length to the longest allowed. */
export function choosePurpose(form: GrantForm, purpose: ConsentPurpose): GrantForm {
  const kinds = granteeKindsFor(purpose)
  const granteeKind = kinds.includes(form.granteeKind) ? form.granteeKind : ConsentGranteeKind.PLATFORM
  const choices = durationChoices(purpose)
  const months = choices.includes(form.months) ? form.months : choices[choices.length - 1]
  return { ...form, purpose, granteeKind, institution: granteeKind === ConsentGranteeKind.INSTITUTION ? form.institution : null, months }
}

export function validateGrantForm(form: GrantForm, permissions: readonly PurposePermission[]): GrantValidation {
  const errors: GrantErrors = {}
  const permission = form.purpose ? permissions.find((candidate) => candidate.purpose === form.purpose) : undefined
  if (!form.purpose) errors.purpose = '请选择授权用途'
  else if (!permission?.allowed) errors.purpose = permission?.reason ?? '您不能为该用途授权'

  if (form.purpose && !granteeKindsFor(form.purpose).includes(form.granteeKind)) {
    errors.grantee = `「${CONSENT_PURPOSE_LABELS[form.purpose]}」只能授权给${PLATFORM_DISPLAY_NAME}`
  } else if (form.granteeKind === ConsentGranteeKind.INSTITUTION && !form.institution) {
    errors.grantee = '请选择接收数据的金融机构'
  }

  if (form.sources.length === 0) errors.sources = '请至少选择一项要授权的数据'
  else if (form.sources.some((source) => !DATA_SOURCES.includes(source))) errors.sources = '数据项不存在'

  const longest = form.purpose ? CONSENT_MAX_MONTHS[form.purpose] : CONSENT_DEFAULT_MONTHS
  if (!Number.isInteger(form.months) || form.months < 1) errors.months = '请选择授权期限'
  else if (form.months > longest) errors.months = `该用途的授权期限最长 ${longest} 个月`

  if (Object.keys(errors).length > 0 || !form.purpose) return { ok: false, errors }
  return {
    ok: true,
    grant: {
      purpose: form.purpose,
      granteeKind: form.granteeKind,
      institution: form.granteeKind === ConsentGranteeKind.INSTITUTION ? form.institution : null,
      sources: DATA_SOURCES.filter((source) => form.sources.includes(source)),
      months: form.months,
    },
  }
}

export function granteeName(grant: Pick<ValidGrant, 'granteeKind' | 'institution'>): string {
  return grant.granteeKind === ConsentGranteeKind.INSTITUTION && grant.institution ? grant.institution.name : PLATFORM_DISPLAY_NAME
}

/** When a consent granted now would end. */
export function expiryOf(grant: Pick<ValidGrant, 'months'>, now: Date): Date {
  return addMonthsUtc(now, grant.months)
}

/** What the agreement step repeats above the text: exactly what is being granted. */
export function grantSummary(grant: ValidGrant, now: Date): Row[] {
  return [
    { label: '数据接收方', value: granteeName(grant) },
    { label: '用途', value: CONSENT_PURPOSE_LABELS[grant.purpose] },
    { label: '数据项', value: sourceNames(grant.sources) },
    { label: '有效期', value: `${grant.months} 个月，至 ${formatBeijingDate(expiryOf(grant, now).toISOString())}（可随时撤销）` },
  ]
}

/** The agreement the user read: its version and the exact text shown. */
export interface ShownAgreement {
  version: string
  text: string
}

/**
 * The grantDataConsent input. The hash is of the text on the screen, so a consent can only be recorded against what
 * the user saw; the default length is left to the server (which counts from its own clock), a shorter one is sent.
 */
export function grantInput(grant: ValidGrant, agreement: ShownAgreement, idempotencyKey: string, now: Date) {
  return {
    sources: grant.sources,
    purpose: grant.purpose,
    granteeKind: grant.granteeKind,
    institutionId: grant.granteeKind === ConsentGranteeKind.INSTITUTION ? (grant.institution?.id ?? null) : null,
    expiresAt: grant.months === Math.min(CONSENT_DEFAULT_MONTHS, CONSENT_MAX_MONTHS[grant.purpose]) ? null : expiryOf(grant, now).toISOString(),
    agreementVersion: agreement.version,
    agreementSha256: sha256Hex(agreement.text),
    idempotencyKey,
  }
}

export function grantedNotice(grant: ValidGrant): string {
  return `已授权${granteeName(grant)}为「${CONSENT_PURPOSE_LABELS[grant.purpose]}」调取${sourceNames(grant.sources)}`
}

/**
 * What the agreement step says when the server refused the grant: the field messages (it names the field, e.g. an
 * agent's purpose or a vanished institution), else the error's own message; and whether the agreement must be loaded
 * again (a newer version was published while the old one was on the screen).
 */
export function grantFailure(error: { code: ErrorCode; message: string; fields: readonly FieldError[] }): { text: string; reloadAgreement: boolean } {
  if (error.code !== ErrorCode.BAD_USER_INPUT || error.fields.length === 0) return { text: error.message, reloadAgreement: false }
  const reloadAgreement = error.fields.some((field) => /agreement(Version|Sha256)$/.test(field.field))
  return { text: error.fields.map((field) => field.message).join('；'), reloadAgreement }
}
