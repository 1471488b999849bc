// A small expectation harness for the browser journeys: each step passes or fails, a failed step ends
// its journey (later steps would only fail for the same reason), and the totals decide the exit code.
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screenshots')

export function createHarness() {
  const totals = { passed: 0, failed: 0 }
  mkdirSync(SCREENSHOT_DIR, { recursive: true })

  async function journey(name, page, steps) {
    console.log(`\n▶ ${name}`)
    const pageErrors = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    for (const [title, action] of steps) {
      try {
        await action()
        totals.passed += 1
        console.log(`  ✔ ${title}`)
      } catch (error) {
        totals.failed += 1
        console.log(`  ✘ ${title}\n    ${error.message.split('\n').join('\n    ')}`)
        const file = join(SCREENSHOT_DIR, `failure-${slug(name)}.png`)
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
        console.log(`    screenshot: ${file}`)
        return
      }
    }
    if (pageErrors.length > 0) {
      totals.failed += 1
      console.log(`  ✘ no uncaught errors in the page\n    ${pageErrors.join('\n    ')}`)
    } else {
      totals.passed += 1
      console.log('  ✔ no uncaught errors in the page')
    }
  }

  return { journey, totals }
}

function slug(text) {
  return text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'journey'
}

export function expectThat(condition, message) {
  if (!condition) throw new Error(message)
}

/** Polls `probe` until it returns a truthy value; fails with `message` and the last value otherwise. */
export async function waitUntil(probe, message, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    last = await probe()
    if (last) return last
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${message} (last seen: ${JSON.stringify(last)})`)
}

export function screenshot(page, name) {
  return page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false })
}
