import { EnterpriseScale, PolicyLevel } from '@rongtong/shared'

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
  }
}

/** The PolicyInput the server expects; the server validates and sanitises. */
export function toPolicyInput(values: PolicyFormValues) {
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
    enterpriseTypes: [],
    attachmentIds: [],
  }
}
