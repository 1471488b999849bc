// 金融机构: the directory by the 16 types with counts, an institution's page with its contact and products, a
// product opened from there; the top navigation's 政策法规 and 新闻动态 open the real lists. Desktop and a
// 375-wide phone. Every figure is checked against what the BFF answers for the same question.
import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { graphql } from '../graphql.mjs'

const exact = (text) => new RegExp(`^\\s*${text}\\s*$`)
const CHOSEN_TYPE = { value: 'GUARANTEE', label: '担保公司' }
const MOBILE_TYPE = { value: 'BANK', label: '银行' }
const KEYWORD = '农商'

async function expectedDirectory(baseUrl, type) {
  const data = await graphql(
    baseUrl,
    `query ($types: [InstitutionType!]) {
      institutionFacets { total types { type count } }
      institutions(filter: { types: $types }, first: 100) { totalCount edges { node { id name } } }
    }`,
    { types: [type] },
  )
  return { facets: data.institutionFacets, names: data.institutions.edges.map((edge) => edge.node.name) }
}

async function expectedInstitution(baseUrl, name) {
  const data = await graphql(
    baseUrl,
    `query ($keyword: String) { institutions(filter: { keyword: $keyword }, first: 1) { edges { node { id } } } }`,
    { keyword: name },
  )
  const id = data.institutions.edges[0]?.node.id
  if (!id) throw new Error(`institution ${name} not found through the API`)
  const detail = await graphql(
    baseUrl,
    `query ($id: ID!) { institution(id: $id) {
      id name contactPhone address serviceHours
      products(first: 10, sort: POPULARITY) { totalCount edges { node { id name } } }
    } }`,
    { id },
  )
  return detail.institution
}

function typeChip(page, label) {
  return page.locator('.institutions .chip-filter__item', { has: page.locator('.chip-filter__label', { hasText: exact(label) }) })
}

async function cardNames(page) {
  return (await page.locator('.institution-card .institution-card__name').allTextContents()).map((text) => text.trim())
}

function sameSet(a, b) {
  return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())
}

/**
 * Clicks a top navigation entry and waits until the page it opens has slid in: while a page slides in, the one it
 * covers stays visible with its own top navigation, tabs and cards.
 */
async function clickTopNav(page, label) {
  const onlyOnePage = async () => (await page.locator('.top-nav:visible').count()) === 1
  await waitUntil(onlyOnePage, `another page is still shown before clicking ${label}`)
  await page.locator('.top-nav__link:visible', { hasText: label }).click()
  const active = page.locator('.top-nav__link--active:visible', { hasText: label })
  await waitUntil(async () => (await onlyOnePage()) && (await active.count()) === 1, `the page of ${label} did not slide in`)
}

function institutionPageSteps(page, baseUrl, shotPrefix, state) {
  return [
    [
      'the institution page shows its name, type, introduction and contact as the BFF has them',
      async () => {
        state.expected = await expectedInstitution(baseUrl, state.name)
        await page.locator('.institution-header__name:visible', { hasText: exact(state.expected.name) }).waitFor()
        const contact = await page.locator('.contact:visible').innerText()
        expectThat(contact.includes(state.expected.contactPhone), `phone ${state.expected.contactPhone} missing from ${contact}`)
        expectThat(contact.includes(state.expected.address), `address ${state.expected.address} missing`)
        for (const period of state.expected.serviceHours?.split('，') ?? []) {
          expectThat(contact.includes(period), `service hours ${period} missing from ${contact}`)
        }
        await page.locator('.institution-header__intro:visible').waitFor()
        await page.waitForTimeout(500) // the page slides in
        await screenshot(page, `${shotPrefix}-institution-detail`)
      },
    ],
    [
      'its products are the institution\'s published products, most applied for first',
      async () => {
        const wanted = state.expected.products.edges.map((edge) => edge.node.name)
        expectThat(wanted.length > 0, `${state.expected.name} has no products to show`)
        await page.locator('.institution-products__title:visible', { hasText: `在售产品（${state.expected.products.totalCount}）` }).waitFor()
        const shown = await waitUntil(async () => {
          const names = (await page.locator('.institution-products:visible .product-card__name').allTextContents()).map((text) => text.trim())
          return names.length === wanted.length ? names : null
        }, 'the institution\'s products are not listed')
        expectThat(JSON.stringify(shown) === JSON.stringify(wanted), `products ${shown} ≠ ${wanted}`)
        await page.locator('.institution-products:visible').scrollIntoViewIfNeeded()
        await screenshot(page, `${shotPrefix}-institution-products`)
      },
    ],
    [
      'a product opens its detail, whose institution name leads back to the institution',
      async () => {
        const first = state.expected.products.edges[0].node
        await page.locator('.institution-products:visible .product-card').first().click()
        await page.locator('.detail__name:visible', { hasText: exact(first.name) }).waitFor()
        expectThat(page.url().includes(first.id), `opened ${page.url()}, not product ${first.id}`)
        await page.locator('.detail__institution--link:visible', { hasText: state.expected.name }).click()
        await page.locator('.institution-header__name:visible', { hasText: exact(state.expected.name) }).waitFor()
      },
    ],
  ]
}

