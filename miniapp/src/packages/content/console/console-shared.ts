import Taro from '@tarojs/taro'
import { ApiError } from '@/api'

export const STATUS_LABELS: Readonly<Record<string, string>> = { DRAFT: '草稿', PUBLISHED: '已发布', WITHDRAWN: '已撤回' }

/** Today's date (UTC) as `YYYY-MM-DD`, the default issue/publish date of a new item. */
export const today = () => new Date().toISOString().slice(0, 10)

/** A confirm dialog; resolves true when the operator confirms. */
export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#e5483f' })
  return confirm
}

/** Shown once an editor refused for a conflict has loaded the item afresh. */
export const RELOADED_NOTICE = '已载入最新内容，请重新修改后保存'

/** Asks before withdrawing a published policy or news item (`noun` is 政策 / 资讯). */
export function confirmWithdraw(noun: string, title: string): Promise<boolean> {
  return confirmAction(`撤回${noun}`, `撤回后「${title}」将不再对外展示，可再次发布。确定撤回？`)
}

/** The message to show for a failed call: the server's own, or `fallback` when it did not answer with one. */
export function errorMessage(caught: unknown, fallback: string): string {
  return caught instanceof ApiError ? caught.message : fallback
}

/** Brings the editor at the top of the console into view. */
export function scrollToTop(): void {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 200 })
}
