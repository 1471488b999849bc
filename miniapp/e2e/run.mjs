// Browser journeys against the H5 build served by a running BFF (E2E_BASE_URL, default :4000).
// Usage: npm run e2e -w @rongtong/miniapp [-- --only <journey>[,<journey>…] …] [-- --list]
//   (no --only)            every journey, in the order below
//   --only mobile,desktop  just these (comma-separated or the flag repeated); the order stays the one below
//   --list                 the journey names, then exit
// Prints "N passed, N failed" and exits non-zero on any failure.
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { createHarness } from './harness.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { contentJourney } from './journeys/content.mjs'
import { contentConsoleJourney } from './journeys/content-console.mjs'
import { dataConsentJourney } from './journeys/data-consent.mjs'
import { desktopJourney } from './journeys/desktop.mjs'
import { homeToolsJourney } from './journeys/home-tools.mjs'
import { identityMobileJourney } from './journeys/identity-mobile.mjs'
import { institutionsJourney } from './journeys/institutions.mjs'
import { liveMessagesJourney } from './journeys/live-messages.mjs'
import { mobileJourney } from './journeys/mobile.mjs'
import { productConsoleJourney } from './journeys/product-console.mjs'
import { recommendJourney } from './journeys/recommend.mjs'
import { securityConsoleJourney } from './journeys/security-console.mjs'
import { staffDesktopJourney } from './journeys/staff-desktop.mjs'

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '')

/** Every journey, by the name of its file in journeys/, in the order they run. */
const JOURNEYS = [
  { name: 'mobile', run: mobileJourney },
  { name: 'desktop', run: desktopJourney },
  { name: 'identity-mobile', run: identityMobileJourney },
  { name: 'staff-desktop', run: staffDesktopJourney },
  { name: 'home-tools', run: homeToolsJourney },
  { name: 'recommend', run: recommendJourney },
  { name: 'institutions', run: institutionsJourney },
  { name: 'product-console', run: productConsoleJourney },
  { name: 'content-console', run: contentConsoleJourney },
  { name: 'security-console', run: securityConsoleJourney },
  { name: 'data-consent', run: dataConsentJourney },
  { name: 'content', run: contentJourney },
  { name: 'live-messages', run: liveMessagesJourney },
]

function fail(message, code = 1) {
  console.error(message)
  process.exit(code)
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: { only: { type: 'string', multiple: true }, list: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    })
    return values
  } catch (error) {
    return fail(`${error.message}\n用法: node e2e/run.mjs [--only <旅程>[,<旅程>…]] [--list]`, 2)
  }
}

/** The journeys to run: those named with --only (in the order above), or all. */
function selectJourneys(only) {
  const known = new Set(JOURNEYS.map((journey) => journey.name))
  const asked = (only ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean)
  const unknown = asked.filter((name) => !known.has(name))
  if (unknown.length > 0) fail(`未知的旅程: ${unknown.join(', ')}。可选: ${[...known].join(', ')}`, 2)
  if (only !== undefined && asked.length === 0) fail('--only 需要至少一个旅程名', 2)
  return asked.length > 0 ? JOURNEYS.filter((journey) => asked.includes(journey.name)) : JOURNEYS
}

function requireChromium() {
  if (existsSync(CHROMIUM)) return
  const banner = '!'.repeat(72)
  fail(
    `${banner}\n浏览器旅程无法运行：未找到 Chromium（${CHROMIUM}）。\n` +
      `请先安装：apt-get update && apt-get install -y chromium\n或用 CHROMIUM_PATH 指向已安装的 Chromium。\n${banner}`,
  )
}

async function requireServer() {
  try {
    const response = await fetch(`${BASE_URL}/`, { headers: { accept: 'text/html' } })
    if (response.ok) return
    console.error(`${BASE_URL}/ 返回 ${response.status}：请先启动 BFF（它同时提供 H5 页面和 /graphql）。`)
  } catch (error) {
    console.error(`无法连接 ${BASE_URL}：请先启动 BFF（npm start），或设置 E2E_BASE_URL。(${error.message})`)
  }
  process.exit(1)
}

async function main() {
  const options = readOptions()
  if (options.list) {
    for (const journey of JOURNEYS) console.log(journey.name)
    return
  }
  const selected = selectJourneys(options.only)
  requireChromium()
  await requireServer()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const harness = createHarness()
  try {
    for (const { run } of selected) {
      await run({ browser, baseUrl: BASE_URL, journey: harness.journey })
    }
  } finally {
    await browser.close()
  }
  const { passed, failed } = harness.totals
  console.log(`\n${passed} passed, ${failed} failed (journeys: ${selected.map((journey) => journey.name).join(', ')})`)
  process.exit(failed > 0 ? 1 : 0)
}

await main()
