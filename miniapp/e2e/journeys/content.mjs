import Database from 'better-sqlite3'
import { syntheticEnterprise } from '@rongtong/shared'
import { expectThat, screenshot } from '../harness.mjs'
import { loginStaff } from '../staff-session.mjs'
import { policyListSteps } from './policy-list.mjs'

/** Lets the page transition finish before a screenshot. */
async function shot(page, name) {
  await page.waitForTimeout(600)
  await screenshot(page, name)
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }
const NARROW_PHONE = { ...PHONE, viewport: { width: 375, height: 812 } }
const SMALL_DESKTOP = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }
const SCALE_LABELS = { MICRO: '微型', SMALL: '小型', MEDIUM: '中型', LARGE: '大型' }

/**
 * Until the government data exchange fills in enterprise register details, the journey writes the synthetic
 * register record (industry, scale, type) of the logged-in enterprise, as that exchange will.
 */
function fillRegisterDetails(databaseFile, enterpriseName) {
  const db = new Database(databaseFile)
  try {
    const row = db.prepare('SELECT uscc FROM enterprises WHERE name = ?').get(enterpriseName)
    expectThat(row, `enterprise ${enterpriseName} not found after login`)
    const record = syntheticEnterprise(row.uscc)
    db.prepare('UPDATE enterprises SET industry_code = ?, scale = ?, type = ? WHERE uscc = ?').run(record.industryCode, record.scale, record.type, row.uscc)
    return record
  } finally {
    db.close()
  }
}

export async function contentJourney({ browser, baseUrl, journey, databaseFile }) {
  const phone = await browser.newContext(PHONE)
  const enterprisePage = await phone.newPage()
  const desktop = await browser.newContext(DESKTOP)
  const operatorPage = await desktop.newPage()
  const title = `阜阳市支持重点产业企业融资贴息政策（旅程${Date.now() % 100000}）`
  let record

  await journey('政策发布与政策推送: operator publishes a policy tagged for an enterprise, which sees it in 政策推送 and 消息', enterprisePage, [
    [
      'an enterprise legal representative logs in through the unified identity platform',
      async () => {
        await enterprisePage.goto(`${baseUrl}/pages/mine/index`)
        await enterprisePage.locator('.mine .nut-button', { hasText: '登录' }).click()
        await enterprisePage.waitForURL(/\/oidc\/authorize\?/)
        await enterprisePage.locator('label[for=tab-enterprise]').click()
        const button = enterprisePage.locator('.panel-enterprise button.identity', { has: enterprisePage.locator('.role', { hasText: '法定代表人' }) }).first()
        const enterprise = await button.evaluate((node) => node.querySelectorAll('.meta')[1]?.textContent?.trim())
        await button.click()
        await enterprisePage.waitForURL(/\/pages\/mine\/index/, { timeout: 20_000 })
        await enterprisePage.locator('.mine .enterprise-card__title', { hasText: enterprise }).waitFor()
        record = fillRegisterDetails(databaseFile, enterprise)
      },
    ],
    [
      'the operator creates a policy for that industry and scale from the workbench and publishes it',
      async () => {
        await loginStaff(operatorPage, baseUrl, 'operator')
        await operatorPage.locator('[data-testid=open-policy-console]').click()
        await operatorPage.locator('[data-testid=policy-editor]').waitFor()
        const fill = (name, value) => operatorPage.locator(`[data-testid=field-${name}] input, input[data-testid=field-${name}], textarea[data-testid=field-${name}], [data-testid=field-${name}] textarea`).first().fill(value)
        await fill('title', title)
        await fill('documentNumber', '阜金管〔2026〕12号')
        await fill('summary', '对符合条件的企业贷款给予贴息支持。')
        await fill('industryCodes', record.industryCode)
        await fill('bodyHtml', '<h3>一、支持对象</h3><p>本市重点产业企业。</p><script>alert(1)</script><img src=x onerror="alert(2)">')
        await operatorPage.locator(`[data-testid=scale-${record.scale}]`).click()
        await operatorPage.locator('[data-testid=save-policy]').click()
        await operatorPage.locator('[data-testid=console-notice]', { hasText: '已保存为草稿' }).waitFor()
        const item = operatorPage.locator('[data-testid=managed-policy]', { hasText: title })
        await item.locator('[data-testid=publish-policy]').click()
        await operatorPage.locator('[data-testid=console-notice]', { hasText: '已发布' }).waitFor()
        const notice = await operatorPage.locator('[data-testid=console-notice]').textContent()
        expectThat(!notice.includes('向 0 位'), `nobody was notified: ${notice}`)
        await item.getByText('已发布').waitFor()
        await shot(operatorPage, 'content-operator-published')
      },
    ],
    [
      '政策推送 under 我的 lists the policy with the match reason',
      async () => {
        await enterprisePage.goto(`${baseUrl}/pages/mine/index`)
        await enterprisePage.locator('.mine .mine__entry', { hasText: '政策推送' }).click()
        const item = enterprisePage.locator('[data-testid=push-item]', { hasText: title })
        await item.waitFor()
        const reason = await item.locator('.content__reason').textContent()
        expectThat(reason.includes(`匹配规模：${SCALE_LABELS[record.scale]}企业`) && reason.includes('匹配行业：'), `reason was ${reason}`)
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
