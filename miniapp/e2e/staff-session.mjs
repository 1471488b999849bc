// Staff sign-in for the browser journeys: username and the demo password on the PC login page, then, for the
// accounts that have an authenticator, the current TOTP code (waiting for the next step when the server says the
// code was already used in this step), until the workbench shows.
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './journeys/identity-api.mjs'
import { currentStep, nextStep, totpCode } from './totp.mjs'

/** Demo accounts enrolled with an authenticator (secret DEMO_TOTP_SECRET). */
const TOTP_ACCOUNTS = new Set(['operator', 'sys-admin', 'sec-admin', 'audit-admin'])

const form = (page, part) => page.locator(`.staff-login ${part}`)

/** Resolves 'done' when the workbench shows, 'replayed' when the code was refused as already used. */
function codeOutcome(page) {
  return Promise.race([
    page.locator('.workbench .workbench__name').waitFor().then(() => 'done'),
    form(page, '.form-field--code .form-field__error').filter({ hasText: '已使用过' }).waitFor().then(() => 'replayed'),
  ])
}

async function answerTotp(page, username, totpSecret) {
  await form(page, '.form-field--code input').waitFor()
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await form(page, '.form-field--code input').fill(totpCode(totpSecret, currentStep()))
    await form(page, '.staff-login__submit').click()
    if ((await codeOutcome(page)) === 'done') return
    await nextStep()
  }
  throw new Error(`${username} could not log in with a fresh TOTP code`)
}

/** Signs `username` in on the staff login page and waits for the workbench. */
export async function loginStaff(page, baseUrl, username, totpSecret = TOTP_ACCOUNTS.has(username) ? DEMO_TOTP_SECRET : null) {
  await page.goto(`${baseUrl}/pages/staff/login/index`)
  await form(page, '.form-field--username input').fill(username)
  await form(page, '.form-field--password input').fill(DEMO_PASSWORD)
  await form(page, '.staff-login__submit').click()
  if (totpSecret) await answerTotp(page, username, totpSecret)
  else await page.locator('.workbench .workbench__name').waitFor()
}
