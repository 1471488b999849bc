import { RichText, Text, View } from '@tarojs/components'

/** The body is sanitised by the server against an allow-list before it is stored; RichText renders it. */
export function RichBody({ html, attachments }: { html: string; attachments: ReadonlyArray<{ name: string; url: string }> }) {
  return (
    <View className='content__card'>
      <RichText className='content__body' nodes={html} />
      {attachments.map((attachment) => (
        <Text key={attachment.url} className='content__attachment'>
          附件：{attachment.name}
        </Text>
      ))}
    </View>
  )
}
