import { ProductStatus } from '@rongtong/shared'

/** The review states as the API names them (ProductVersionStatus / ProductVersionKind). */
export type ReviewStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED'
export type ReviewKind = 'INITIAL' | 'CHANGE'

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  PENDING: '待审核',
  APPROVED: '已通过',
  REJECTED: '已驳回',
  CANCELLED: '已撤销',
}

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  INITIAL: '新产品',
  CHANGE: '变更',
}

export interface LatestReview {
  kind: ReviewKind | `${ReviewKind}`
  status: ReviewStatus | `${ReviewStatus}`
  reason?: string | null
}

export type ProductAction = 'edit' | 'submit' | 'change' | 'retire' | 'view'

export const ACTION_LABELS: Record<ProductAction, string> = {
  edit: '编辑',
  submit: '提交审核',
  change: '提交变更',
  retire: '下架',
  view: '查看',
}

export interface Marker {
  tone: 'info' | 'warning' | 'danger'
  text: string
}

export function hasPendingChange(latest: LatestReview | null | undefined): boolean {
  return latest?.kind === 'CHANGE' && latest.status === 'PENDING'
}

/** What a product manager can do with a product in the list. */
export function productActions(status: ProductStatus, latest: LatestReview | null | undefined): ProductAction[] {
  switch (status) {
    case ProductStatus.DRAFT:
    case ProductStatus.REJECTED:
      return ['edit', 'submit']
    case ProductStatus.PENDING_REVIEW:
    case ProductStatus.RETIRED:
      return ['view']
    case ProductStatus.PUBLISHED:
      return hasPendingChange(latest) ? ['view', 'retire'] : ['change', 'retire']
    default:
      return assertNever(status)
  }
}

/** The line under a product telling where its review stands, when there is something to tell. */
export function reviewMarker(status: ProductStatus, latest: LatestReview | null | undefined): Marker | null {
  if (status === ProductStatus.PENDING_REVIEW) return { tone: 'info', text: '等待平台审核，审核期间不能修改' }
  if (!latest) return null
  const reason = latest.reason ?? ''
  if (latest.kind === 'CHANGE') {
    if (latest.status === 'PENDING') return { tone: 'warning', text: '变更审核中：审核通过前，金融超市仍展示当前版本' }
    if (latest.status === 'REJECTED' && status === ProductStatus.PUBLISHED) return { tone: 'danger', text: `变更被驳回：${reason}` }
    if (latest.status === 'CANCELLED') return { tone: 'info', text: '下架时尚未审核的变更已撤销' }
    return null
  }
  if (latest.status === 'REJECTED' && status === ProductStatus.REJECTED) return { tone: 'danger', text: `驳回原因：${reason}` }
  return null
}

export type EditorMode =
  | { kind: 'draft'; submitLabel: string }
  | { kind: 'change' }
  | { kind: 'locked'; reason: string }

/** Whether the editor saves a draft, proposes a change to a published product, or only shows the product. */
export function editorMode(status: ProductStatus | null, latest: LatestReview | null | undefined): EditorMode {
  if (status === null || status === ProductStatus.DRAFT || status === ProductStatus.REJECTED) {
    return { kind: 'draft', submitLabel: status === ProductStatus.REJECTED ? '保存并重新提交审核' : '保存并提交审核' }
  }
  if (status === ProductStatus.PUBLISHED) {
    return hasPendingChange(latest)
      ? { kind: 'locked', reason: '该产品有一项变更正在审核，审核有结论后才能再次提交变更。金融超市仍展示当前版本。' }
      : { kind: 'change' }
  }
  if (status === ProductStatus.PENDING_REVIEW) return { kind: 'locked', reason: '该产品正在等待平台审核，审核期间不能修改。' }
  return { kind: 'locked', reason: '该产品已下架，不能再修改。' }
}

function assertNever(value: never): never {
  throw new Error(`unexpected product status ${String(value)}`)
}
