import { ROUTES } from '@/utils/routes'

/** Notices the editor shows after a redirect to itself (a new product gets its own address). */
export type EditorNotice = 'draft' | 'submitted' | 'submit-failed'

export function editorPath(productId?: string, notice?: EditorNotice): string {
  if (!productId) return ROUTES.productEditor
  const query = `id=${encodeURIComponent(productId)}${notice ? `&notice=${notice}` : ''}`
  return `${ROUTES.productEditor}?${query}`
}
