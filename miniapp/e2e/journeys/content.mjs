import { expectThat, screenshot } from '../harness.mjs'
import { grantAndRefresh, loginEnterprise } from './data-consent.mjs'
import { policyListSteps } from './policy-list.mjs'
import { expectPolicyPushed, publishPolicyFor } from './policy-publish.mjs'

/** Lets the page transition finish before a screenshot. */
async function shot(page, name) {
  await page.waitForTimeout(600)
  await screenshot(page, name)
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }
const NARROW_PHONE = { ...PHONE, viewport: { width: 375, height: 812 } }
const SMALL_DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }

export async function contentJourney({ browser, baseUrl, journey }) {
  const phone = await browser.newContext(PHONE)
  const enterprisePage = await phone.newPage()
  const desktop = await browser.newContext(DESKTOP)
  const operatorPage = await desktop.newPage()
  const title = `阜阳市支持重点产业企业融资贴息政策（旅程${Date.now() % 100000}）`
  let record

  await journey('政策发布与政策推送: operator publishes a policy tagged for an enterprise, which sees it in 政策推送 and 消息', enterprisePage, [
    [
      'an enterprise legal representative logs in and, through 数据授权 and 企业信息 → 刷新, gets its register profile',
      async () => {
        await loginEnterprise(enterprisePage, baseUrl)
        record = await grantAndRefresh(enterprisePage, baseUrl)
        expectThat(record.industryCode && record.scale, `the register profile has no industry or scale: ${JSON.stringify(record)}`)
      },
    ],
    [
      'the operator creates a policy for that industry and scale from the workbench and publishes it',
      async () => {
        await publishPolicyFor(operatorPage, baseUrl, { title, industryCode: record.industryCode, scale: record.scale })
        await shot(operatorPage, 'content-operator-published')
      },
    ],
    [
      '政策推送 under 我的 lists the policy with the match reason',
      async () => {
        await expectPolicyPushed(enterprisePage, baseUrl, { title, scale: record.scale })
        await shot(enterprisePage, 'content-policy-push')
      },
    ],
    [
      '消息 shows the push message unread; opening it marks it read and opens the sanitised policy',
      async () => {
        await enterprisePage.goto(`${baseUrl}/pages/messages/index`)
        const message = enterprisePage.locator('[data-testid=message-item]', { hasText: title })
        await message.waitFor()
        expectThat((await message.locator('[data-testid=unread-dot]').count()) === 1, 'the message is not shown unread')
        await shot(enterprisePage, 'content-messages-unread')
        await message.click()
        await enterprisePage.locator('[data-testid=policy-detail]').waitFor()
        await enterprisePage.getByText('本市重点产业企业。').waitFor()
        const html = await enterprisePage.locator('[data-testid=policy-detail]').innerHTML()
        expectThat(!html.includes('onerror') && !html.includes('<script'), 'unsanitised HTML reached the page')
        await shot(enterprisePage, 'content-policy-detail')
        await enterprisePage.goto(`${baseUrl}/pages/messages/index`)
        await enterprisePage.locator('[data-testid=message-item]', { hasText: title }).waitFor()
        expectThat((await enterprisePage.locator('[data-testid=message-item]', { hasText: title }).locator('[data-testid=unread-dot]').count()) === 0, 'still unread')
      },
    ],
    [
      '政策法规 on the home page opens the policy list by level',
      async () => {
        await enterprisePage.goto(`${baseUrl}/pages/index/index`)
        await enterprisePage.locator('.quick-entries__item', { hasText: '政策法规' }).click()
        await enterprisePage.locator('[data-testid=policy-item]', { hasText: title }).waitFor()
        await enterprisePage.locator('[data-testid=level-NATIONAL]').click()
        await enterprisePage.locator('[data-testid=policy-item]').first().waitFor()
        await shot(enterprisePage, 'content-policy-list-national')
      },
    ],
  ])
  await phone.close()
  await desktop.close()
  await policyListJourneys({ browser, baseUrl, journey })
}

/** 政策法规 filtered by 适用行业 and 企业规模, the 适用 lines and 清除筛选, on a 375-wide phone and a 1280-wide desktop. */
async function policyListJourneys({ browser, baseUrl, journey }) {
  for (const [device, options] of [['phone', NARROW_PHONE], ['desktop', SMALL_DESKTOP]]) {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    const { width, height } = options.viewport
    await journey(`政策法规 by audience on a ${width}×${height} ${device}: 制造业 and a scale as the BFF lists them, 适用 lines, 清除筛选`, page, policyListSteps(page, baseUrl, device))
    await context.close()
  }
}
