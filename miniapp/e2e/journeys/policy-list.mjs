// 政策法规 by audience: 制造业 and a scale list exactly the policies the BFF answers for those arguments, every card
// says whom its policy is for, and 清除筛选 brings back the whole level from a combination that matches nothing.
// Run from the content journey on a 375-wide phone and a 1280-wide desktop.
import shared from '@rongtong/shared'
import { expectThat, screenshot, waitUntil } from '../harness.mjs'
import { graphql } from '../graphql.mjs'

const { ENTERPRISE_SCALE_LABELS, ENTERPRISE_TYPE_LABELS, INDUSTRY_SECTIONS, findIndustry } = shared
const LEVELS = ['CITY', 'PROVINCE', 'NATIONAL']
const SCALES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO']
const MANUFACTURING = 'C'
const POLICIES_URL = '/packages/content/policies/index'
/** The list's page size (PAGE_SIZE in policies/policy-filters.ts). */
const PAGE_SIZE = 10

/** What the BFF lists for these arguments, newest first. */
async function expectedPolicies(baseUrl, args) {
  const data = await graphql(
    baseUrl,
    `query ($level: PolicyLevel, $industryCode: String, $scale: EnterpriseScale, $enterpriseType: EnterpriseType) {
      policies(level: $level, industryCode: $industryCode, scale: $scale, enterpriseType: $enterpriseType, first: 100) {
        totalCount edges { node { id title industryCodes scales enterpriseTypes } }
      }
    }`,
    args,
  )
  return { total: data.policies.totalCount, policies: data.policies.edges.map((edge) => edge.node) }
}

/** The BFF refuses a query with more aliases than this. */
const MAX_ALIASES = 15

/** Policy counts for many argument sets, keyed like the input (a few aliased queries per request). */
async function counts(baseUrl, argsByKey) {
  const literal = (args) =>
    Object.entries(args)
      .map(([name, value]) => (name === 'industryCode' ? `${name}: "${value}"` : `${name}: ${value}`))
      .join(', ')
  const keys = Object.keys(argsByKey)
  const found = {}
  for (let start = 0; start < keys.length; start += MAX_ALIASES) {
    const chunk = keys.slice(start, start + MAX_ALIASES)
    const data = await graphql(baseUrl, `{ ${chunk.map((key) => `${key}: policies(${literal(argsByKey[key])}, first: 1) { totalCount }`).join(' ')} }`)
    for (const key of chunk) found[key] = data[key].totalCount
  }
  return found
}

/** A level and scale where 制造业 and that scale keep some, but not all, of the level's 制造业 policies. */
async function discriminatingChoice(baseUrl) {
  const argsByKey = {}
  for (const level of LEVELS) {
    argsByKey[`${level}_ALL`] = { level, industryCode: MANUFACTURING }
    for (const scale of SCALES) argsByKey[`${level}_${scale}`] = { level, industryCode: MANUFACTURING, scale }
  }
  const found = await counts(baseUrl, argsByKey)
  for (const level of LEVELS) {
    const scale = SCALES.find((candidate) => found[`${level}_${candidate}`] > 0 && found[`${level}_${candidate}`] < found[`${level}_ALL`])
    if (scale) return { level, scale }
  }
  const level = LEVELS.find((candidate) => found[`${candidate}_SMALL`] > 0)
  if (!level) throw new Error('no level lists a policy for small manufacturers — seed data missing')
  return { level, scale: 'SMALL' }
}

/** The fewest choices (a scale, else a section and a scale) under which some level lists no policy. */
async function emptyChoice(baseUrl) {
  const byScale = {}
  for (const level of LEVELS) for (const scale of SCALES) byScale[`${level}_${scale}`] = { level, scale }
  const scaleCounts = await counts(baseUrl, byScale)
  const emptyScale = Object.keys(byScale).find((key) => scaleCounts[key] === 0)
  if (emptyScale) return { ...byScale[emptyScale], industryCode: null }
  for (const level of LEVELS) {
    const byPair = {}
    for (const section of INDUSTRY_SECTIONS) {
      for (const scale of SCALES) byPair[`${section.code}_${scale}`] = { level, industryCode: section.code, scale }
    }
    const pairCounts = await counts(baseUrl, byPair)
    const emptyPair = Object.keys(byPair).find((key) => pairCounts[key] === 0)
    if (emptyPair) return byPair[emptyPair]
  }
  throw new Error('every industry and scale lists some policy at every level — no empty combination to try')
}

