// 产品推荐: the wizard from the home quick entry on a phone, and the two-column page on a desktop. The ranking
// shown must be the one recommendProducts returns for the same input, with matched conditions and reasons.
import { expectThat, screenshot, waitUntil } from '../harness.mjs'

const INPUT = { amountFen: 100_000_000, termMonths: 12, preferences: ['LOW_RATE', 'NO_COLLATERAL'], expectedRateBp: 450 }

async function expectedRanking(baseUrl) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($input: RecommendationInput!) { recommendProducts(input: $input) { recommended { product { name } matchedConditions } nearMisses { product { name } reasons } } }',
      variables: { input: INPUT },
    }),
  })
  const body = await response.json()
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`)
  return body.data.recommendProducts
}

async function fill(page, field, value) {
  await page.locator(`.recommend .form-field--${field} input`).fill(value)
}

async function choosePreferences(page) {
  await page.locator('.recommend-chip', { hasText: '低利率' }).click()
  await page.locator('.recommend-chip', { hasText: '免抵押' }).click()
  await fill(page, 'rate', '4.5')
}

function resultSteps(page, expected, shotPrefix) {
  return [
    [
      'the products are ranked as recommendProducts ranks them, each with its matched conditions',
      async () => {
        const names = await waitUntil(async () => {
          const shown = await page.locator('.recommend-item:not(.recommend-item--near-miss) .product-card__name').allTextContents()
          return shown.length > 0 ? shown : null
        }, 'no recommended products shown')
        const expectedNames = expected.recommended.map((entry) => entry.product.name)
        expectThat(JSON.stringify(names) === JSON.stringify(expectedNames), `shown ${names} ≠ expected ${expectedNames}`)
        const firstTags = await page.locator('.recommend-item').first().locator('.recommend-tag--matched').allTextContents()
        for (const condition of expected.recommended[0].matchedConditions) {
          expectThat(firstTags.some((tag) => tag.includes(condition)), `condition ${condition} not shown (${firstTags})`)
        }
        expectThat(firstTags.some((tag) => tag.includes('额度覆盖100万元')), `额度覆盖100万元 missing (${firstTags})`)
        await screenshot(page, `${shotPrefix}-recommend-results`)
      },
    ],
    [
      '暂不符合 opens to show why the near misses are not eligible',
      async () => {
        expectThat(expected.nearMisses.length > 0, 'the seeded catalogue should have near misses for 100万元 / 12个月')
        await page.locator('.recommend-near-misses__toggle', { hasText: `暂不符合（${expected.nearMisses.length}）` }).click()
        const reasons = await waitUntil(async () => {
          const shown = await page.locator('.recommend-tag--reason').allTextContents()
          return shown.length > 0 ? shown : null
        }, 'no reasons shown')
        for (const reason of expected.nearMisses.flatMap((entry) => entry.reasons)) {
          expectThat(reasons.some((shown) => shown.includes(reason)), `reason ${reason} not shown`)
        }
        expectThat(reasons.some((shown) => shown.includes('额度上限低于申请金额')), `额度上限低于申请金额 missing (${reasons})`)
        await page.locator('.recommend-near-misses').scrollIntoViewIfNeeded()
        await screenshot(page, `${shotPrefix}-recommend-near-misses`)
      },
    ],
  ]
}

export async function recommendJourney({ browser, baseUrl, journey }) {
  const expected = await expectedRanking(baseUrl)
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const phone = await mobile.newPage()
  try {
    await journey('mobile 390×844: 首页 产品推荐 → 两步向导 → 推荐结果与暂不符合原因', phone, [
      [
        'the 产品推荐 quick entry opens step 1; a missing amount and a bad term get Chinese field errors',
        async () => {
          await phone.goto(`${baseUrl}/`)
          await phone.locator('.quick-entries__item', { hasText: '产品推荐' }).click()
          await phone.locator('.recommend .recommend__step--active', { hasText: '第 1 步' }).waitFor()
          await fill(phone, 'amount', '')
          await fill(phone, 'term', '400')
          await phone.locator('.recommend__next').click()
          await phone.locator('.form-field--amount .form-field__error', { hasText: '请输入大于 0 的融资金额' }).waitFor()
          await phone.locator('.form-field--term .form-field__error', { hasText: '融资期限应为 1～360 个月的整数' }).waitFor()
        },
      ],
      [
        'step 2 takes the preference chips and the expected rate',
        async () => {
          await fill(phone, 'amount', '100')
          await fill(phone, 'term', '12')
          await phone.locator('.recommend__next').click()
          await phone.locator('.recommend__step--active', { hasText: '第 2 步' }).waitFor()
          await choosePreferences(phone)
          const active = await phone.locator('.recommend-chip--active').allTextContents()
          expectThat(JSON.stringify(active) === JSON.stringify(['低利率', '免抵押']), `active chips ${active}`)
          await screenshot(phone, 'mobile-recommend-step2')
          await phone.locator('.recommend__submit').click()
        },
      ],
      ...resultSteps(phone, expected, 'mobile'),
    ])
  } finally {
    await mobile.close()
  }

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const page = await desktop.newPage()
  try {
    await journey('desktop 1280×900: 产品推荐 form and results side by side', page, [
      [
        'the form is on the left and the results column on the right',
        async () => {
          await page.goto(`${baseUrl}/packages/recommend/wizard/index`)
          await page.locator('.recommend__form').waitFor()
          await fill(page, 'amount', '100')
          await fill(page, 'term', '12')
          await choosePreferences(page)
          await page.locator('.recommend__submit').click()
          const form = await page.locator('.recommend__form').boundingBox()
          const results = await page.locator('.recommend__results').boundingBox()
          expectThat(form.x + form.width <= results.x, `form ${JSON.stringify(form)} not left of results ${JSON.stringify(results)}`)
        },
      ],
      ...resultSteps(page, expected, 'desktop'),
    ])
  } finally {
    await desktop.close()
  }
}
