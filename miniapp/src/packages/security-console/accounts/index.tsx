import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { apiClient, ApiError, useQuery } from '@/api'
import { ChipFilter } from '@/components/chip-filter/chip-filter'
import { ConsoleGate, isSecurityAdmin } from '@/components/console-gate/console-gate'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { ErrorState, StateView } from '@/components/state-view/state-view'
import {
  accountLabel,
  accountTags,
  actionsFor,
  doneNotice,
  filterChoices,
  inReviewOrder,
  matchesFilter,
  resetTotpConfirmation,
  roleLine,
  unlockConfirmation,
  type Confirmation,
  type SecurityAccount,
  type SecurityFilter,
} from '../account-security'
import { ResetStaffTotpMutation, SecurityStaffAccountsQuery, UnlockStaffAccountMutation } from '../security-console.graphql'
import '../security-console.scss'

interface Notice {
  text: string
  tone: 'success' | 'danger'
}

async function confirmed({ title, content, confirmText }: Confirmation): Promise<boolean> {
  const { confirm } = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#d93025' })
  return confirm
}

function AccountRow({ account, myUserId, busy, onUnlock, onResetTotp }: {
  account: SecurityAccount
  myUserId: string
  busy: boolean
  onUnlock(): void
  onResetTotp(): void
}) {
  const now = new Date()
  const actions = actionsFor(account, myUserId, now)
  return (
    <View className='security__row' data-testid='security-account' data-username={account.username}>
      <View className='security__row-main'>
        <Text className='security__name'>{accountLabel(account)}</Text>
        <Text className='security__role'>{roleLine(account)}</Text>
        <View className='security__tags'>
          {accountTags(account, now).map((tag) => (
            <Text key={tag.label} className={`security__tag security__tag--${tag.tone}`}>
              {tag.label}
            </Text>
          ))}
        </View>
      </View>
      <View className='security__actions'>
        {actions.note ? <Text className='security__note'>{actions.note}</Text> : null}
        {actions.unlock ? (
          <Button size='small' type='primary' disabled={busy} data-testid='unlock-account' onClick={onUnlock}>
            解锁
          </Button>
        ) : null}
        {actions.resetTotp ? (
          <Button size='small' disabled={busy} data-testid='reset-totp' onClick={onResetTotp}>
            重置动态验证码
          </Button>
        ) : null}
      </View>
    </View>
  )
}

function AccountSecurity({ myUserId }: { myUserId: string }) {
  const query = useQuery(SecurityStaffAccountsQuery, {}, { client: apiClient })
  const [filter, setFilter] = useState<SecurityFilter | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const accounts = query.data?.staffAccounts ?? []
  const now = new Date()
  const listed = inReviewOrder(accounts, now).filter((account) => matchesFilter(account, filter, now))

  async function act(account: SecurityAccount, action: 'unlock' | 'resetTotp') {
    if (!(await confirmed(action === 'unlock' ? unlockConfirmation(account) : resetTotpConfirmation(account)))) return
    setBusyId(account.id)
    try {
      if (action === 'unlock') await apiClient.execute(UnlockStaffAccountMutation, { id: account.id })
      else await apiClient.execute(ResetStaffTotpMutation, { id: account.id })
      setNotice({ text: doneNotice(action, account), tone: 'success' })
    } catch (caught) {
      setNotice({ text: caught instanceof ApiError ? caught.message : '操作失败，请稍后重试', tone: 'danger' })
    } finally {
      setBusyId(null)
    }
    await query.refetch()
  }

  return (
    <View className='security'>
      <View className='security__header'>
        <View>
          <Text className='security__title'>账号安全</Text>
          <Text className='security__subtitle'>
            工作人员账号的锁定、登录失败和身份验证器状态。本人核实后，可为被锁定的账号解锁，或在身份验证器丢失时重置动态验证码；自己的账号和自己创建的账号须由其他安全管理员处理。
          </Text>
        </View>
        {query.data ? <ChipFilter choices={filterChoices(accounts, now)} value={filter} onChange={setFilter} testId='security-filter' /> : null}
      </View>
      {notice ? (
        <Text className={`security__notice security__notice--${notice.tone}`} data-testid='security-notice'>
          {notice.text}
        </Text>
      ) : null}
      {query.loading && !query.data ? <StateView icon='building' title='正在加载工作人员账号…' /> : null}
      {query.error && !query.data ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && listed.length === 0 ? (
        <StateView icon='inbox' title={filter === null ? '暂无工作人员账号' : '没有符合条件的账号'} description={filter === null ? undefined : '换一个筛选条件试试。'} />
      ) : null}
      {listed.map((account) => (
        <AccountRow
          key={account.id}
          account={account}
          myUserId={myUserId}
          busy={busyId !== null}
          onUnlock={() => void act(account, 'unlock')}
          onResetTotp={() => void act(account, 'resetTotp')}
        />
      ))}
    </View>
  )
}

/** 账号安全: the security administrator unlocks staff accounts and resets lost authenticators. */
export default function AccountSecurityPage() {
  return (
    <PageShell nav='staff' className='security-console'>
      <ConsoleGate
        allows={isSecurityAdmin}
        deniedTitle='仅安全管理员可使用账号安全'
        deniedDescription='请使用安全管理员账号登录工作台。'
        signInDescription='该功能供安全管理员使用。'
      >
        {(me) => <AccountSecurity myUserId={me.id} />}
      </ConsoleGate>
    </PageShell>
  )
}