async function desktopJourney(browser, baseUrl, journey) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  const expected = await expectedDirectory(baseUrl, CHOSEN_TYPE.value)
  const state = {}
  try {
    await journey('desktop 1280×900: 金融机构 by type → institution → product; 政策法规 and 新闻动态 in the top navigation', page, [
      [
        'the top navigation 金融机构 opens the directory with all 16 types and their counts',
        async () => {
          await page.goto(`${baseUrl}/`)
          await page.locator('.top-nav__link:visible', { hasText: '金融机构' }).click()
          await page.locator('.institutions--desktop .institutions__sidebar').waitFor()
          expectThat(page.url().includes('/packages/institutions/list/index'), `opened ${page.url()}`)
          expectThat((await page.locator('.institutions .top-nav__link--active').textContent())?.trim() === '金融机构', '金融机构 is not the active nav entry')
          await waitUntil(async () => (await page.locator('.institutions .chip-filter__count').count()) === 17, 'counts on 全部 and the 16 types')
          for (const facet of expected.facets.types) {
            const label = (await page.locator('.institutions .chip-filter__item').nth(expected.facets.types.indexOf(facet) + 1).locator('.chip-filter__count').textContent())?.trim()
            expectThat(label === String(facet.count), `${facet.type}: shown ${label}, BFF counts ${facet.count}`)
          }
          const all = (await typeChip(page, '全部').locator('.chip-filter__count').textContent())?.trim()
          expectThat(all === String(expected.facets.total), `全部 shows ${all}, BFF counts ${expected.facets.total}`)
          await page.locator('.institutions__summary', { hasText: `共 ${expected.facets.total} 家金融机构` }).waitFor()
          await screenshot(page, 'desktop-institutions')
        },
      ],
      [
        '加载更多 brings the rest of the directory without repeats',
        async () => {
          await page.locator('.institution-card').nth(19).waitFor()
          expectThat((await page.locator('.institution-card').count()) === 20, 'the first page is not 20 institutions')
          // Scrolling 加载更多 into view reaches the bottom, which may load the next page before the click lands.
          await page.locator('.list-footer__link', { hasText: '加载更多' }).click({ timeout: 5_000 }).catch(() => undefined)
          const names = await waitUntil(async () => {
            const shown = await cardNames(page)
            return shown.length === expected.facets.total ? shown : null
          }, `all ${expected.facets.total} institutions after 加载更多`)
          expectThat(new Set(names).size === names.length, 'an institution is listed twice')
          await page.locator('.list-footer', { hasText: '已经到底了' }).waitFor()
        },
      ],
      [
        `choosing ${CHOSEN_TYPE.label} lists exactly the institutions its count promises`,
        async () => {
          const count = expected.facets.types.find((facet) => facet.type === CHOSEN_TYPE.value).count
          expectThat(count === expected.names.length && count > 0, `facet ${count} ≠ directory ${expected.names.length}`)
          await typeChip(page, CHOSEN_TYPE.label).click()
          await page.locator('.institutions__summary', { hasText: `共 ${count} 家金融机构` }).waitFor()
          const names = await waitUntil(async () => {
            const shown = await cardNames(page)
            return shown.length === count ? shown : null
          }, `${count} cards`)
          expectThat(sameSet(names, expected.names), `shown ${names} ≠ ${expected.names}`)
          const tags = await page.locator('.institution-card .institution-tag').allTextContents()
          expectThat(tags.every((tag) => tag.trim() === CHOSEN_TYPE.label), `type tags ${tags}`)
          await screenshot(page, 'desktop-institutions-guarantee')
        },
      ],
      [
        'a keyword recounts every type; types left without institutions are greyed',
        async () => {
          const data = await graphql(baseUrl, 'query ($keyword: String) { institutionFacets(filter: { keyword: $keyword }) { total types { type count } } }', { keyword: KEYWORD })
          const zero = data.institutionFacets.types.filter((facet) => facet.count === 0).length
          expectThat(zero > 0 && data.institutionFacets.total > 0, `keyword ${KEYWORD} should leave some types empty`)
          await page.locator('.institutions__search input').fill(KEYWORD)
          await waitUntil(
            async () => (await typeChip(page, '全部').locator('.chip-filter__count').textContent())?.trim() === String(data.institutionFacets.total),
            `全部 shows ${data.institutionFacets.total} for ${KEYWORD}`,
          )
          const greyed = await page.locator('.institutions .chip-filter__item--empty').count()
          expectThat(greyed === zero, `${greyed} types greyed, ${zero} have no institution`)
          await screenshot(page, 'desktop-institutions-keyword')
        },
      ],
      [
        'a keyword with no match shows the empty state and 清除筛选 brings the list back',
        async () => {
          await page.locator('.institutions__search input').fill('不存在的机构名称')
          await page.locator('.institutions .state-view__title', { hasText: '暂无符合条件的金融机构' }).waitFor()
          await screenshot(page, 'desktop-institutions-empty')
          await page.locator('.institutions .state-view .nut-button', { hasText: '清除筛选' }).click()
          await page.locator('.institutions__summary', { hasText: `共 ${expected.facets.total} 家金融机构` }).waitFor()
          await typeChip(page, CHOSEN_TYPE.label).click()
          await page.locator('.institutions__summary', { hasText: `共 ${expected.names.length} 家金融机构` }).waitFor()
        },
      ],
      [
        'a card opens the institution page with the contact block beside it',
        async () => {
          state.name = (await cardNames(page))[0]
          await page.locator('.institution-card').first().click()
          await page.locator('.institution-detail__aside .contact:visible').waitFor()
          await waitUntil(async () => {
            const main = await page.locator('.institution-detail__main:visible').boundingBox()
            const aside = await page.locator('.institution-detail__aside:visible').boundingBox()
            return main && aside && main.x + main.width <= aside.x && Math.abs(main.y - aside.y) < 2
          }, 'the contact block is not right of the page body')
          expectThat((await page.locator('.contact__call:visible').count()) === 0, 'a desktop offers to dial')
        },
      ],
      ...institutionPageSteps(page, baseUrl, 'desktop', state),
      [
        '政策法规 in the top navigation opens the policy list, not 功能建设中',
        async () => {
          await clickTopNav(page, '政策法规')
          await page.locator('.content__tabs:visible').waitFor()
          expectThat(page.url().includes('/packages/content/policies/index'), `opened ${page.url()}`)
          expectThat((await page.locator('.building:visible').count()) === 0, '功能建设中 shown')
          await page.locator('[data-testid=policy-item]:visible').first().waitFor()
        },
      ],
      [
        '新闻动态 in the top navigation opens the news list',
        async () => {
          await clickTopNav(page, '新闻动态')
          await page.waitForURL(/\/packages\/content\/news\/index/)
          await page.locator('.content__tabs:visible').waitFor()
          expectThat((await page.locator('.content .top-nav__link--active:visible').textContent())?.trim() === '新闻动态', '新闻动态 is not active')
          expectThat((await page.locator('.building:visible').count()) === 0, '功能建设中 shown')
          await page.locator('.content__card:visible').first().waitFor()
          await page.waitForTimeout(500) // the page slides in
          await screenshot(page, 'desktop-news-from-nav')
        },
      ],
    ])
  } finally {
    await context.close()
  }
}

