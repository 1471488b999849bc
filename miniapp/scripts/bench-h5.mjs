// npm run bench:h5 — the H5 app's first load as a phone sees it, served by the real BFF.
//
// Builds nothing: it needs the built shared, mock-server, BFF and H5 app (npm run build, or npm start once).
// Starts mock-server and a BFF (NODE_ENV=test, a fresh temporary SQLite, demo data) serving miniapp/dist/h5,
// then
//   1. loads 首页 in Chromium at 390×844 (mobile) and sums the JavaScript that arrived before the first
//      contentful paint and in total until the network is idle — bytes as sent (PerformanceResourceTiming
//      transferSize, so compressed when the server compresses) and, per file, what gzip and identity weigh;
//   2. opens 首页, 金融超市, 产品详情 and 工作人员登录 and lists what the Content-Security-Policy blocked;
//   3. runs Lighthouse (mobile preset, simulated throttling, performance + accessibility) on 首页, 金融超市 and
//      a product's detail page.
// Prints a table and writes bench/results/h5.json (and each page's Lighthouse report to bench/results/h5-lighthouse/).
//
// Usage: npm run bench:h5 [-- --runs 3]   (Lighthouse runs per page; the median performance score is kept)
//        npm run bench:h5 -- --no-lighthouse   (the first load and the CSP check only)
// Environment: CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { chromium } from 'playwright-core'
import { ARTIFACTS, ROOT, freePort, log, startService, stopAll, waitForHealthy } from '../../scripts/lib.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.mjs'

const require = createRequire(import.meta.url)
const LIGHTHOUSE_CLI = require.resolve('lighthouse/cli/index.js')
const RESULTS_DIR = join(ROOT, 'bench', 'results')
const RESULTS_FILE = join(RESULTS_DIR, 'h5.json')
/** The full Lighthouse report of each page's median run, for the details behind a score. */
const REPORTS_DIR = join(RESULTS_DIR, 'h5-lighthouse')
/** DESIGN §11: JavaScript before the first render of the first route, gzipped. */
const FIRST_RENDER_JS_BUDGET_BYTES = 300 * 1024
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }

function parseRuns(argv) {
  if (argv.includes('--no-lighthouse')) return 0
  const index = argv.indexOf('--runs')
  const runs = index === -1 ? 1 : Number(argv[index + 1])
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) {
    console.error('--runs 须为 1 到 9 之间的整数')
    process.exit(2)
  }
  return runs
}

function requireBuilt() {
  const missing = Object.entries(ARTIFACTS)
    .filter(([name, file]) => name !== 'shared' && !existsSync(file))
    .map(([, file]) => relative(ROOT, file))
  if (!existsSync(CHROMIUM)) missing.push(`${CHROMIUM} (apt-get install -y chromium)`)
  if (missing.length > 0) {
    console.error(`缺少: ${missing.join(', ')}\n请先构建: npm run build -w @rongtong/shared && npm run build -w @rongtong/mock-server && npm run build -w @rongtong/bff && npm run build:h5 -w @rongtong/miniapp`)
    process.exit(1)
  }
}

