// 消息, live (issue 13 item 3; issue 16 item 4): while a signed-in enterprise has the app open on 消息, the operator
// publishes a policy for every enterprise; its 政策推送 message appears in the list and the 消息 tab's badge counts it
// without a reload — over the graphql-ws socket, whose frames the journey watches. Opening the message marks it read
// and the badge follows.
import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { graphql, sessionToken } from '../graphql.mjs'
import { loginStaff } from '../staff-session.mjs'
import { loginEnterprise } from './data-consent.mjs'

const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
const DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }

const CREATE = 'mutation ($input: PolicyInput!) { createPolicy(input: $input) { id } }'
const PUBLISH = 'mutation ($id: ID!) { publishPolicy(id: $id) { notifiedUserCount } }'
const UNREAD = 'query { unreadMessageCount }'

/** The socket frames of `page`'s graphql-ws connection, as they arrive. */
function watchSocket(page) {
  const frames = []
  page.on('websocket', (socket) => {
    if (!socket.url().endsWith('/graphql')) return
    socket.on('framesent', ({ payload }) => frames.push({ sent: true, message: JSON.parse(String(payload)) }))
    socket.on('framereceived', ({ payload }) => frames.push({ sent: false, message: JSON.parse(String(payload)) }))
  })
  return frames
}

async function badgeText(page) {
  const badge = page.locator('.taro-tabbar-badge')
  return (await badge.count()) > 0 ? (await badge.first().textContent())?.trim() : null
}

async function publishForEveryEnterprise(baseUrl, operator, title) {
  const input = {
    title,
    level: 'CITY',
    issuer: '阜阳市地方金融管理局',
    documentNumber: '阜金管〔2026〕30号',
    issuedOn: '2026-12-01',
    summary: '面向全部企业的融资贴息政策。',
    bodyHtml: '<p>面向全部企业。</p>',
    industryCodes: [],
    scales: [],
    enterpriseTypes: [],
  }
  const { createPolicy } = await graphql(baseUrl, CREATE, { input }, operator)
  const { publishPolicy } = await graphql(baseUrl, PUBLISH, { id: createPolicy.id }, operator)
  expectThat(publishPolicy.notifiedUserCount > 0, 'the policy reached every bound enterprise user')
}

export async function liveMessagesJourney({ browser, baseUrl, journey }) {
  const phone = await browser.newContext(PHONE)
  const page = await phone.newPage()
  const desktop = await browser.newContext(DESKTOP)
  const operatorPage = await desktop.newPage()
  const frames = watchSocket(page)
  const title = `实时推送测试政策（旅程${Date.now() % 100000}）`
  let token
  let before
  let after

  await journey('消息 live on a phone: a policy push arrives in the list and on the tab badge without a reload', page, [
    [
      'an enterprise signs in and opens 消息: the app opens a graphql-ws socket with its access token and gets the unread count',
      async () => {
        await loginEnterprise(page, baseUrl)
        token = await sessionToken(page)
        await page.locator('.weui-tabbar__item', { hasText: '消息' }).click()
        await page.locator('.messages__card').waitFor()
        await waitUntil(() => frames.some((frame) => !frame.sent && frame.message.type === 'connection_ack'), 'the BFF acknowledges the socket')
        await waitUntil(
          () => frames.some((frame) => !frame.sent && frame.message.type === 'next' && 'unreadMessageCount' in (frame.message.payload?.data ?? {})),
          'the unread count arrives over the socket',
        )
        const init = frames.find((frame) => frame.sent && frame.message.type === 'connection_init')
        expectThat(init?.message.payload?.accessToken === token, 'connection_init carries the session access token')
        before = (await graphql(baseUrl, UNREAD, {}, token)).unreadMessageCount
        const expected = before > 0 ? String(Math.min(before, 99)) : null
        await waitUntil(async () => (await badgeText(page)) === expected, `the badge shows ${before}`)
        await screenshot(page, 'live-messages-before')
      },
    ],
    [
      'the operator publishes a policy for every enterprise: the message appears and the badge counts it, no reload',
      async () => {
        await loginStaff(operatorPage, baseUrl, 'operator')
        await publishForEveryEnterprise(baseUrl, await sessionToken(operatorPage), title)
        const item = page.locator('[data-testid=message-item]', { hasText: `政策推送：${title}` })
        await item.waitFor({ timeout: 15_000 })
        expectThat(
          frames.some((frame) => !frame.sent && frame.message.payload?.data?.messageReceived?.message?.title === `政策推送：${title}`),
          'the message came as a messageReceived event',
        )
        after = (await graphql(baseUrl, UNREAD, {}, token)).unreadMessageCount
        expectThat(after === before + 1, `one more unread message (${before} → ${after})`)
        await waitUntil(async () => (await badgeText(page)) === String(Math.min(after, 99)), `the badge shows ${after}`)
        await screenshot(page, 'live-messages-arrived')
      },
    ],
    [
      'opening the message marks it read (the policy opens); back on 消息 the badge has followed',
      async () => {
        await page.locator('[data-testid=message-item]', { hasText: `政策推送：${title}` }).click()
        await page.waitForURL(/policy-detail/)
        await page.goBack()
        await page.locator('.messages__card').waitFor()
        const expected = after - 1 > 0 ? String(Math.min(after - 1, 99)) : null
        await waitUntil(async () => (await badgeText(page)) === expected, `the badge shows ${after - 1}`)
      },
    ],
  ])
  await desktop.close()
  await phone.close()
}
