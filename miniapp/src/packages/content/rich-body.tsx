import { RichText, Text, View } from '@tarojs/components'
import { formatFileSize } from './upload/upload-result'
import { openAttachment } from './open-attachment'

export interface BodyAttachment {
  id: string
  name: string
  mimeType: string
  size: number
  url: string
}

/** The body is sanitised by the server against an allow-list before it is stored; RichText renders it. */
export function RichBody({ html, attachments }: { html: string; attachments: readonly BodyAttachment[] }) {
  return (
    <View className='content__card'>
      <RichText className='content__body' nodes={html} />
      {attachments.length > 0 ? (
        <View className='content__attachments' data-testid='attachment-list'>
          <Text className='content__label'>附件</Text>
          {attachments.map((attachment) => (
            <View
              key={attachment.id}
              className='content__attachment'
              data-testid='attachment-link'
              data-url={attachment.url}
              onClick={() => void openAttachment(attachment)}
            >
              <Text className='content__attachment-name'>{attachment.name}</Text>
              <Text className='content__attachment-size'>{formatFileSize(attachment.size)}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
