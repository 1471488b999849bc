import { ProductStatus } from '@rongtong/shared'
import { editorMode, productActions, reviewMarker } from './product-status'

describe('productActions', () => {
  it('offers edit and submit on drafts and rejected products, change and retire on published ones', () => {
    expect(productActions(ProductStatus.DRAFT, null)).toEqual(['edit', 'submit'])
    expect(productActions(ProductStatus.REJECTED, { kind: 'INITIAL', status: 'REJECTED', reason: '材料不全' })).toEqual(['edit', 'submit'])
    expect(productActions(ProductStatus.PUBLISHED, { kind: 'INITIAL', status: 'APPROVED' })).toEqual(['change', 'retire'])
    expect(productActions(ProductStatus.PENDING_REVIEW, { kind: 'INITIAL', status: 'PENDING' })).toEqual(['view'])
    expect(productActions(ProductStatus.RETIRED, null)).toEqual(['view'])
  })

  it('offers no second change while one is under review', () => {
    expect(productActions(ProductStatus.PUBLISHED, { kind: 'CHANGE', status: 'PENDING' })).toEqual(['view', 'retire'])
  })
})

describe('reviewMarker', () => {
  it('shows the rejection reason, a change under review, a rejected change and a cancelled one', () => {
    expect(reviewMarker(ProductStatus.REJECTED, { kind: 'INITIAL', status: 'REJECTED', reason: '利率说明不完整' })).toEqual({
      tone: 'danger',
      text: '驳回原因：利率说明不完整',
    })
    expect(reviewMarker(ProductStatus.PUBLISHED, { kind: 'CHANGE', status: 'PENDING' })?.text).toContain('变更审核中')
    expect(reviewMarker(ProductStatus.PUBLISHED, { kind: 'CHANGE', status: 'REJECTED', reason: '额度过高' })?.text).toBe('变更被驳回：额度过高')
    expect(reviewMarker(ProductStatus.RETIRED, { kind: 'CHANGE', status: 'CANCELLED' })?.text).toContain('已撤销')
    expect(reviewMarker(ProductStatus.PUBLISHED, { kind: 'INITIAL', status: 'APPROVED' })).toBeNull()
    expect(reviewMarker(ProductStatus.DRAFT, null)).toBeNull()
  })

  it('does not show an old rejection once the product was resubmitted and published', () => {
    expect(reviewMarker(ProductStatus.PUBLISHED, { kind: 'INITIAL', status: 'REJECTED', reason: '旧原因' })).toBeNull()
  })
})

describe('editorMode', () => {
  it('edits new, draft and rejected products; proposes changes to published ones; locks the rest', () => {
    expect(editorMode(null, null)).toEqual({ kind: 'draft', submitLabel: '保存并提交审核' })
    expect(editorMode(ProductStatus.REJECTED, null)).toEqual({ kind: 'draft', submitLabel: '保存并重新提交审核' })
    expect(editorMode(ProductStatus.PUBLISHED, { kind: 'INITIAL', status: 'APPROVED' })).toEqual({ kind: 'change' })
    expect(editorMode(ProductStatus.PUBLISHED, { kind: 'CHANGE', status: 'PENDING' }).kind).toBe('locked')
    expect(editorMode(ProductStatus.PENDING_REVIEW, null).kind).toBe('locked')
    expect(editorMode(ProductStatus.RETIRED, null).kind).toBe('locked')
  })
})
