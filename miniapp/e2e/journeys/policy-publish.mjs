// 政策推送 from both ends: the operator publishes a policy for an industry and a scale from the workbench's 政策管理,
// and the enterprise finds it under 我的 → 政策推送 with the reason it matched.
import { ENTERPRISE_SCALE_LABELS } from '@rongtong/shared'
import { expectThat } from '../harness.mjs'
import { loginStaff } from '../staff-session.mjs'

/**
 * Signs `operator` in on `page` (a desktop), creates a policy with `title` for `industryCode` and `scale` (the scale
 * left open when null) and publishes it; fails when the publication notified nobody.
 */
export async function publishPolicyFor(page, baseUrl, { title, industryCode, scale }) {
  await loginStaff(page, baseUrl, 'operator')
  await page.locator('[data-testid=open-policy-console]').click()
  await page.locator('[data-testid=policy-editor]').waitFor()
  const fill = (name, value) =>
    page.locator(`[data-testid=field-${name}] input, input[data-testid=field-${name}], textarea[data-testid=field-${name}], [data-testid=field-${name}] textarea`).first().fill(value)
  await fill('title', title)
  await fill('documentNumber', '阜金管〔2026〕12号')
  await fill('summary', '对符合条件的企业贷款给予贴息支持。')
  await fill('industryCodes', industryCode)
  await fill('bodyHtml', '<h3>一、支持对象</h3><p>本市重点产业企业。</p><script>alert(1)</script><img src=x onerror="alert(2)">')
  if (scale) await page.locator(`[data-testid=scale-${scale}]`).click()
  await page.locator('[data-testid=save-policy]').click()
  await page.locator('[data-testid=console-notice]', { hasText: '已保存为草稿' }).waitFor()
  const item = page.locator('[data-testid=managed-policy]', { hasText: title })
  await item.locator('[data-testid=publish-policy]').click()
  await page.locator('[data-testid=console-notice]', { hasText: '已发布' }).waitFor()
  const notice = await page.locator('[data-testid=console-notice]').textContent()
  expectThat(!notice.includes('向 0 位'), `nobody was notified: ${notice}`)
  await item.getByText('已发布').waitFor()
}

/** 我的 → 政策推送 on `page` (an enterprise session) lists `title`, matched by industry and by `scale`. */
export async function expectPolicyPushed(page, baseUrl, { title, scale }) {
  await page.goto(`${baseUrl}/pages/mine/index`)
  await page.locator('.mine .mine__entry', { hasText: '政策推送' }).click()
  const item = page.locator('[data-testid=push-item]', { hasText: title })
  await item.waitFor()
  const reason = await item.locator('.content__reason').textContent()
  expectThat(reason.includes(`匹配规模：${ENTERPRISE_SCALE_LABELS[scale]}企业`) && reason.includes('匹配行业：'), `reason was ${reason}`)
}
