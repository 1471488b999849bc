import { Text, View } from '@tarojs/components'
import { ROLE_LABELS } from '@rongtong/shared'
import type { SessionUser } from '@/auth'

/** The header of a logged-in user: initial, name, masked phone, role. */
export function SignedInProfile({ me }: { me: SessionUser }) {
  return (
    <View className='mine__profile'>
      <View className='mine__avatar'>
        <Text className='mine__avatar-text'>{me.displayName.slice(0, 1)}</Text>
      </View>
      <View className='mine__profile-text'>
        <View className='mine__name-row'>
          <Text className='mine__name'>{me.displayName}</Text>
          <Text className='mine__role'>{ROLE_LABELS[me.role]}</Text>
        </View>
        {me.phoneMasked ? <Text className='mine__hint mine__phone'>手机 {me.phoneMasked}</Text> : null}
      </View>
    </View>
  )
}

/** The header while a stored session is being picked up. */
export function RestoringProfile({ failed, onRetry }: { failed: boolean; onRetry(): void }) {
  return (
    <View className='mine__profile'>
      <View className='mine__avatar'>
        <Text className='mine__avatar-text'>企</Text>
      </View>
      <View className='mine__profile-text'>
        <Text className='mine__name'>{failed ? '登录信息加载失败' : '正在加载登录信息…'}</Text>
        {failed ? (
          <Text className='mine__hint mine__retry' onClick={onRetry}>
            点击重试
          </Text>
        ) : null}
      </View>
    </View>
  )
}