async function mobileJourney(browser, baseUrl, journey) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const page = await context.newPage()
  const expected = await expectedDirectory(baseUrl, MOBILE_TYPE.value)
  const state = {}
  try {
    await journey('mobile 375×812: 首页 金融机构 → 银行 → institution page', page, [
      [
        'the 金融机构 quick entry opens the directory; the type chips scroll sideways inside the screen',
        async () => {
          await page.goto(`${baseUrl}/`)
          const entries = page.locator('.quick-entries__item')
          await entries.first().waitFor()
          const rows = new Set(await Promise.all((await entries.all()).map(async (entry) => Math.round((await entry.boundingBox()).y))))
          expectThat(rows.size === 2, `the ${await entries.count()} quick entries take ${rows.size} rows`)
          await screenshot(page, 'mobile-home-quick-entries')
          await page.locator('.quick-entries__item', { hasText: '金融机构' }).click()
          await page.locator('.institutions--mobile .institution-card').first().waitFor()
          const width = await page.evaluate(() => document.documentElement.scrollWidth)
          expectThat(width <= 375, `the page is ${width} px wide`)
          const chips = await page.locator('.institutions .chip-filter').boundingBox()
          expectThat(chips.width <= 375.5, `the chip row is ${chips.width} px wide`)
          await screenshot(page, 'mobile-institutions')
        },
      ],
      [
        `${MOBILE_TYPE.label} lists exactly the banks`,
        async () => {
          await typeChip(page, MOBILE_TYPE.label).click()
          const count = expected.facets.types.find((facet) => facet.type === MOBILE_TYPE.value).count
          await page.locator('.institutions__summary', { hasText: `共 ${count} 家金融机构` }).waitFor()
          const names = await waitUntil(async () => {
            const shown = await cardNames(page)
            return shown.length === count ? shown : null
          }, `${count} bank cards`)
          expectThat(sameSet(names, expected.names), `shown ${names} ≠ ${expected.names}`)
          const card = await page.locator('.institution-card').first().boundingBox()
          expectThat(card.x >= 0 && card.x + card.width <= 375.5, `a card overflows: ${JSON.stringify(card)}`)
          await screenshot(page, 'mobile-institutions-banks')
          state.name = names[0]
          await page.locator('.institution-card').first().click()
        },
      ],
      [
        'the phone number offers to dial on a phone',
        async () => {
          await page.locator('.contact__line--phone .contact__call:visible', { hasText: '拨打' }).waitFor()
        },
      ],
      ...institutionPageSteps(page, baseUrl, 'mobile', state),
    ])
  } finally {
    await context.close()
  }
}

export async function institutionsJourney({ browser, baseUrl, journey }) {
  await desktopJourney(browser, baseUrl, journey)
  await mobileJourney(browser, baseUrl, journey)
}
