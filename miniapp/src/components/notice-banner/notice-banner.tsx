import { Text, View } from '@tarojs/components'
import './notice-banner.scss'

/** A way out the banner offers, e.g. 刷新 after someone else changed what the user is editing. */
export interface NoticeAction {
  label: string
  onClick(): void
}

interface NoticeBannerProps {
  text: string
  tone?: 'warning' | 'error'
  onClose?(): void
  action?: NoticeAction
  /** `data-testid` of the banner; its action is `<testId>-action`. */
  testId?: string
}

/** A one-line message above a page's content or a form's buttons, e.g. why the user was signed out or a save failed. */
export function NoticeBanner({ text, tone = 'warning', onClose, action, testId }: NoticeBannerProps) {
  return (
    <View className={`notice-banner notice-banner--${tone}`} data-testid={testId}>
      <Text className='notice-banner__text'>{text}</Text>
      {action ? (
        <Text className='notice-banner__action' data-testid={testId ? `${testId}-action` : undefined} onClick={action.onClick}>
          {action.label}
        </Text>
      ) : null}
      {onClose ? (
        <Text className='notice-banner__close' onClick={onClose}>
          知道了
        </Text>
      ) : null}
    </View>
  )
}
