import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { SessionUser } from '@/auth'
import { Button } from '@/components/nutui'
import { ROUTES } from '@/utils/routes'

/** A staff member who opened 我的: their institution and the way to their workbench. */
export function StaffCard({ me }: { me: SessionUser }) {
  return (
    <View className='enterprise-card'>
      <View className='enterprise-card__head'>
        <Text className='enterprise-card__caption'>工作人员账号</Text>
        <Button className='enterprise-card__switch' size='small' type='primary' onClick={() => void Taro.navigateTo({ url: ROUTES.staffHome })}>
          进入工作台
        </Button>
      </View>
      {me.institution ? <Text className='enterprise-card__title'>{me.institution.name}</Text> : null}
      <Text className='enterprise-card__note'>机构、政府部门和平台运营的业务在工作台办理。</Text>
    </View>
  )
}
