import { expectThat, screenshot } from '../harness.mjs'
import { currentStep, nextStep, totpCode, wrongCode } from '../totp.mjs'
import { createOperatorAccount, DEMO_PASSWORD, DEMO_TOTP_SECRET, endSessionOnServer } from './identity-api.mjs'

const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }

function field(page, name) {
  return page.locator(`.staff-login .form-field--${name}`)
}

async function submit(page) {
  await page.locator('.staff-login .staff-login__submit').click()
}

async function logIn(page, username, password) {
  await field(page, 'username').locator('input').fill(username)
  await field(page, 'password').locator('input').fill(password)
  await submit(page)
}

/**
 * Enters the current code; when the server says this step's code was used already (a rerun within 30 s),
 * waits for the next step and enters that one.
 */
async function enterCode(page, secret) {
  await field(page, 'code').locator('input').fill(totpCode(secret, currentStep()))
  await submit(page)
  const outcome = await Promise.race([
    page.locator('.workbench .workbench__name').waitFor().then(() => 'done'),
    page.locator('.staff-login .form-field--code .form-field__error', { hasText: '已使用过' }).waitFor().then(() => 'replayed'),
  ])
  if (outcome === 'done') return
  await nextStep()
  await field(page, 'code').locator('input').fill(totpCode(secret, currentStep()))
  await submit(page)
  await page.locator('.workbench .workbench__name').waitFor()
}

export async function staffDesktopJourney({ browser, baseUrl, journey }) {
  const context = await browser.newContext(DESKTOP)
  const page = await context.newPage()
  let account

  await journey('desktop 1366×900: 机构/政府/运营登录 — wrong password, then operator with TOTP to the workbench', page, [
    [
      'the top navigation leads to the staff login',
      async () => {
        await page.goto(`${baseUrl}/`)
        await page.locator('.top-nav__staff-login', { hasText: '机构/政府/运营登录' }).click()
        await page.locator('.staff-login .staff-login__title', { hasText: '机构/政府/运营人员登录' }).waitFor()
        await page.waitForTimeout(400)
        await screenshot(page, 'desktop-staff-login')
      },
    ],
    [
      'empty fields are named under the fields',
      async () => {
        await submit(page)
        await field(page, 'username').locator('.form-field__error', { hasText: '请输入用户名' }).waitFor()
        await field(page, 'password').locator('.form-field__error', { hasText: '请输入密码' }).waitFor()
      },
    ],
    [
      'a wrong password shows 用户名或密码错误',
      async () => {
        await logIn(page, 'operator', 'not-the-password')
        await page.locator('#staff-login-error', { hasText: '用户名或密码错误' }).waitFor()
        expectThat((await field(page, 'code').count()) === 0, 'went on to the code step with a wrong password')
        await screenshot(page, 'desktop-staff-login-wrong-password')
      },
    ],
    [
      'the right password asks for the authenticator code, and a wrong code is refused under the field',
      async () => {
        await logIn(page, 'operator', DEMO_PASSWORD)
        await page.locator('.staff-login .staff-login__title', { hasText: '动态验证码验证' }).waitFor()
        await field(page, 'code').locator('input').fill(wrongCode(DEMO_TOTP_SECRET))
        await submit(page)
        await field(page, 'code').locator('.form-field__error', { hasText: '动态验证码错误' }).waitFor()
        await screenshot(page, 'desktop-staff-totp-wrong')
      },
    ],
    [
      'the code from the demo secret opens the workbench of a 平台运营人员',
      async () => {
        await enterCode(page, DEMO_TOTP_SECRET)
        await page.locator('.workbench .workbench__role', { hasText: '平台运营人员' }).waitFor()
        await page.locator('.workbench .workbench__card-title', { hasText: '运营管理端' }).waitFor()
        await page.locator('.workbench .top-nav__account').waitFor()
        await page.waitForTimeout(300)
        await screenshot(page, 'desktop-staff-workbench')
      },
    ],
    [
      '退出登录 returns to the staff login',
      async () => {
        await page.locator('.workbench .workbench__logout').click()
        await page.locator('.staff-login .staff-login__title', { hasText: '机构/政府/运营人员登录' }).waitFor()
        await page.locator('.staff-login .top-nav__staff-login').waitFor()
      },
    ],
  ])

  await journey('desktop 1366×900: a new operator account changes its initial password and enrols an authenticator', page, [
    [
      'the initial password leads to 修改初始密码, which applies the policy under the fields',
      async () => {
        account = await createOperatorAccount(baseUrl)
        await page.goto(`${baseUrl}/pages/staff/login/index`)
        await logIn(page, account.username, account.initialPassword)
        await page.locator('.staff-login .staff-login__title', { hasText: '修改初始密码' }).waitFor()
        await page.getByText('包含大写字母、小写字母、数字、符号中的至少三类').waitFor()
        await field(page, 'newPassword').locator('input').fill(`Aa1!${account.username}`)
        await field(page, 'confirmPassword').locator('input').fill(`Aa1!${account.username}`)
        await submit(page)
        await field(page, 'newPassword').locator('.form-field__error', { hasText: '密码不能包含用户名' }).waitFor()
        await screenshot(page, 'desktop-staff-password-change')
      },
    ],
    [
      'a new password that passes leads to binding an authenticator with a QR code and the secret',
      async () => {
        await field(page, 'newPassword').locator('input').fill('Huaihe-River-2026')
        await field(page, 'confirmPassword').locator('input').fill('Huaihe-River-2026')
        await submit(page)
        await page.locator('.staff-login .staff-login__title', { hasText: '绑定身份验证器' }).waitFor()
        const qr = page.locator('.staff-login .staff-login__qr')
        await qr.waitFor()
        const loaded = await qr.locator('img').evaluate((image) => image.complete && image.naturalWidth > 0)
        expectThat(loaded, 'the QR code image did not load')
        await page.waitForTimeout(300)
        await screenshot(page, 'desktop-staff-totp-enrollment')
      },
    ],
    [
      'the code from the shown secret completes the login',
      async () => {
        const secret = (await page.locator('.staff-login .staff-login__secret-value').textContent()).replace(/\s/g, '')
        expectThat(/^[A-Z2-7]{16,}$/.test(secret), `the secret shown is not base32: ${secret}`)
        await enterCode(page, secret)
        await page.locator('.workbench .workbench__name', { hasText: account.displayName }).waitFor()
        await page.locator('.workbench .workbench__role', { hasText: '平台运营人员' }).waitFor()
        await page.locator('.workbench .workbench__fact-value', { hasText: '已绑定' }).waitFor()
      },
    ],
    [
      'when the session has ended on the server, the workbench says 登录已过期 and leads back to the login',
      async () => {
        const stored = JSON.parse(await page.evaluate(() => window.localStorage.getItem('rongtong.session')))
        const tokens = JSON.parse(stored.data ?? 'null') ?? stored
        await endSessionOnServer(baseUrl, tokens.accessToken)
        await page.reload()
        await page.locator('.workbench .state-view__title', { hasText: '登录已过期，请重新登录' }).waitFor()
        await page.locator('.workbench .nut-button', { hasText: '前往登录' }).click()
        await page.locator('.staff-login .notice-banner', { hasText: '登录已过期，请重新登录' }).waitFor()
        await page.waitForTimeout(300)
        await screenshot(page, 'desktop-staff-session-expired')
      },
    ],
  ])
  await context.close()
}
