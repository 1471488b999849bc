import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { createApi } from './api.mjs'

const NAV_LINKS = ['首页', '金融超市', '金融机构', '政策法规', '新闻动态']
const exact = (text) => new RegExp(`^\\s*${text}\\s*$`)

export async function desktopJourney({ browser, baseUrl, journey }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const api = createApi(baseUrl)

  await journey('desktop 1366×900: top navigation, product grid and filter panel', page, [
    [
      'the top navigation replaces the tab bar',
      async () => {
        await page.goto(`${baseUrl}/`)
        await page.locator('.top-nav').waitFor()
        const links = (await page.locator('.top-nav__link').allTextContents()).map((text) => text.trim())
        expectThat(JSON.stringify(links) === JSON.stringify(NAV_LINKS), `navigation shows ${links}`)
        expectThat((await page.locator('.top-nav__login').textContent())?.trim() === '登录', 'no 登录 entry')
        expectThat(!(await page.locator('.taro-tabbar__tabbar').isVisible()), 'mobile tab bar still visible')
        await page.locator('.home .product-card').first().waitFor()
        await screenshot(page, 'desktop-home')
      },
    ],
    [
      'content is centred within 1200 px',
      async () => {
        const box = await page.locator('.home .page__content').boundingBox()
        expectThat(box !== null && box.width <= 1200, `content is ${box?.width} px wide`)
        const margin = (1366 - box.width) / 2
        expectThat(Math.abs(box.x - margin) <= 2, `content starts at ${box.x}, expected ${margin}`)
      },
    ],
    [
      '金融超市 shows a filter panel and a three-column product grid',
      async () => {
        await page.locator('.top-nav__link', { hasText: '金融超市' }).click()
        await page.locator('.market .market__sidebar').waitFor()
        await page.locator('.market .product-card').nth(2).waitFor()
        const boxes = await Promise.all([0, 1, 2].map((index) => page.locator('.market .product-card').nth(index).boundingBox()))
        const sameRow = boxes.every((box) => Math.abs(box.y - boxes[0].y) < 2)
        const leftToRight = boxes[0].x < boxes[1].x && boxes[1].x < boxes[2].x
        expectThat(sameRow && leftToRight, `first three cards are not one row: ${JSON.stringify(boxes)}`)
        const sidebar = await page.locator('.market .market__sidebar').boundingBox()
        expectThat(sidebar.x + sidebar.width <= boxes[0].x, 'filter panel is not left of the grid')
        await screenshot(page, 'desktop-market')
      },
    ],
    [
      'the filter panel narrows the grid to one category',
      async () => {
        const chosen = await api.discriminatingCategory()
        const chip = page.locator('.market__sidebar .chip', { has: page.locator('.chip__label', { hasText: exact(chosen.label) }) })
        await waitUntil(
          async () => (await chip.locator('.chip__count').textContent().catch(() => null)) === String(chosen.count),
          `facet count ${chosen.count} next to ${chosen.label}`,
        )
        await chip.click()
        await waitUntil(
          async () => (await page.locator('.market .market__summary').textContent())?.includes(`共 ${chosen.count} 款产品`),
          `summary for ${chosen.label}`,
        )
        const labels = await page.locator('.market .product-card__category').allTextContents()
        expectThat(labels.length > 0 && labels.every((label) => label === chosen.label), `grid shows ${labels}`)
        await screenshot(page, 'desktop-market-filtered')
      },
    ],
    [
      'a keyword finds a product, and a keyword with no match shows the empty state',
      async () => {
        const [name] = await api.recommendedNames()
        await page.locator('.market__sidebar .chip', { has: page.locator('.chip__label', { hasText: exact('全部') }) }).click()
        const search = page.locator('.market .nut-searchbar input')
        await search.fill(name)
        await page.locator('.market .product-card__name', { hasText: exact(name) }).waitFor()
        await search.fill('没有这样的产品名称')
        await page.locator('.market .state-view__title', { hasText: '暂无符合条件的产品' }).waitFor()
        await screenshot(page, 'desktop-market-empty')
        await page.locator('.market .nut-button', { hasText: '清除筛选' }).click()
        await page.locator('.market .product-card').first().waitFor()
        expectThat((await search.inputValue()) === '', 'search box not cleared')
      },
    ],
  ])
  await context.close()
}
