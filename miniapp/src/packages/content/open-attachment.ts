import Taro from '@tarojs/taro'
import { bffUrl } from '@/api/file-url'

export interface AttachmentLink {
  name: string
  mimeType: string
  url: string
}

/**
 * Opens an attachment: the browser downloads it on H5 (the server names it with Content-Disposition);
 * mini-programs download it and show images or open documents with the system viewer.
 */
export async function openAttachment(attachment: AttachmentLink): Promise<void> {
  const url = bffUrl(attachment.url)
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  if (attachment.mimeType.startsWith('image/')) {
    await Taro.previewImage({ urls: [url], current: url })
    return
  }
  try {
    void Taro.showLoading({ title: '正在下载' })
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
    if (statusCode !== 200) throw new Error(String(statusCode))
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
  } catch {
    void Taro.showToast({ title: '附件打开失败，请稍后重试', icon: 'none' })
  } finally {
    void Taro.hideLoading()
  }
}
