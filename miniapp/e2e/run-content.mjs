// The policy publishing / 政策推送 journey alone: E2E_BASE_URL (the BFF serving the H5 build) and
// E2E_DATABASE_FILE (that BFF's SQLite file, where the journey fills in enterprise register details).
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { createHarness } from './harness.mjs'
import { contentJourney } from './journeys/content.mjs'

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '')
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
const harness = createHarness()
try {
  await contentJourney({ browser, baseUrl: BASE_URL, journey: harness.journey, databaseFile: process.env.E2E_DATABASE_FILE })
} finally {
  await browser.close()
}
const { passed, failed } = harness.totals
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
