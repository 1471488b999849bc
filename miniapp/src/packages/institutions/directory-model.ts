import { INSTITUTION_TYPE_LABELS, INSTITUTION_TYPES, regionPath, type InstitutionType } from '@rongtong/shared'
import type {
  InstitutionDetailQuery,
  InstitutionDirectoryQuery,
  InstitutionDirectoryQueryVariables,
  InstitutionTypeCountsQuery,
} from '@/gql/graphql'
import type { ChipChoice } from '@/components/chip-filter/chip-filter'

export const PAGE_SIZE = 20
export const PRODUCT_PAGE_SIZE = 10

export interface DirectoryFilters {
  keyword: string
  type: InstitutionType | null
}

export const DEFAULT_DIRECTORY_FILTERS: DirectoryFilters = { keyword: '', type: null }

export function directoryVariables(filters: DirectoryFilters): InstitutionDirectoryQueryVariables {
  const keyword = filters.keyword.trim()
  return {
    filter: {
      ...(keyword ? { keyword } : {}),
      ...(filters.type ? { types: [filters.type] } : {}),
    },
    first: PAGE_SIZE,
  }
}

/** The type counts follow the keyword only: choosing a type never changes the numbers on the chips. */
export function typeCountVariables(filters: DirectoryFilters): { filter: { keyword?: string } } {
  const keyword = filters.keyword.trim()
  return { filter: keyword ? { keyword } : {} }
}

/** 全部 and the 16 types in the order of the specification, each with its count when known (undefined while loading). */
export function typeChips(counts: InstitutionTypeCountsQuery | null | undefined): ChipChoice<InstitutionType>[] {
  const byType = new Map(counts?.institutionFacets.types.map((entry) => [entry.type, entry.count]))
  return [
    { value: null, label: '全部', count: counts?.institutionFacets.total },
    ...INSTITUTION_TYPES.map((type) => ({ value: type, label: INSTITUTION_TYPE_LABELS[type], count: byType.get(type) })),
  ]
}

/** 安徽省阜阳市颍州区 → 阜阳市颍州区: the province goes without saying on a city platform. */
export function regionLabel(code: string): string {
  const path = regionPath(code)
  if (path.length === 0) return code
  const named = path.length > 1 ? path.slice(1) : path
  return named.map((region) => region.name).join('')
}

/** Appends the next page; a repeated cursor never shows an institution twice. */
export function appendInstitutions(previous: InstitutionDirectoryQuery, next: InstitutionDirectoryQuery): InstitutionDirectoryQuery {
  const seen = new Set(previous.institutions.edges.map((edge) => edge.node.id))
  const fresh = next.institutions.edges.filter((edge) => !seen.has(edge.node.id))
  return { ...next, institutions: { ...next.institutions, edges: [...previous.institutions.edges, ...fresh] } }
}

/** Appends the next page of the institution's products, keeping the institution itself as first loaded. */
export function appendInstitutionProducts(previous: InstitutionDetailQuery, next: InstitutionDetailQuery): InstitutionDetailQuery {
  const before = previous.institution.products
  const seen = new Set(before.edges.map((edge) => edge.node.id))
  const fresh = next.institution.products.edges.filter((edge) => !seen.has(edge.node.id))
  return {
    ...previous,
    institution: {
      ...previous.institution,
      products: { ...next.institution.products, edges: [...before.edges, ...fresh] },
    },
  }
}

/** The number a phone dials: 0558-2211966 → 05582211966; null when there is nothing to dial. */
export function dialNumber(phone: string): string | null {
  const digits = phone.replace(/[\s\-()（）]/g, '')
  return /^\+?\d{5,20}$/.test(digits) ? digits : null
}

export type ContactKind = 'phone' | 'address' | 'hours' | 'website'

export interface ContactLine {
  kind: ContactKind
  label: string
  value: string
}

type InstitutionContact = Pick<InstitutionDetailQuery['institution'], 'contactPhone' | 'address' | 'serviceHours' | 'website'>

/** The contact block: phone and address always, hours and website when the institution has them. */
export function contactLines(institution: InstitutionContact): ContactLine[] {
  const lines: ContactLine[] = [
    { kind: 'phone', label: '联系电话', value: institution.contactPhone },
    { kind: 'address', label: '机构地址', value: institution.address },
  ]
  if (institution.serviceHours) lines.push({ kind: 'hours', label: '营业时间', value: institution.serviceHours })
  if (institution.website) lines.push({ kind: 'website', label: '机构网站', value: institution.website })
  return lines
}

/** 2012-11-28 → 2012年11月28日 */
export function establishedLabel(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return day
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}
