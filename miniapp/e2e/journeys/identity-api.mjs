// What the identity journeys need from outside the browser: the mock identity platform's address and
// test identities, and a staff account created through the BFF the way an administrator would.
import { currentStep, nextStep, totpCode } from '../totp.mjs'
import { graphql } from '../graphql.mjs'

export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP'
export const DEMO_PASSWORD = 'Rongtong@2026'

/** mock-server's origin, read from where the BFF sends a unified login (its OIDC issuer lives there). */
export async function mockServerOrigin(baseUrl) {
  const data = await graphql(baseUrl, 'mutation($r: String!) { beginUnifiedLogin(redirectUri: $r) { authorizeUrl } }', {
    r: `${baseUrl}/pages/auth/callback/index`,
  })
  return new URL(data.beginUnifiedLogin.authorizeUrl).origin
}

export async function testIdentities(mockOrigin) {
  const response = await fetch(`${mockOrigin}/dev/host/identities`)
  if (!response.ok) throw new Error(`GET /dev/host/identities answered ${response.status}`)
  return response.json()
}

/** Logs a seeded administrator in through the API (password, then a TOTP code of a fresh time step). */
async function administratorToken(baseUrl, username) {
  const login = await graphql(baseUrl, 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { step challengeToken } }', {
    u: username,
    p: DEMO_PASSWORD,
  })
  if (login.staffLogin.step !== 'TOTP_REQUIRED') throw new Error(`${username} login step is ${login.staffLogin.step}`)
  const verify = (code) =>
    graphql(baseUrl, 'mutation($c: String!, $t: String!) { staffVerifyTotp(challengeToken: $c, code: $t) { step auth { accessToken } } }', {
      c: login.staffLogin.challengeToken,
      t: code,
    })
  const data = await verify(totpCode(DEMO_TOTP_SECRET, currentStep())).catch(async (error) => {
    if (!String(error.message).includes('已使用过')) throw error
    await nextStep()
    return verify(totpCode(DEMO_TOTP_SECRET, currentStep()))
  })
  return data.staffVerifyTotp.auth.accessToken
}

/** A new operator account, as the system administrator creates it: it must change its password and enrol TOTP. */
export async function createOperatorAccount(baseUrl) {
  const token = await administratorToken(baseUrl, 'sys-admin')
  const username = `e2e-op-${Date.now().toString(36)}`
  const data = await graphql(
    baseUrl,
    'mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { initialPassword account { username displayName } } }',
    { i: { username, displayName: '测试运营员', role: 'OPERATOR' } },
    token,
  )
  return { username, displayName: data.createStaffAccount.account.displayName, initialPassword: data.createStaffAccount.initialPassword }
}

/** Ends a session on the server, as the idle timeout or a logout elsewhere would. */
export async function endSessionOnServer(baseUrl, accessToken) {
  const data = await graphql(baseUrl, 'mutation { logout }', {}, accessToken)
  if (data.logout !== true) throw new Error('logout did not end the session')
}
