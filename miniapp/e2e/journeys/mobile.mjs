import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { createApi, MARKET_PAGE_SIZE } from './api.mjs'

const exact = (text) => new RegExp(`^\\s*${text}\\s*$`)

export async function mobileJourney({ browser, baseUrl, journey }) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  const page = await context.newPage()
  const api = createApi(baseUrl)
  let chosen
  let openedName

  await journey('mobile 390×844: 首页 → 金融超市 → 分类筛选 → 产品详情', page, [
    [
      '首页 shows 推荐产品 with the seeded products, in order',
      async () => {
        const expected = await api.recommendedNames()
        expectThat(expected.length > 0, 'the BFF returned no products — is the database seeded?')
        await page.goto(`${baseUrl}/`)
        await page.locator('.home .section__title', { hasText: '推荐产品' }).waitFor()
        const shown = await waitUntil(async () => {
          const names = await page.locator('.home .product-card__name').allTextContents()
          return names.length === expected.length ? names : null
        }, `expected ${expected.length} recommended products`)
        expectThat(JSON.stringify(shown) === JSON.stringify(expected), `shown ${shown} but the BFF recommends ${expected}`)
        await screenshot(page, 'mobile-home')
      },
    ],
    [
      'the tab bar is shown and the desktop navigation is not',
      async () => {
        expectThat(await page.locator('.taro-tabbar__tabbar').isVisible(), 'tab bar hidden on a phone')
        expectThat((await page.locator('.top-nav').count()) === 0, 'desktop navigation rendered on a phone')
      },
    ],
    [
      'a quick entry for a feature not built yet opens 功能建设中, and 返回 comes back',
      async () => {
        await page.locator('.quick-entries__item', { hasText: '我要转贷' }).click()
        await page.locator('.building .state-view__title', { hasText: '功能建设中' }).waitFor()
        await page.locator('.building', { hasText: '「我要转贷」正在建设中' }).waitFor()
        await screenshot(page, 'mobile-building')
        await page.locator('.building .nut-button', { hasText: '返回' }).click()
        await page.locator('.home .product-card').first().waitFor()
      },
    ],
    [
      '金融超市 lists products',
      async () => {
        await page.locator('.taro-tabbar__tabbar').getByText('金融超市', { exact: true }).click()
        await page.locator('.market .product-card').first().waitFor()
        await page.locator('.market .market__summary').waitFor()
      },
    ],
    [
      'scrolling to the end of the list loads the next page',
      async () => {
        const total = await api.productCount()
        const cards = page.locator('.market .product-card')
        await waitUntil(async () => (await cards.count()) === Math.min(total, MARKET_PAGE_SIZE), 'first page')
        if (total <= MARKET_PAGE_SIZE) {
          await page.locator('.market .list-footer', { hasText: '已经到底了' }).waitFor()
          return
        }
        // Scroll the way a thumb does, in steps, so the page sees itself reach the bottom.
        await waitUntil(async () => {
          await page.mouse.move(195, 500)
          await page.mouse.wheel(0, 400)
          return (await cards.count()) > MARKET_PAGE_SIZE
        }, `more than ${MARKET_PAGE_SIZE} products after scrolling to the end`)
        const shown = await cards.count()
        expectThat(shown <= total, `shows ${shown} cards but the BFF has ${total} products`)
      },
    ],
    [
      'choosing a category shows only products of that category',
      async () => {
        chosen = await api.discriminatingCategory()
        const chip = page.locator('.market .chip', { has: page.locator('.chip__label', { hasText: exact(chosen.label) }) })
        await waitUntil(
          async () => (await chip.locator('.chip__count').textContent().catch(() => null)) === String(chosen.count),
          `facet count ${chosen.count} next to ${chosen.label}`,
        )
        await chip.click()
        const expectedCards = Math.min(chosen.count, MARKET_PAGE_SIZE)
        await waitUntil(
          async () => (await page.locator('.market .market__summary').textContent())?.includes(`共 ${chosen.count} 款产品`),
          `summary for ${chosen.label}`,
        )
        const labels = await waitUntil(async () => {
          const shown = await page.locator('.market .product-card__category').allTextContents()
          return shown.length === expectedCards ? shown : null
        }, `expected ${expectedCards} cards of ${chosen.label}`)
        const strays = labels.filter((label) => label !== chosen.label)
        expectThat(strays.length === 0, `products of other categories shown: ${strays.join(', ')}`)
        await screenshot(page, 'mobile-market-filtered')
      },
    ],
    [
      'tapping a product opens its detail page',
      async () => {
        const card = page.locator('.market .product-card').first()
        openedName = (await card.locator('.product-card__name').textContent())?.trim()
        await card.click()
        await page.waitForURL(/\/packages\/product\/detail\/index\?id=/)
        await waitUntil(
          async () => (await page.locator('.detail .detail__name').textContent().catch(() => null))?.trim() === openedName,
          `detail page for ${openedName}`,
        )
        await page.locator('.detail .detail__category', { hasText: chosen.label }).waitFor()
        await page.locator('.detail .detail__section-title', { hasText: '所需材料' }).waitFor()
        await screenshot(page, 'mobile-product-detail')
      },
    ],
    [
      '登录后申请 takes an anonymous visitor to 安徽省统一身份认证',
      async () => {
        await page.locator('.detail .nut-button', { hasText: '登录后申请' }).click()
        await page.locator('label[for=tab-enterprise]').waitFor()
        await screenshot(page, 'mobile-apply-login')
      },
    ],
    [
      '我的 offers 登录 through 安徽省统一身份认证',
      async () => {
        await page.goto(`${baseUrl}/pages/mine/index`)
        await page.locator('.mine .mine__name', { hasText: '未登录' }).waitFor()
        await page.locator('.mine .nut-button', { hasText: '登录' }).waitFor()
        await page.locator('.mine .mine__notice', { hasText: '通过安徽省统一身份认证平台登录' }).waitFor()
        await screenshot(page, 'mobile-mine-login')
      },
    ],
    [
      '消息 asks a visitor to log in',
      async () => {
        await page.locator('.taro-tabbar__tabbar').getByText('消息', { exact: true }).click()
        await page.locator('.messages .state-view__title', { hasText: '登录后查看消息' }).waitFor()
        await page.locator('.messages .nut-button', { hasText: '去登录' }).waitFor()
        await screenshot(page, 'mobile-messages')
      },
    ],
  ])
  await context.close()
}
