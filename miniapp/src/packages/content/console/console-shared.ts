import Taro from '@tarojs/taro'

export const STATUS_LABELS: Readonly<Record<string, string>> = { DRAFT: '草稿', PUBLISHED: '已发布', WITHDRAWN: '已撤回' }

/** A confirm dialog; resolves true when the operator confirms. */
export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#e5483f' })
  return confirm
}
