import Taro from '@tarojs/taro'
import { bffUrl } from '@/api/file-url'
import { session } from '@/auth'
import { readUploadResult, type UploadedFile, type UploadOutcome } from './upload-result'

export type UploadPurpose = 'CONTENT_ATTACHMENT' | 'BANNER_IMAGE'

export interface PickedFile {
  /** A temp path (mini-programs) or blob: URL (H5) that uploadFile can read. */
  path: string
  name: string
}

const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'png', 'jpg', 'jpeg', 'webp']
const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp']

/** H5: a hidden <input type=file>; resolves null when the user closes the dialog without a file. */
function pickInBrowser(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    input.setAttribute('data-testid', 'file-input')
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      resolve(file ? { path: URL.createObjectURL(file), name: file.name } : null)
    })
    document.body.appendChild(input)
    input.click()
  })
}

/** Lets the user choose one file: documents or images for attachments, images for banners. */
export async function pickFile(purpose: UploadPurpose): Promise<PickedFile | null> {
  const extensions = purpose === 'BANNER_IMAGE' ? IMAGE_EXTENSIONS : DOCUMENT_EXTENSIONS
  if (process.env.TARO_ENV === 'h5') return pickInBrowser(extensions.map((extension) => `.${extension}`).join(','))
  if (process.env.TARO_ENV === 'weapp') {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: purpose === 'BANNER_IMAGE' ? 'image' : 'file', extension: extensions })
    return tempFiles[0] ? { path: tempFiles[0].path, name: tempFiles[0].name } : null
  }
  const { tempFilePaths } = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] })
  const path = tempFilePaths[0]
  return path ? { path, name: path.split('/').pop() ?? 'image.jpg' } : null
}

function send(file: PickedFile, purpose: UploadPurpose, token: string | null, onProgress: (percent: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const task = Taro.uploadFile({
      url: bffUrl(`/api/files?purpose=${purpose}`),
      filePath: file.path,
      name: 'file',
      fileName: file.name,
      header: token ? { authorization: `Bearer ${token}` } : {},
      success: (response) => resolve(readUploadResult(response.statusCode, response.data)),
      fail: () => resolve({ ok: false, message: '网络连接失败，请检查网络后重试', sessionRejected: false }),
    })
    task?.progress?.((update) => onProgress(update.progress))
  })
}

/** Uploads with the session's token (renewed once if the server rejects it); reports progress 0–100. */
export async function uploadFile(file: PickedFile, purpose: UploadPurpose, onProgress: (percent: number) => void): Promise<UploadedFile> {
  const token = await session.accessTokenForRequest()
  let outcome = await send(file, purpose, token, onProgress)
  if (!outcome.ok && outcome.sessionRejected && token) {
    const renewed = await session.renewAfterRejection(token)
    if (renewed) outcome = await send(file, purpose, renewed, onProgress)
  }
  if (!outcome.ok) throw new Error(outcome.message)
  return outcome.file
}
