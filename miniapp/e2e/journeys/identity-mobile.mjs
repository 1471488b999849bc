import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { endSessionOnServer, mockServerOrigin, testIdentities } from './identity-api.mjs'

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }

/** The first enterprise identity with the given relation on the identity platform's page: its sub, name and enterprise. */
async function pickIdentity(page, relationLabel) {
  const button = page.locator('.panel-enterprise button.identity', { has: page.locator('.role', { hasText: relationLabel }) }).first()
  const details = await button.evaluate((node) => ({
    sub: node.getAttribute('data-sub'),
    name: node.querySelector('.name')?.firstChild?.textContent?.trim(),
    enterprise: node.querySelectorAll('.meta')[1]?.textContent?.trim(),
  }))
  return { button, ...details }
}

/** The identity platform's own admin API: withdraw or restore an enterprise identity's authorisation. */
async function enterpriseAuthorisation(mockOrigin, action, sub) {
  const response = await fetch(`${mockOrigin}/_admin/identity/authorisations/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub }),
  })
  if (!response.ok) throw new Error(`${action} answered ${response.status}: ${await response.text()}`)
}

export async function identityMobileJourney({ browser, baseUrl, journey }) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  let chosen

  await journey('mobile 390×844: 我的 → 统一身份认证（法人登录）→ 我的 shows the person and the enterprise', page, [
    [
      '我的 offers 登录 while nobody is logged in',
      async () => {
        await page.goto(`${baseUrl}/pages/mine/index`)
        await page.locator('.mine .mine__name', { hasText: '未登录' }).waitFor()
        await page.locator('.mine .mine__notice', { hasText: '安徽省统一身份认证平台' }).waitFor()
      },
    ],
    [
      '登录 leaves for the unified identity platform',
      async () => {
        await page.locator('.mine .nut-button', { hasText: '登录' }).click()
        await page.waitForURL(/\/oidc\/authorize\?/)
        await page.getByText('安徽政务服务统一身份认证平台（模拟）').first().waitFor()
        await page.locator('label[for=tab-enterprise]').click()
        await page.locator('.panel-enterprise button.identity').first().waitFor()
        await screenshot(page, 'mobile-identity-platform')
      },
    ],
    [
      'choosing an enterprise legal representative comes back logged in, and 我的 shows them and their enterprise',
      async () => {
        chosen = await pickIdentity(page, '法定代表人')
        expectThat(chosen.name && chosen.enterprise, `could not read the identity: ${JSON.stringify(chosen)}`)
        // Hold the code exchange back for a moment so the callback page's progress can be seen.
        await page.route('**/graphql', async (route) => {
          if (route.request().postData()?.includes('CompleteUnifiedLogin')) await new Promise((resolve) => setTimeout(resolve, 1500))
          await route.continue()
        })
        await chosen.button.click()
        await page.locator('.auth-callback .auth-callback__text', { hasText: '正在登录…' }).waitFor()
        await screenshot(page, 'mobile-login-callback-progress')
        await page.waitForURL(/\/pages\/mine\/index/, { timeout: 20_000 })
        await page.unroute('**/graphql')
        await page.locator('.mine .mine__name', { hasText: chosen.name }).waitFor()
        await page.locator('.mine .enterprise-card__title', { hasText: chosen.enterprise }).waitFor()
        await page.locator('.mine .enterprise-card__value', { hasText: '法定代表人' }).waitFor()
        const phone = await page.locator('.mine .mine__phone').textContent()
        expectThat(/^手机 1\d{2}\*{4}\d{4}$/.test(phone?.trim() ?? ''), `phone is not masked: ${phone}`)
        await page.waitForTimeout(400)
        await screenshot(page, 'mobile-mine-signed-in')
      },
    ],
    [
      'the session survives a reload, and 消息 knows the user is logged in',
      async () => {
        await page.reload()
        await page.locator('.mine .mine__name', { hasText: chosen.name }).waitFor()
        await page.locator('.taro-tabbar__tabbar').getByText('消息', { exact: true }).click()
        await page.locator('.messages .state-view__title', { hasText: '暂无消息' }).waitFor()
        await screenshot(page, 'mobile-messages-signed-in')
      },
    ],
    [
      'a session that ended on the server shows 登录已过期 on 我的 after the next launch',
      async () => {
        await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click()
        const stored = JSON.parse(await page.evaluate(() => window.localStorage.getItem('rongtong.session')))
        const tokens = JSON.parse(stored.data ?? 'null') ?? stored
        await endSessionOnServer(baseUrl, tokens.accessToken)
        await page.reload()
        await page.locator('.mine .notice-banner', { hasText: '登录已过期，请重新登录' }).waitFor()
        await page.locator('.mine .mine__name', { hasText: '未登录' }).waitFor()
        await screenshot(page, 'mobile-mine-session-expired')
        await page.locator('.mine .notice-banner__close').click()
        await page.locator('.mine .notice-banner').waitFor({ state: 'detached' })
      },
    ],
    [
      'logging in again works, and 退出登录 asks first, then 我的 is logged out',
      async () => {
        await page.locator('.mine .nut-button', { hasText: '登录' }).click()
        await page.waitForURL(/\/oidc\/authorize\?/)
        await page.locator('label[for=tab-enterprise]').click()
        await (await pickIdentity(page, '法定代表人')).button.click()
        await page.locator('.mine .mine__name', { hasText: chosen.name }).waitFor()
        await page.locator('.mine .mine__logout').click()
        await page.getByText('确定要退出当前账号吗？').waitFor()
        await page.getByText('退出', { exact: true }).click()
        await page.locator('.mine .mine__name', { hasText: '未登录' }).waitFor()
        const stored = await page.evaluate(() => window.localStorage.getItem('rongtong.session'))
        expectThat(stored === null, `tokens still stored after logout: ${stored}`)
      },
    ],
    [
      'cancelling on the identity platform explains it and offers to try again',
      async () => {
        await page.locator('.mine .nut-button', { hasText: '登录' }).click()
        await page.waitForURL(/\/oidc\/authorize\?/)
        await page.getByRole('button', { name: '取消' }).click()
        await page.locator('#login-callback-error', { hasText: '您已取消统一身份认证登录' }).waitFor()
        await page.locator('.auth-callback .nut-button', { hasText: '重新登录' }).waitFor()
        await screenshot(page, 'mobile-login-cancelled')
      },
    ],
  ])

  await journey('mobile 390×844: inside 皖事通 the 登录 button logs in silently with the host auth code; a withdrawn authorisation is told once', page, [
    [
      'a 皖事通 container (simulated with mock-server) signs the agent in without leaving the app',
      async () => {
        const mockOrigin = await mockServerOrigin(baseUrl)
        const agent = (await testIdentities(mockOrigin)).find((identity) => identity.enterprise?.relation === 'AGENT')
        expectThat(agent, 'mock-server lists no agent identity')
        const hostContext = await browser.newContext(PHONE)
        // The container injects its JSAPI as window.wst; here its getAuthCode asks mock-server's host endpoint.
        await hostContext.addInitScript(
          ({ origin, sub }) => {
            window.wst = {
              version: '5.2.0',
              getAuthCode: () =>
                fetch(`${origin}/dev/host/auth-code`, {
                  method: 'POST',
                  headers: { 'content-type': 'application/json' },
                  body: JSON.stringify({ sub }),
                })
                  .then((response) => response.json())
                  .then((body) => ({ authCode: body.code })),
            }
          },
          { origin: mockOrigin, sub: agent.sub },
        )
        const hostPage = await hostContext.newPage()
        try {
          await hostPage.goto(`${baseUrl}/pages/mine/index`)
          await hostPage.locator('.mine .nut-button', { hasText: '登录' }).click()
          await hostPage.locator('.mine .mine__name', { hasText: agent.name }).waitFor()
          expectThat(new URL(hostPage.url()).origin === new URL(baseUrl).origin, `left the app: ${hostPage.url()}`)
          await hostPage.locator('.mine .enterprise-card__title', { hasText: agent.enterprise.name }).waitFor()
          await hostPage.locator('.mine .enterprise-card__value', { hasText: '经办人' }).waitFor()
          await hostPage.waitForTimeout(400)
          await screenshot(hostPage, 'mobile-wanshitong-signed-in')

          // The platform withdraws the agent's authorisation; their next login tells them once, on 我的.
          await enterpriseAuthorisation(mockOrigin, 'withdraw', agent.sub)
          await hostPage.locator('.mine .mine__logout').click()
          await hostPage.getByText('退出', { exact: true }).click()
          await hostPage.locator('.mine .nut-button', { hasText: '登录' }).click()
          const notice = hostPage.locator('.mine [data-testid=login-notices]')
          await notice.getByText(`您与${agent.enterprise.name}的授权关系已由统一身份认证平台撤销`).waitFor()
          await hostPage.locator('.mine .enterprise-card__title', { hasText: '尚未绑定企业' }).waitFor()
          await notice.scrollIntoViewIfNeeded()
          await screenshot(hostPage, 'mobile-wanshitong-authorisation-withdrawn')
          await notice.locator('.notice-banner__close').click()
          await notice.waitFor({ state: 'detached' })
          await hostPage.reload()
          await hostPage.locator('.mine .mine__name', { hasText: agent.name }).waitFor()
          expectThat((await notice.count()) === 0, 'the withdrawal notice came back after a reload')
        } finally {
          await enterpriseAuthorisation(mockOrigin, 'restore', agent.sub).catch(() => undefined)
          await hostContext.close()
        }
      },
    ],
    [
      'the staff login page also works on a phone',
      async () => {
        await page.goto(`${baseUrl}/pages/staff/login/index`)
        await page.locator('.staff-login .staff-login__title', { hasText: '机构/政府/运营人员登录' }).waitFor()
        await page.locator('.staff-login .form-field--username input').waitFor()
        await waitUntil(async () => (await page.locator('.staff-login__card').boundingBox())?.width <= 390, 'card fits the phone')
        await screenshot(page, 'mobile-staff-login')
      },
    ],
  ])
  await context.close()
}
