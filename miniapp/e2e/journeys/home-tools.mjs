// 首页 banners and 最新政策 / 新闻动态, then 贷款计算器: figures checked against the shared money library.
import shared from '@rongtong/shared'
import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { graphql } from '../graphql.mjs'

const { buildSchedule, formatFen, RepaymentMethod, yuanToFen } = shared

async function fill(page, field, value) {
  const input = page.locator(`.form-field--${field} input`)
  await input.fill(value)
}

async function homeAndCalculator(page, baseUrl, journey, label, shotPrefix) {
  const expected = await graphql(baseUrl, '{ homeBanners { title } policies(first: 3) { edges { node { title } } } newsList(first: 3) { edges { node { title } } } }')
  const bannerTitles = expected.homeBanners.map((banner) => banner.title)
  const policyTitles = expected.policies.edges.map((edge) => edge.node.title)
  const newsTitles = expected.newsList.edges.map((edge) => edge.node.title)
  const schedule = buildSchedule({
    principalFen: yuanToFen('1000000'),
    annualRateBp: 435,
    termMonths: 12,
    method: RepaymentMethod.EQUAL_INSTALLMENT,
  })
  const firstPayment = formatFen(schedule.instalments[0].paymentFen)

  await journey(label, page, [
    [
      '首页 shows the operator-managed banners above the quick entries',
      async () => {
        expectThat(bannerTitles.length === 3, `expected the 3 seeded banners, the BFF has ${bannerTitles.length}`)
        await page.goto(`${baseUrl}/`)
        await page.locator('.home .banners__title').first().waitFor()
        const shown = await page.locator('.home .banners__title').allTextContents()
        for (const title of bannerTitles) expectThat(shown.includes(title), `banner ${title} not shown (shown: ${shown})`)
        const bannersTop = (await page.locator('.home .banners').boundingBox()).y
        const entriesTop = (await page.locator('.home .quick-entries').boundingBox()).y
        expectThat(bannersTop < entriesTop, 'banners are not above the quick entries')
        const image = await page.locator('.home .banners__image img').first().evaluate((img) => ({ ok: img.complete && img.naturalWidth > 0, src: img.src }))
        expectThat(image.ok, `banner image ${image.src} did not load`)
        await screenshot(page, `${shotPrefix}-home-banners`)
      },
    ],
    [
      '最新政策 and 新闻动态 list the 3 newest of each',
      async () => {
        const policies = await waitUntil(async () => {
          const titles = await page.locator('.home .latest--policies .latest__title').allTextContents()
          return titles.length === policyTitles.length ? titles : null
        }, 'latest policies not shown')
        expectThat(JSON.stringify(policies) === JSON.stringify(policyTitles), `policies ${policies} ≠ ${policyTitles}`)
        const news = await page.locator('.home .latest--news .latest__title').allTextContents()
        expectThat(JSON.stringify(news) === JSON.stringify(newsTitles), `news ${news} ≠ ${newsTitles}`)
        await page.locator('.home .latest--policies').scrollIntoViewIfNeeded()
        await screenshot(page, `${shotPrefix}-home-latest`)
      },
    ],
    [
      'the 贷款计算器 quick entry opens the calculator; wrong input gets Chinese field errors',
      async () => {
        await page.locator('.quick-entries__item', { hasText: '贷款计算器' }).click()
        await page.locator('.calculator .calculator__form').waitFor()
        await fill(page, 'amount', '')
        await fill(page, 'rate', '30')
        await fill(page, 'term', '0')
        await page.locator('.calculator__submit').click()
        await page.locator('.form-field--amount .form-field__error', { hasText: '请输入贷款金额' }).waitFor()
        await page.locator('.form-field--rate .form-field__error', { hasText: '年利率应在0%～24%之间' }).waitFor()
        await page.locator('.form-field--term .form-field__error', { hasText: '贷款期限应在1～360个月之间' }).waitFor()
      },
    ],
    [
      `100万元 / 4.35% / 12 个月 等额本息: first payment ${firstPayment}, as the shared library computes`,
      async () => {
        await fill(page, 'amount', '100')
        await page.locator('.choices--unit .choices__item', { hasText: '万元' }).click()
        await fill(page, 'rate', '4.35')
        await fill(page, 'term', '12')
        await page.locator('.choices--method .choices__item', { hasText: '等额本息' }).click()
        await page.locator('.calculator__submit').click()
        await page.locator('.calculator__payment').waitFor()
        const shown = (await page.locator('.calculator__payment').textContent()).trim()
        expectThat(shown === firstPayment, `first payment shown ${shown}, expected ${firstPayment}`)
        const interest = (await page.locator('.calculator__figure-value').first().textContent()).trim()
        expectThat(interest === formatFen(schedule.totalInterestFen), `total interest ${interest}`)
        const rows = await page.locator('.schedule__row:not(.schedule__row--head)').count()
        expectThat(rows === 12, `${rows} schedule rows, expected 12`)
        const lastRemaining = (await page.locator('.schedule__row:not(.schedule__row--head)').last().locator('.schedule__cell--remaining').textContent()).trim()
        expectThat(lastRemaining === '¥0.00', `last remaining ${lastRemaining}`)
        await page.locator('.calculator__note', { hasText: '最后一期含尾差' }).waitFor()
        await screenshot(page, `${shotPrefix}-calculator`)
      },
    ],
    [
      '360 months is shown a year at a time',
      async () => {
        await fill(page, 'term', '360')
        await page.locator('.calculator__submit').click()
        await page.locator('.schedule__pager-label', { hasText: '第1～12期，共360期' }).waitFor()
        await page.locator('.schedule__pager .nut-button', { hasText: '下一年' }).click()
        await page.locator('.schedule__pager-label', { hasText: '第13～24期，共360期' }).waitFor()
        const rows = await page.locator('.schedule__row:not(.schedule__row--head)').count()
        expectThat(rows === 12, `${rows} rows rendered for a 360-month schedule page`)
      },
    ],
  ])
}

export async function homeToolsJourney({ browser, baseUrl, journey }) {
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  try {
    await homeAndCalculator(await mobile.newPage(), baseUrl, journey, 'mobile 390×844: 首页轮播图与最新政策 → 贷款计算器', 'mobile-tools')
  } finally {
    await mobile.close()
  }
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const page = await desktop.newPage()
  try {
    await homeAndCalculator(page, baseUrl, journey, 'desktop 1280×900: 首页轮播图与最新政策 → 贷款计算器', 'desktop-tools')
    await journey('desktop 1280×900: 贷款计算器 layout', page, [
      [
        'the form is on the left and the results on the right',
        async () => {
          const form = await page.locator('.calculator__form').boundingBox()
          const results = await page.locator('.calculator__results').boundingBox()
          expectThat(form.x + form.width <= results.x, `form ${JSON.stringify(form)} not left of results ${JSON.stringify(results)}`)
        },
      ],
    ])
  } finally {
    await desktop.close()
  }
}
