import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Role } from '@rongtong/shared'
import { useSession, type SessionUser } from '@/auth'
import { Button } from '@/components/nutui'
import { StateView } from '@/components/state-view/state-view'
import { ROUTES } from '@/utils/routes'

interface ConsoleGateProps {
  /** Whether this signed-in user may use the console. */
  allows(me: SessionUser): boolean
  deniedTitle: string
  deniedDescription: string
  /** Whom the console is for, said to a visitor who is not signed in. */
  signInDescription?: string
  children(me: SessionUser): ReactNode
}

/** Shows the console to the staff it is for; everyone else gets a message and the way to the staff login. */
export function ConsoleGate({ allows, deniedTitle, deniedDescription, signInDescription = '该功能供金融机构和平台运营人员使用。', children }: ConsoleGateProps) {
  const { status, me } = useSession()
  if (status === 'restoring') return <StateView icon='building' title='正在加载账号信息…' />
  if (!me) {
    return (
      <StateView
        icon='empty'
        title='请先登录'
        description={signInDescription}
        action={
          <Button type='primary' size='small' onClick={() => void Taro.redirectTo({ url: ROUTES.staffLogin })}>
            前往登录
          </Button>
        }
      />
    )
  }
  if (!allows(me)) return <StateView icon='inbox' title={deniedTitle} description={deniedDescription} />
  return <>{children(me)}</>
}

export function isProductManager(me: SessionUser): boolean {
  return me.role === Role.INSTITUTION_STAFF && me.permissions.includes('PRODUCT_MANAGER')
}

export function isOperator(me: SessionUser): boolean {
  return me.role === Role.OPERATOR
}

export function isSecurityAdmin(me: SessionUser): boolean {
  return me.role === Role.SECURITY_ADMIN
}
