import { expectThat, screenshot } from '../harness.mjs'
import { graphql } from '../graphql.mjs'
import { loginStaff } from '../staff-session.mjs'
import { currentStep, totpCode } from '../totp.mjs'
import { createOperatorAccount } from './identity-api.mjs'

const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }
const NEW_PASSWORD = 'Journey#Secure2026'
/** The account-wide lockout threshold of the BFF (bff/README, Staff lockout). */
const LOCK_THRESHOLD = 20

const LOGIN = 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { step challengeToken totpEnrollment { secret } } }'

/**
 * A wrong password for `username` as if sent from `address`: the BFF of the journeys trusts 127.0.0.1 as its
 * proxy (TRUSTED_PROXIES), so X-Forwarded-For is the address its lockout counts.
 */
async function wrongPasswordFrom(baseUrl, address, username) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: 'Not#ThePassword1' } }),
  })
  const body = await response.json()
  if (body.errors?.[0]?.message !== '用户名或密码错误') throw new Error(`unexpected answer to a wrong password: ${JSON.stringify(body)}`)
}

/** A new operator who has changed the initial password and enrolled an authenticator, as a colleague would have. */
async function enrolledOperator(baseUrl) {
  const account = await createOperatorAccount(baseUrl)
  const first = (await graphql(baseUrl, LOGIN, { u: account.username, p: account.initialPassword })).staffLogin
  const changed = await graphql(
    baseUrl,
    'mutation($c: String!, $p: String!) { staffChangeInitialPassword(challengeToken: $c, newPassword: $p) { step challengeToken totpEnrollment { secret } } }',
    { c: first.challengeToken, p: NEW_PASSWORD },
  )
  const enrolment = changed.staffChangeInitialPassword
  const done = await graphql(baseUrl, 'mutation($c: String!, $t: String!) { staffConfirmTotpEnrollment(challengeToken: $c, code: $t) { step } }', {
    c: enrolment.challengeToken,
    t: totpCode(enrolment.totpEnrollment.secret, currentStep()),
  })
  if (done.staffConfirmTotpEnrollment.step !== 'DONE') throw new Error('the new operator did not finish enrolling')
  return account
}

async function confirmModal(page, text) {
  const button = page.locator('.taro__modal .taro-model__btn', { hasText: text })
  await button.waitFor()
  await button.click()
}

export async function securityConsoleJourney({ browser, baseUrl, journey }) {
  const context = await browser.newContext(DESKTOP)
  const page = await context.newPage()
  let account
  const row = () => page.locator(`[data-testid=security-account][data-username="${account.username}"]`)

  await journey('desktop 1366×900: the security administrator unlocks a locked operator and resets its authenticator', page, [
    [
      'an operator is locked by 20 wrong passwords from 20 addresses',
      async () => {
        account = await enrolledOperator(baseUrl)
        for (let attempt = 1; attempt <= LOCK_THRESHOLD; attempt += 1) await wrongPasswordFrom(baseUrl, `198.51.100.${attempt}`, account.username)
      },
    ],
    [
      'sec-admin opens 账号安全 from the workbench; the locked account is listed under 已锁定',
      async () => {
        await loginStaff(page, baseUrl, 'sec-admin')
        await page.locator('.workbench .workbench__card-title', { hasText: '安全管理' }).waitFor()
        await page.locator('[data-testid=open-account-security]').click()
        await page.locator('.security .security__title', { hasText: '账号安全' }).waitFor()
        await page.locator('[data-testid=security-filter-LOCKED]').click()
        await row().locator('.security__tag--danger', { hasText: '已锁定（至' }).waitFor()
        await row().locator('.security__tag', { hasText: `登录失败 ${LOCK_THRESHOLD} 次` }).waitFor()
        await row().locator('.security__tag', { hasText: '已绑定身份验证器' }).waitFor()
        await page.waitForTimeout(300)
        await screenshot(page, 'desktop-account-security')
      },
    ],
    [
      'its own row offers sec-admin nothing',
      async () => {
        await page.locator('[data-testid=security-filter-ALL]').click()
        const own = page.locator('[data-testid=security-account][data-username="sec-admin"]')
        await own.locator('.security__note', { hasText: '这是您自己的账号' }).waitFor()
        expectThat((await own.locator('[data-testid=unlock-account], [data-testid=reset-totp]').count()) === 0, 'actions offered on the own account')
      },
    ],
    [
      '解锁 asks first, then says 已解锁 and the lock and the failures are gone',
      async () => {
        await row().locator('[data-testid=unlock-account]').click()
        await page.locator('.taro__modal').getByText('解锁账号', { exact: true }).waitFor()
        await confirmModal(page, '解锁')
        await page.locator('[data-testid=security-notice]', { hasText: `「测试运营员（${account.username}）」已解锁` }).waitFor()
        await row().locator('.security__tag', { hasText: '已绑定身份验证器' }).waitFor()
        expectThat((await row().locator('.security__tag--danger, .security__tag--warning').count()) === 0, 'still shown as locked or failing')
        const login = await graphql(baseUrl, LOGIN, { u: account.username, p: NEW_PASSWORD })
        expectThat(login.staffLogin.step === 'TOTP_REQUIRED', `after the unlock the password leads to ${login.staffLogin.step}`)
      },
    ],
    [
      '重置动态验证码 asks first, then says the next login enrols again, and it does',
      async () => {
        await row().locator('[data-testid=reset-totp]').click()
        await page.locator('.taro__modal').getByText('重置动态验证码', { exact: true }).waitFor()
        await confirmModal(page, '重置')
        await page.locator('[data-testid=security-notice]', { hasText: '已重置，该账号下次登录需重新绑定身份验证器' }).waitFor()
        await row().locator('.security__tag', { hasText: '未绑定身份验证器' }).waitFor()
        expectThat((await row().locator('[data-testid=reset-totp]').count()) === 0, '重置动态验证码 still offered')
        await screenshot(page, 'desktop-account-security-reset')
        const login = await graphql(baseUrl, LOGIN, { u: account.username, p: NEW_PASSWORD })
        expectThat(login.staffLogin.step === 'TOTP_ENROLLMENT_REQUIRED', `after the reset the password leads to ${login.staffLogin.step}`)
      },
    ],
  ])
  await context.close()
}
