// Renders the tab bar icons (81×81 PNG, grey and brand blue) from the SVG outlines below with Chromium.
// Run once after changing an outline: node scripts/make-tab-icons.mjs
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tabbar')
const COLORS = { normal: '#8a93a6', active: '#1f5fd6' }
const SIZE = 81

/** 24×24 outlines, stroked. */
const OUTLINES = {
  home: '<path d="M3.5 10.5 12 3.5l8.5 7"/><path d="M5.5 9v11h13V9"/><path d="M10 20v-5.5h4V20"/>',
  market:
    '<path d="M4 8.5h16l-1.2 11.5H5.2z"/><path d="M8.5 8.5V7a3.5 3.5 0 0 1 7 0v1.5"/><path d="M9 13h6"/>',
  messages: '<path d="M4 5.5h16v11H9.5L5.5 20v-3.5H4z"/><path d="M8 10h8M8 13h5"/>',
  mine: '<circle cx="12" cy="8" r="4"/><path d="M4.5 20.5a7.5 7.5 0 0 1 15 0"/>',
}

function svg(outline, color) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 24 24" fill="none"
    stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${outline}</svg>`
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } })
  mkdirSync(OUT_DIR, { recursive: true })
  for (const [name, outline] of Object.entries(OUTLINES)) {
    for (const [state, color] of Object.entries(COLORS)) {
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg(outline, color)}</body></html>`)
      const file = join(OUT_DIR, state === 'active' ? `${name}-active.png` : `${name}.png`)
      await page.locator('svg').screenshot({ path: file, omitBackground: true })
      console.log(`wrote ${file}`)
    }
  }
} finally {
  await browser.close()
}
