import { Text, View } from '@tarojs/components'
import './notice-banner.scss'

interface NoticeBannerProps {
  text: string
  tone?: 'warning' | 'error'
  onClose?(): void
}

/** A one-line message above a page's content, e.g. why the user was signed out. */
export function NoticeBanner({ text, tone = 'warning', onClose }: NoticeBannerProps) {
  return (
    <View className={`notice-banner notice-banner--${tone}`}>
      <Text className='notice-banner__text'>{text}</Text>
      {onClose ? (
        <Text className='notice-banner__close' onClick={onClose}>
          知道了
        </Text>
      ) : null}
    </View>
  )
}