async function graphql(baseUrl, query) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  const body = await response.json()
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`)
  return body.data
}

/** The body size the server sends for `url` when the client accepts only `encoding` ('identity' for none). */
function sentBytes(url, encoding) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let bytes = 0
      res.on('data', (chunk) => (bytes += chunk.length))
      res.on('end', () => resolve(bytes))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

const sum = (items, key) => items.reduce((total, item) => total + item[key], 0)

async function weigh(scripts) {
  const files = []
  for (const script of scripts) {
    files.push({
      path: new URL(script.name).pathname,
      wireBytes: script.transferSize,
      gzipBytes: await sentBytes(script.name, 'gzip'),
      identityBytes: await sentBytes(script.name, 'identity'),
    })
  }
  return { files, wireBytes: sum(files, 'wireBytes'), gzipBytes: sum(files, 'gzipBytes'), identityBytes: sum(files, 'identityBytes') }
}

/** JavaScript of 首页's first load in a fresh phone-sized context: before the first contentful paint and in all. */
async function measureFirstLoad(baseUrl) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' })
    await page.locator('.home .product-card').first().waitFor()
    const timing = await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.initiatorType === 'script' || new URL(entry.name).pathname.endsWith('.js'))
        .map(({ name, transferSize, responseEnd }) => ({ name, transferSize, responseEnd })),
    }))
    if (timing.firstContentfulPaint === null) throw new Error('首页没有记录到 first-contentful-paint')
    const beforeRender = timing.scripts.filter((script) => script.responseEnd <= timing.firstContentfulPaint)
    return {
      firstContentfulPaintMs: Math.round(timing.firstContentfulPaint),
      beforeFirstRender: await weigh(beforeRender),
      total: await weigh(timing.scripts),
    }
  } finally {
    await browser.close()
  }
}

/**
 * Opens each page in a phone-sized context and collects what the Content-Security-Policy blocked (the
 * securitypolicyviolation events and the console's CSP errors): the app must work under its own policy.
 */
async function findCspViolations(pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const violations = []
  try {
    for (const { name, url, ready } of pages) {
      const context = await browser.newContext(PHONE)
      await context.addInitScript(() => {
        window.__cspViolations = []
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI || '(inline)'}`)
        })
      })
      const page = await context.newPage()
      const consoleErrors = []
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content[ -]Security[ -]Policy/i.test(message.text())) consoleErrors.push(message.text())
      })
      await page.goto(url, { waitUntil: 'networkidle' })
      await page.locator(ready).first().waitFor()
      const seen = [...(await page.evaluate(() => window.__cspViolations)), ...consoleErrors]
      violations.push(...seen.map((violation) => ({ page: name, violation })))
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return violations
}

