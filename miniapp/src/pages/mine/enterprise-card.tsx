import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { session, type SessionUser } from '@/auth'
import { SwitchEnterpriseMutation } from '@/auth/session.graphql'
import { apiClient, ApiError } from '@/api'
import { ActionSheet, Button } from '@/components/nutui'
import { ENTERPRISE_RELATION_LABELS } from '@/utils/identity-labels'

type Binding = SessionUser['enterprises'][number]

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='enterprise-card__row'>
      <Text className='enterprise-card__label'>{label}</Text>
      <Text className='enterprise-card__value'>{value}</Text>
    </View>
  )
}

async function switchTo(binding: Binding) {
  try {
    const { switchEnterprise } = await apiClient.execute(SwitchEnterpriseMutation, { enterpriseId: binding.enterprise.id })
    session.setMe(switchEnterprise)
    void Taro.showToast({ title: `已切换到${binding.enterprise.name}`, icon: 'none' })
  } catch (error) {
    const message = error instanceof ApiError ? error.message : '切换失败，请重试'
    void Taro.showToast({ title: message, icon: 'none' })
  }
}

/**
 * In H5 every page is a stacking context below Taro's tab bar, so a sheet rendered inside the page would
 * slide under the tab bar; it is rendered into <body> instead. Mini-programs draw a native tab bar.
 */
const sheetPortal = process.env.TARO_ENV === 'h5' ? () => document.body : undefined

function Switcher({ me }: { me: SessionUser }) {
  const [open, setOpen] = useState(false)
  const options = me.enterprises.map((binding) => ({
    name: binding.enterprise.name,
    description: `${ENTERPRISE_RELATION_LABELS[binding.relation]} · ${binding.enterprise.uscc}`,
    disabled: binding.enterprise.id === me.activeEnterprise?.id,
  }))
  return (
    <>
      <Button className='enterprise-card__switch' size='small' onClick={() => setOpen(true)}>
        切换企业
      </Button>
      <ActionSheet
        visible={open}
        portal={sheetPortal}
        title='选择要办理业务的企业'
        options={options}
        cancelText='取消'
        onCancel={() => setOpen(false)}
        onSelect={(_option, index) => {
          setOpen(false)
          const binding = me.enterprises[index]
          if (binding && binding.enterprise.id !== me.activeEnterprise?.id) void switchTo(binding)
        }}
      />
    </>
  )
}

/** The enterprise the user acts for now: name, USCC, their relation to it, and a switcher when there are several. */
export function EnterpriseCard({ me }: { me: SessionUser }) {
  const active = me.activeEnterprise
  const binding = active ? me.enterprises.find((candidate) => candidate.enterprise.id === active.id) : undefined
  if (!active) {
    return (
      <View className='enterprise-card'>
        <Text className='enterprise-card__title'>尚未绑定企业</Text>
        <Text className='enterprise-card__note'>以企业法定代表人或经办人身份通过统一身份认证登录（法人登录）后，即可代表企业办理融资业务。</Text>
      </View>
    )
  }
  return (
    <View className='enterprise-card'>
      <View className='enterprise-card__head'>
        <Text className='enterprise-card__caption'>当前企业</Text>
        {me.enterprises.length > 1 ? <Switcher me={me} /> : null}
      </View>
      <Text className='enterprise-card__title'>{active.name}</Text>
      <Row label='统一社会信用代码' value={active.uscc} />
      {binding ? <Row label='我的身份' value={ENTERPRISE_RELATION_LABELS[binding.relation]} /> : null}
    </View>
  )
}
