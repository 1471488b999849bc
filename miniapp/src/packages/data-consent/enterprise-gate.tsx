import type { ReactNode } from 'react'
import { Role } from '@rongtong/shared'
import { useEnterpriseLogin, useSession, type SessionUser } from '@/auth'
import { Button } from '@/components/nutui'
import { StateView } from '@/components/state-view/state-view'
import type { EnterpriseRelation } from '@/gql/graphql'

/** The enterprise the signed-in user acts for now, and how. */
export interface ActingFor {
  me: SessionUser
  enterprise: NonNullable<SessionUser['activeEnterprise']>
  relation: EnterpriseRelation
}

/** Who is acting for which enterprise, or null when the session acts for none (visitor, citizen, staff). */
export function actingFor(me: SessionUser | null): ActingFor | null {
  if (!me || me.role !== Role.ENTERPRISE || !me.activeEnterprise) return null
  const enterprise = me.activeEnterprise
  const binding = me.enterprises.find((candidate) => candidate.enterprise.id === enterprise.id)
  return binding ? { me, enterprise, relation: binding.relation } : null
}

function SignIn({ what }: { what: string }) {
  const { busy, login } = useEnterpriseLogin()
  return (
    <StateView
      icon='empty'
      title='请先登录'
      description={`${what}由企业自己掌握。请以企业法定代表人或经办人身份，通过安徽省统一身份认证登录（法人登录）。`}
      testId='enterprise-sign-in'
      action={
        <Button type='primary' size='small' loading={busy} disabled={busy} onClick={() => void login()}>
          {busy ? '正在登录…' : '登录'}
        </Button>
      }
    />
  )
}

/** Shows the page to a user acting for an enterprise; explains to everyone else why not and what to do. */
export function EnterpriseGate({ what, children }: { what: string; children(acting: ActingFor): ReactNode }) {
  const { status, me } = useSession()
  if (status === 'restoring') return <StateView icon='building' title='正在加载账号信息…' />
  if (!me) return <SignIn what={what} />
  if (me.role !== Role.ENTERPRISE) {
    return <StateView icon='inbox' title={`${what}仅供企业用户使用`} description='工作人员账号不能代表企业办理数据授权。请退出后以企业身份登录。' testId='enterprise-only' />
  }
  const acting = actingFor(me)
  if (!acting) {
    return (
      <StateView
        icon='inbox'
        title='当前账号未代表企业'
        description={`${what}需以企业法定代表人或经办人身份办理。请退出后在统一身份认证平台选择“法人登录”，或在“我的”中切换到要办理业务的企业。`}
        testId='enterprise-only'
      />
    )
  }
  return <>{children(acting)}</>
}
