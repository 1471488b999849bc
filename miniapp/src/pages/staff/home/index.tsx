import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS } from '@rongtong/shared'
import { useSession, type SessionUser } from '@/auth'
import { Button } from '@/components/nutui'
import { PageShell } from '@/components/page-shell/page-shell'
import { StateView } from '@/components/state-view/state-view'
import { INSTITUTION_PERMISSION_LABELS } from '@/utils/identity-labels'
import { openPage, openTab, ROUTES } from '@/utils/routes'
import { consoleFor, entriesFor, type ConsoleEntry, type StaffConsole } from './consoles'
import './index.scss'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='workbench__fact'>
      <Text className='workbench__fact-label'>{label}</Text>
      <Text className='workbench__fact-value'>{value}</Text>
    </View>
  )
}

function ConsoleEntries({ entries }: { entries: readonly ConsoleEntry[] }) {
  return (
    <View className='workbench__entries'>
      {entries.map((entry) => (
        <View key={entry.route} className='workbench__entry' data-testid={entry.testId} onClick={() => openPage(entry.route)}>
          <Text className='workbench__entry-label'>{entry.label}</Text>
          <Text className='workbench__entry-description'>{entry.description}</Text>
        </View>
      ))}
    </View>
  )
}

function ConsoleCard({ console, entries }: { console: StaffConsole; entries: readonly ConsoleEntry[] }) {
  return (
    <View className='workbench__card workbench__console'>
      <Text className='workbench__card-title'>{console.title}</Text>
      {entries.length > 0 ? <ConsoleEntries entries={entries} /> : null}
      <Text className='workbench__note'>
        {entries.length > 0 ? '以下功能将在后续版本开放：' : `您的账号将使用「${console.title}」，以下功能将在后续版本开放：`}
      </Text>
      {console.upcoming.map((feature) => (
        <View key={feature} className='workbench__feature'>
          <View className='workbench__dot' />
          <Text>{feature}</Text>
        </View>
      ))}
    </View>
  )
}

function Workbench({ me, console, onLogout }: { me: SessionUser; console: StaffConsole; onLogout(): void }) {
  const permissions = me.permissions.map((permission) => INSTITUTION_PERMISSION_LABELS[permission] ?? permission)
  return (
    <View className='workbench__body'>
      <View className='workbench__card workbench__profile'>
        <View className='workbench__greeting'>
          <View className='workbench__avatar'>{me.displayName.slice(0, 1)}</View>
          <View className='workbench__who'>
            <Text className='workbench__name'>{me.displayName}</Text>
            <Text className='workbench__role'>{ROLE_LABELS[me.role]}</Text>
          </View>
        </View>
        {me.institution ? <Fact label='所属机构' value={me.institution.name} /> : null}
        {permissions.length > 0 ? <Fact label='岗位权限' value={permissions.join('、')} /> : null}
        <Fact label='动态验证码' value={me.totpEnabled ? '已绑定' : '未绑定'} />
        <Button className='workbench__logout' block onClick={onLogout}>
          退出登录
        </Button>
      </View>
      <ConsoleCard console={console} entries={entriesFor(console, me.permissions)} />
    </View>
  )
}

/** A staff member's landing page after login: who they are, and which console their role gets. */
export default function StaffHomePage() {
  const { status, me, notice, logout } = useSession()
  const staffConsole = me ? consoleFor(me.role) : null
  const signOut = async () => {
    await logout()
    void Taro.reLaunch({ url: ROUTES.staffLogin })
  }
  return (
    <PageShell nav='staff' className='workbench'>
      <Text className='workbench__title'>工作台</Text>
      {status === 'restoring' ? <StateView icon='building' title='正在加载账号信息…' /> : null}
      {status === 'anonymous' ? (
        <StateView
          icon='empty'
          title={notice ?? '请先登录'}
          description='工作台供金融机构、政府部门和平台运营人员使用。'
          action={
            <Button type='primary' size='small' onClick={() => void Taro.redirectTo({ url: ROUTES.staffLogin })}>
              前往登录
            </Button>
          }
        />
      ) : null}
      {me && !staffConsole ? (
        <StateView
          icon='empty'
          title='工作台仅供工作人员使用'
          description='企业用户的业务在「我的」中办理。'
          action={<Button size='small' onClick={() => openTab(ROUTES.mine)}>前往我的</Button>}
        />
      ) : null}
      {me && staffConsole ? <Workbench me={me} console={staffConsole} onLogout={() => void signOut()} /> : null}
    </PageShell>
  )
}
