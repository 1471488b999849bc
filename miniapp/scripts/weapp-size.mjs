// Prints the size of the weapp main package and of each subpackage (from dist/weapp) and exits
// non-zero when the main package exceeds 1.5 MB (our budget; the platform allows 2 MB) or a
// subpackage exceeds the platform's 2 MB.
// Usage: node scripts/weapp-size.mjs [distDir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const MAIN_BUDGET_BYTES = 1.5 * 1024 * 1024
const SUBPACKAGE_LIMIT_BYTES = 2 * 1024 * 1024
/** Files the developer tool does not upload as part of the code package. */
const NOT_UPLOADED = [/\.map$/, /^project\.config\.json$/, /^project\.private\.config\.json$/]

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const distDir = process.argv[2] ?? join(appRoot, 'dist', 'weapp')

function fail(message) {
  console.error(message)
  process.exit(1)
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })
}

function subpackageRoots() {
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8'))
  const subpackages = appJson.subPackages ?? appJson.subpackages ?? []
  return subpackages.map((subpackage) => subpackage.root.replace(/\/+$/, ''))
}

function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1).padStart(8)} KB`
}

if (!existsSync(join(distDir, 'app.json'))) {
  fail(`未找到 ${relative(process.cwd(), distDir) || distDir}/app.json：请先构建微信小程序 (npm run build:weapp)。`)
}

const roots = subpackageRoots()
const totals = new Map([['(main)', 0], ...roots.map((root) => [root, 0])])
for (const file of listFiles(distDir)) {
  const path = relative(distDir, file).split(sep).join('/')
  if (NOT_UPLOADED.some((pattern) => pattern.test(path))) continue
  const owner = roots.find((root) => path === root || path.startsWith(`${root}/`)) ?? '(main)'
  totals.set(owner, totals.get(owner) + statSync(file).size)
}

console.log('weapp package sizes')
let failed = false
for (const [name, bytes] of totals) {
  const isMain = name === '(main)'
  const limit = isMain ? MAIN_BUDGET_BYTES : SUBPACKAGE_LIMIT_BYTES
  const over = bytes > limit
  failed ||= over
  const label = isMain ? 'main package' : `subpackage ${name}`
  console.log(`  ${label.padEnd(32)} ${formatKb(bytes)}  (limit ${formatKb(limit).trim()})${over ? '  ✘ OVER' : ''}`)
}
const all = [...totals.values()].reduce((sum, bytes) => sum + bytes, 0)
console.log(`  ${'total'.padEnd(32)} ${formatKb(all)}`)
if (failed) fail('weapp 包体积超出限制：请把非 tab 页面和仅在子包使用的模块移入子包。')
