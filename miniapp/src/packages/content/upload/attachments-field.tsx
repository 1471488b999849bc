import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nutui'
import { pickFile, uploadFile } from './upload-file'
import { formatFileSize, moveItem, withoutAttachment } from './upload-result'

export interface AttachmentItem {
  id: string
  name: string
  size: number
}

interface Props {
  items: readonly AttachmentItem[]
  onChange(items: AttachmentItem[]): void
  /** The server's message for the attachment list, if it refused it. */
  error?: string
}

/** The ordered attachment list of a policy or news form: upload with progress, reorder, remove. */
export function AttachmentsField({ items, onChange, error }: Props) {
  const [progress, setProgress] = useState<number | null>(null)
  const [uploadError, setUploadError] = useState('')

  async function add() {
    const picked = await pickFile('CONTENT_ATTACHMENT').catch(() => null)
    if (!picked) return
    setUploadError('')
    setProgress(0)
    try {
      const file = await uploadFile(picked, 'CONTENT_ATTACHMENT', setProgress)
      onChange([...items, { id: file.id, name: file.name, size: file.size }])
    } catch (caught) {
      setUploadError(caught instanceof Error ? caught.message : '上传失败，请稍后重试')
    } finally {
      setProgress(null)
    }
  }

  return (
    <View className='content__field' data-testid='attachments-field'>
      <Text className='content__label'>附件（PDF、Word、Excel 或图片，单个不超过 10 MB，按列表顺序展示）</Text>
      {items.map((item, index) => (
        <View key={item.id} className='content__file' data-testid='attachment-item'>
          <Text className='content__file-name'>
            {index + 1}. {item.name}
          </Text>
          <Text className='content__file-size'>{formatFileSize(item.size)}</Text>
          <View className='content__file-actions'>
            <Text className='content__link' onClick={() => onChange(moveItem(items, item.id, -1))}>
              上移
            </Text>
            <Text className='content__link' onClick={() => onChange(moveItem(items, item.id, 1))}>
              下移
            </Text>
            <Text className='content__link content__link--danger' data-testid='remove-attachment' onClick={() => onChange(withoutAttachment(items, item.id))}>
              移除
            </Text>
          </View>
        </View>
      ))}
      {progress !== null ? (
        <View className='content__progress' data-testid='upload-progress'>
          <View className='content__progress-bar' style={{ width: `${progress}%` }} />
          <Text className='content__progress-text'>上传中 {progress}%</Text>
        </View>
      ) : null}
      {uploadError || error ? <Text className='content__error'>{uploadError || error}</Text> : null}
      <Button size='small' data-testid='upload-attachment' disabled={progress !== null} onClick={() => void add()}>
        上传附件
      </Button>
    </View>
  )
}