/** The 适用 line the card should show, worded from the GB/T 4754 names and the Chinese labels. */
function expectedAudience(policy) {
  const unique = (names, separator = '、') => [...new Set(names)].join(separator)
  const parts = []
  if (policy.industryCodes.length > 0) {
    parts.push(unique(policy.industryCodes.map((code) => findIndustry(code)?.division?.name ?? findIndustry(code)?.section.name ?? code), '，'))
  }
  if (policy.scales.length > 0) parts.push(`${unique(policy.scales.map((scale) => ENTERPRISE_SCALE_LABELS[scale]))}企业`)
  if (policy.enterpriseTypes.length > 0) parts.push(unique(policy.enterpriseTypes.map((type) => ENTERPRISE_TYPE_LABELS[type])))
  return parts.length === 0 ? '面向全部企业' : `适用：${parts.join(' · ')}`
}

const visible = (page, selector) => page.locator(`.policies ${selector}:visible`)

async function shownTitles(page) {
  return (await visible(page, '.policy-card__title').allTextContents()).map((text) => text.trim())
}

/**
 * Waits until the list shows exactly the policies the BFF answers, in its order, paging with 加载更多 (or by reaching
 * the bottom) meanwhile; the summary must give the BFF's total.
 */
async function expectListed(page, expected) {
  await visible(page, '.policies__summary').filter({ hasText: `共 ${expected.total} 条政策` }).waitFor()
  const wanted = JSON.stringify(expected.policies.map((policy) => policy.title))
  await waitUntil(async () => {
    const titles = await shownTitles(page)
    if (JSON.stringify(titles) === wanted) return true
    const more = visible(page, '.list-footer__link').filter({ hasText: '加载更多' })
    if (titles.length < expected.total && (await more.count()) > 0) await more.first().click().catch(() => undefined)
    return null
  }, 'the listed titles never equalled the BFF\'s').catch(async (error) => {
    throw new Error(`${error.message}\n    listed ${JSON.stringify(await shownTitles(page))}\n    the BFF answers ${wanted}`)
  })
}

async function choose(page, filter, value) {
  await visible(page, `[data-testid=${filter}-${value ?? 'ALL'}]`).click()
  await visible(page, `[data-testid=${filter}-${value ?? 'ALL'}].chip-filter__item--active`).waitFor()
}

async function expectNoSidewaysScroll(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  const viewport = page.viewportSize().width
  expectThat(width <= viewport, `the page is ${width} px wide on a ${viewport} px screen`)
}