function runLighthouse(url, outputFile) {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--output=json',
    `--output-path=${outputFile}`,
    '--only-categories=performance,accessibility',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.filter((flag) => !flag.startsWith('--headless')).join(' ')}`,
    '--quiet',
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(outputFile, 'utf8'))) : reject(new Error(`lighthouse 退出码 ${code}`))))
  })
}

const score = (category) => Math.round((category?.score ?? 0) * 100)
const metric = (report, id) => Math.round(report.audits[id]?.numericValue ?? 0)

/** What a page scored, its load metrics, and the audits that cost it points (for the next round of work). */
function summarise(name, url, report) {
  const failing = (categoryId) =>
    (report.categories[categoryId]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 0.9)
      .map((ref) => ref.id)
  return {
    page: name,
    url,
    performance: score(report.categories.performance),
    accessibility: score(report.categories.accessibility),
    metricsMs: {
      firstContentfulPaint: metric(report, 'first-contentful-paint'),
      largestContentfulPaint: metric(report, 'largest-contentful-paint'),
      totalBlockingTime: metric(report, 'total-blocking-time'),
      speedIndex: metric(report, 'speed-index'),
    },
    cumulativeLayoutShift: report.audits['cumulative-layout-shift']?.numericValue ?? 0,
    failingPerformanceAudits: failing('performance'),
    failingAccessibilityAudits: failing('accessibility'),
    benchmarkIndex: report.environment?.benchmarkIndex,
  }
}

async function lighthousePage({ name, slug, url }, runs, workDir) {
  const summaries = []
  for (let run = 0; run < runs; run += 1) {
    log(`Lighthouse ${name} (${run + 1}/${runs}): ${url}`)
    const reportFile = join(workDir, `${slug}-${run}.json`)
    summaries.push({ reportFile, ...summarise(name, url, await runLighthouse(url, reportFile)) })
  }
  summaries.sort((a, b) => a.performance - b.performance)
  const { reportFile, ...median } = summaries[Math.floor(summaries.length / 2)]
  writeFileSync(join(REPORTS_DIR, `${slug}.json`), readFileSync(reportFile))
  return { ...median, runs, performanceScores: summaries.map((s) => s.performance) }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

function printResults({ firstLoad, cspViolations, lighthouse }) {
  console.log('\n首页 JavaScript (390×844)          sent       gzip   identity  files')
  for (const [label, part] of [['before first contentful paint', firstLoad.beforeFirstRender], ['until network idle', firstLoad.total]]) {
    console.log(`  ${label.padEnd(31)} ${kb(part.wireBytes).padStart(9)} ${kb(part.gzipBytes).padStart(10)} ${kb(part.identityBytes).padStart(10)}  ${String(part.files.length).padStart(5)}`)
  }
  const verdict = firstLoad.beforeFirstRender.gzipBytes <= FIRST_RENDER_JS_BUDGET_BYTES ? '✔' : '✘ over'
  console.log(`  first contentful paint ${firstLoad.firstContentfulPaintMs} ms (unthrottled); budget ${kb(FIRST_RENDER_JS_BUDGET_BYTES)} gzipped before first render ${verdict}`)
  console.log(`\nContent-Security-Policy violations (首页, 金融超市, 产品详情, 工作人员登录): ${cspViolations.length === 0 ? 'none ✔' : cspViolations.length}`)
  for (const { page, violation } of cspViolations) console.log(`  ${page}: ${violation}`)
  console.log('\nLighthouse (mobile)   performance  accessibility   FCP ms   LCP ms   TBT ms     SI ms    CLS')
  for (const page of lighthouse) {
    const m = page.metricsMs
    console.log(
      `  ${page.page.padEnd(19)} ${String(page.performance).padStart(11)} ${String(page.accessibility).padStart(14)} ${String(m.firstContentfulPaint).padStart(8)} ${String(m.largestContentfulPaint).padStart(8)} ${String(m.totalBlockingTime).padStart(8)} ${String(m.speedIndex).padStart(9)} ${page.cumulativeLayoutShift.toFixed(3).padStart(6)}`,
    )
    const failing = [...page.failingPerformanceAudits, ...page.failingAccessibilityAudits]
    if (failing.length > 0) console.log(`      to improve: ${failing.join(', ')}`)
  }
}

async function main() {
  const runs = parseRuns(process.argv.slice(2))
  requireBuilt()
  const [port, mockPort] = [await freePort(), await freePort()]
  const workDir = mkdtempSync(join(tmpdir(), 'rongtong-bench-h5-'))
  const children = []
  try {
    const mock = startService('mock', ARTIFACTS.mockServer, { MOCK_PORT: String(mockPort) })
    children.push(mock)
    await waitForHealthy(`http://127.0.0.1:${mockPort}/healthz`, mock)
    const bff = startService('bff', ARTIFACTS.bff, {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(workDir, 'bench.sqlite')}`,
      MOCK_SERVER_URL: `http://127.0.0.1:${mockPort}`,
      LOG_LEVEL: 'warn',
    })
    children.push(bff)
    const baseUrl = `http://127.0.0.1:${port}`
    await waitForHealthy(`${baseUrl}/healthz`, bff, 120_000)

    const data = await graphql(baseUrl, '{ products(first: 1, sort: POPULARITY) { edges { node { id } } } }')
    const productId = data.products.edges[0]?.node.id
    if (!productId) throw new Error('种子数据中没有产品')

    log('首页 first load in Chromium')
    const firstLoad = await measureFirstLoad(baseUrl)
    const pages = [
      { name: '首页', slug: 'home', url: `${baseUrl}/`, ready: '.home .product-card' },
      { name: '金融超市', slug: 'market', url: `${baseUrl}/pages/market/index`, ready: '.market .product-card' },
      { name: '产品详情', slug: 'product', url: `${baseUrl}/packages/product/detail/index?id=${encodeURIComponent(productId)}`, ready: '.detail .detail__name' },
    ]
    log('Content-Security-Policy in Chromium')
    const cspViolations = await findCspViolations([
      ...pages,
      { name: '工作人员登录', url: `${baseUrl}/pages/staff/login/index`, ready: '.staff-login .form-field--username input' },
    ])
    mkdirSync(REPORTS_DIR, { recursive: true })
    const lighthouse = []
    if (runs > 0) for (const page of pages) lighthouse.push(await lighthousePage(page, runs, workDir))

    const results = { measuredAt: new Date().toISOString(), firstRenderJsBudgetBytes: FIRST_RENDER_JS_BUDGET_BYTES, firstLoad, cspViolations, lighthouse }
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`)
    printResults(results)
    console.log(`\n结果已写入 ${relative(process.cwd(), RESULTS_FILE)}`)
  } finally {
    await stopAll(children)
    rmSync(workDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
