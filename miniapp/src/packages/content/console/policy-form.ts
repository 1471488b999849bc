import { EnterpriseScale, EnterpriseType, PolicyLevel } from '@rongtong/shared'

export interface PolicyFormValues {
  title: string
  level: PolicyLevel
  issuer: string
  documentNumber: string
  issuedOn: string
  summary: string
  bodyHtml: string
  /** GB/T 4754 codes separated by commas or spaces, e.g. "C, 39". */
  industryCodes: string
  scales: EnterpriseScale[]
  /** Not edited in the console yet, but kept when an existing policy is saved. */
  enterpriseTypes: EnterpriseType[]
}

/** The fields of a stored policy the form edits (managedPolicy): the form's, with the lists as lists. */
export interface StoredPolicy extends Omit<PolicyFormValues, 'industryCodes' | 'scales' | 'enterpriseTypes'> {
  industryCodes: readonly string[]
  scales: readonly EnterpriseScale[]
  enterpriseTypes: readonly EnterpriseType[]
}

export function emptyPolicyForm(today: string): PolicyFormValues {
  return {
    title: '',
    level: PolicyLevel.CITY,
    issuer: '阜阳市地方金融管理局',
    documentNumber: '',
    issuedOn: today,
    summary: '',
    bodyHtml: '',
    industryCodes: '',
    scales: [],
    enterpriseTypes: [],
  }
}

/** An existing policy loaded into the form for editing. */
export function policyFormFrom(policy: StoredPolicy): PolicyFormValues {
  return {
    title: policy.title,
    level: policy.level,
    issuer: policy.issuer,
    documentNumber: policy.documentNumber,
    issuedOn: policy.issuedOn,
    summary: policy.summary,
    bodyHtml: policy.bodyHtml,
    industryCodes: policy.industryCodes.join(', '),
    scales: [...policy.scales],
    enterpriseTypes: [...policy.enterpriseTypes],
  }
}

/** The PolicyInput the server expects (attachments as ordered file ids); the server validates and sanitises. */
export function toPolicyInput(values: PolicyFormValues, attachmentIds: readonly string[] = []) {
  return {
    title: values.title,
    level: values.level,
    issuer: values.issuer,
    documentNumber: values.documentNumber,
    issuedOn: values.issuedOn,
    summary: values.summary,
    bodyHtml: values.bodyHtml,
    industryCodes: values.industryCodes
      .split(/[,，\s]+/)
      .map((code) => code.trim().toUpperCase())
      .filter((code) => code !== ''),
    scales: values.scales,
    enterpriseTypes: values.enterpriseTypes,
    attachmentIds: [...attachmentIds],
  }
}