/** The steps for one device; `device` names the screenshots (phone | desktop). */
export function policyListSteps(page, baseUrl, device) {
  const state = {}
  return [
    [
      `${device}: 政策法规 shows the level tabs and the 适用行业, 企业规模 and 企业类型 filters`,
      async () => {
        await page.goto(`${baseUrl}${POLICIES_URL}`)
        await visible(page, '[data-testid=policy-item]').first().waitFor()
        for (const filter of ['industry-filter', 'scale-filter', 'enterprise-type-filter']) {
          await visible(page, `[data-testid=${filter}-ALL].chip-filter__item--active`).waitFor()
        }
        await visible(page, '[data-testid=industry-filter-C]').filter({ hasText: '制造业' }).waitFor()
        await expectNoSidewaysScroll(page)
        await screenshot(page, `policies-${device}-filters`)
      },
    ],
    [
      `${device}: 制造业 and a scale list exactly what the BFF answers for those arguments`,
      async () => {
        state.choice = await discriminatingChoice(baseUrl)
        const { level, scale } = state.choice
        await visible(page, `[data-testid=level-${level}]`).click()
        await choose(page, 'industry-filter', MANUFACTURING)
        await choose(page, 'scale-filter', scale)
        state.expected = await expectedPolicies(baseUrl, { level, industryCode: MANUFACTURING, scale })
        await expectListed(page, state.expected)
        await expectNoSidewaysScroll(page)
        await screenshot(page, `policies-${device}-manufacturing-${scale.toLowerCase()}`)
      },
    ],
    [
      `${device}: every card says whom its policy is for (适用：… or 面向全部企业)`,
      async () => {
        const lines = (await visible(page, '[data-testid=policy-audience]').allTextContents()).map((text) => text.trim())
        const wanted = state.expected.policies.map(expectedAudience)
        expectThat(JSON.stringify(lines) === JSON.stringify(wanted), `适用 lines ${JSON.stringify(lines)}\n    expected ${JSON.stringify(wanted)}`)
        expectThat(lines.some((line) => line.startsWith('适用：')), `no card names its audience: ${JSON.stringify(lines)}`)
        await visible(page, '[data-testid=policy-audience]').filter({ hasText: /^适用：/ }).first().scrollIntoViewIfNeeded()
        await screenshot(page, `policies-${device}-audience`)
      },
    ],
    [
      `${device}: the policy detail says whom the policy is for, as its card does`,
      async () => {
        const policy = state.expected.policies.find((candidate) => expectedAudience(candidate).startsWith('适用：'))
        const detail = await page.context().newPage()
        try {
          await detail.goto(`${baseUrl}/packages/content/policy-detail/index?id=${policy.id}`)
          const line = detail.locator('[data-testid=policy-detail-audience]:visible')
          await line.waitFor()
          const shown = (await line.textContent())?.trim()
          expectThat(shown === expectedAudience(policy), `the detail says ${shown}, expected ${expectedAudience(policy)}`)
          await screenshot(detail, `policies-${device}-detail-audience`)
        } finally {
          await detail.close()
        }
      },
    ],
    [
      `${device}: a combination that matches nothing shows the empty state; 清除筛选 brings the whole level back`,
      async () => {
        const empty = await emptyChoice(baseUrl)
        await visible(page, `[data-testid=level-${empty.level}]`).click()
        await choose(page, 'industry-filter', empty.industryCode)
        await choose(page, 'scale-filter', empty.scale)
        await visible(page, '.policies__summary').filter({ hasText: '共 0 条政策' }).waitFor()
        await visible(page, '.state-view').filter({ hasText: '暂无符合条件的政策' }).waitFor()
        expectThat((await visible(page, '[data-testid=policy-item]').count()) === 0, 'policies shown beside the empty state')
        await screenshot(page, `policies-${device}-empty`)
        await visible(page, '.state-view .nut-button').filter({ hasText: '清除筛选' }).click()
        await visible(page, '[data-testid=scale-filter-ALL].chip-filter__item--active').waitFor()
        await visible(page, '[data-testid=industry-filter-ALL].chip-filter__item--active').waitFor()
        const whole = await expectedPolicies(baseUrl, { level: empty.level })
        await expectListed(page, whole)
        await screenshot(page, `policies-${device}-cleared`)
      },
    ],
    [
      `${device}: the level with the most policies shows the first ${PAGE_SIZE} with the total, then 加载更多 pages to the rest`,
      async () => {
        const totals = await counts(baseUrl, Object.fromEntries(LEVELS.map((level) => [level, { level }])))
        const level = LEVELS.reduce((best, candidate) => (totals[candidate] > totals[best] ? candidate : best))
        await visible(page, `[data-testid=level-${level}]`).click()
        const whole = await expectedPolicies(baseUrl, { level })
        await visible(page, '.policies__summary').filter({ hasText: `共 ${whole.total} 条政策` }).waitFor()
        const first = whole.policies.slice(0, PAGE_SIZE).map((policy) => policy.title)
        await waitUntil(async () => JSON.stringify(await shownTitles(page)) === JSON.stringify(first), `the first page is not ${JSON.stringify(first)}`)
        if (whole.total > PAGE_SIZE) await visible(page, '.list-footer__link').filter({ hasText: '加载更多' }).waitFor()
        await expectListed(page, whole)
        await visible(page, '.list-footer').filter({ hasText: '已经到底了' }).scrollIntoViewIfNeeded()
        await screenshot(page, `policies-${device}-paged`)
      },
    ],
  ]
}
