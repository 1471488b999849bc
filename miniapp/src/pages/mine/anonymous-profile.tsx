import { Text, View } from '@tarojs/components'
import { Button } from '@/components/nutui'
import { useEnterpriseLogin } from '@/auth'

/** Not logged in: who can log in, and how. */
export function AnonymousProfile() {
  const { busy, login } = useEnterpriseLogin()
  return (
    <>
      <View className='mine__profile'>
        <View className='mine__avatar'>
          <Text className='mine__avatar-text'>企</Text>
        </View>
        <View className='mine__profile-text'>
          <Text className='mine__name'>未登录</Text>
          <Text className='mine__hint'>登录后可管理企业信息、申请记录和融资需求</Text>
        </View>
        <Button className='mine__login' type='primary' size='small' loading={busy} disabled={busy} onClick={() => void login()}>
          {busy ? '正在登录…' : '登录'}
        </Button>
      </View>
      <View className='mine__notice'>
        通过安徽省统一身份认证平台登录，企业和个人无需另行注册；在皖事通中打开时自动登录。
      </View>
    </>
  )
}
