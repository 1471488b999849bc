import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { generate } from '@graphql-codegen/cli'
import { buildCodegenConfig, PERSISTED_DOCUMENTS_FILE, SAFELIST_PATH } from '../../codegen'

interface GeneratedFile {
  filename: string
  content: string
}

const APP_ROOT = resolve(__dirname, '..', '..')
const COMMITTED_DIR = join(APP_ROOT, 'src', 'gql')

// Generating reads the schema and every document, which takes a few seconds.
jest.setTimeout(60_000)

describe('generated GraphQL documents', () => {
  it('match what codegen produces from shared/schema.graphql, safelist included (run `npm run codegen` when this fails)', async () => {
    const outputDir = mkdtempSync(join(tmpdir(), 'rongtong-gql-'))
    const previousDir = process.cwd()
    process.chdir(APP_ROOT)
    try {
      const outputs: GeneratedFile[] = await generate(buildCodegenConfig(`${outputDir}/`), false)
      const generated = new Map(outputs.map((output) => [basename(output.filename), output.content]))
      // The safelist is moved to shared/ (see codegen.ts), where the BFF reads it.
      const safelist = generated.get(PERSISTED_DOCUMENTS_FILE)
      generated.delete(PERSISTED_DOCUMENTS_FILE)
      expect(safelist).toBeDefined()
      expect({ file: 'shared/persisted-operations.json', content: readFileSync(SAFELIST_PATH, 'utf8') }).toEqual({
        file: 'shared/persisted-operations.json',
        content: safelist,
      })
      const committed = readdirSync(COMMITTED_DIR).filter((file) => !file.endsWith('.spec.ts'))
      expect(committed.sort()).toEqual([...generated.keys()].sort())
      for (const [file, content] of generated) {
        expect({ file, content: readFileSync(join(COMMITTED_DIR, file), 'utf8') }).toEqual({ file, content })
      }
    } finally {
      process.chdir(previousDir)
      rmSync(outputDir, { recursive: true, force: true })
    }
  })
})
