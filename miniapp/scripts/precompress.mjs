// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text asset of the H5 build
// above 1 KB, so the BFF can send the smallest one the browser accepts without compressing per request.
// A copy that would not be smaller is not written; copies left from an earlier build are removed first.
// Run by `npm run build:h5` after Taro's build. Usage: node scripts/precompress.mjs [distDir]
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.map', '.txt'])
const MIN_BYTES = 1024
const VARIANTS = [
  {
    suffix: '.br',
    compress: (bytes) =>
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
  },
  { suffix: '.gz', compress: (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }) },
]

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const distDir = process.argv[2] ?? join(appRoot, 'dist', 'h5')

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })
}

const isVariant = (file) => VARIANTS.some(({ suffix }) => file.endsWith(suffix))

if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`未找到 ${relative(process.cwd(), distDir) || distDir}/index.html：请先构建 H5 (taro build --type h5)。`)
  process.exit(1)
}

const files = listFiles(distDir)
for (const file of files.filter(isVariant)) rmSync(file)

const totals = { files: 0, identity: 0, '.br': 0, '.gz': 0 }
for (const file of files) {
  if (isVariant(file) || !COMPRESSIBLE.has(extname(file).toLowerCase()) || statSync(file).size < MIN_BYTES) continue
  const bytes = readFileSync(file)
  totals.files += 1
  totals.identity += bytes.length
  for (const { suffix, compress } of VARIANTS) {
    const compressed = compress(bytes)
    if (compressed.length >= bytes.length) {
      totals[suffix] += bytes.length
      continue
    }
    writeFileSync(`${file}${suffix}`, compressed)
    totals[suffix] += compressed.length
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
console.log(`precompressed ${totals.files} files in ${relative(process.cwd(), distDir) || distDir}: ${kb(totals.identity)} → gzip ${kb(totals['.gz'])}, brotli ${kb(totals['.br'])}`)
