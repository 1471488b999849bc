// Browser journeys against the H5 build served by a running BFF (E2E_BASE_URL, default :4000).
// Usage: npm run e2e -w @rongtong/miniapp   — prints "N passed, N failed" and exits non-zero on any failure.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { createHarness } from './harness.mjs'
import { desktopJourney } from './journeys/desktop.mjs'
import { homeToolsJourney } from './journeys/home-tools.mjs'
import { identityMobileJourney } from './journeys/identity-mobile.mjs'
import { institutionsJourney } from './journeys/institutions.mjs'
import { mobileJourney } from './journeys/mobile.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { contentConsoleJourney } from './journeys/content-console.mjs'
import { productConsoleJourney } from './journeys/product-console.mjs'
import { recommendJourney } from './journeys/recommend.mjs'
import { securityConsoleJourney } from './journeys/security-console.mjs'
import { staffDesktopJourney } from './journeys/staff-desktop.mjs'

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '')

function requireChromium() {
  if (existsSync(CHROMIUM)) return
  const banner = '!'.repeat(72)
  console.error(`${banner}\n浏览器旅程无法运行：未找到 Chromium（${CHROMIUM}）。`)
  console.error('请先安装：apt-get update && apt-get install -y chromium')
  console.error(`或用 CHROMIUM_PATH 指向已安装的 Chromium。\n${banner}`)
  process.exit(1)
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
  requireChromium()
  await requireServer()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const harness = createHarness()
  try {
    for (const run of [mobileJourney, desktopJourney, identityMobileJourney, staffDesktopJourney, homeToolsJourney, recommendJourney, institutionsJourney, productConsoleJourney, contentConsoleJourney, securityConsoleJourney]) {
      await run({ browser, baseUrl: BASE_URL, journey: harness.journey })
    }
  } finally {
    await browser.close()
  }
  const { passed, failed } = harness.totals
  console.log(`\n${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

await main()
