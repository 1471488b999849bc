import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSdl, SCHEMA_FILE_HEADER } from './schema-sdl';
import { findRepoRoot } from './infra/config/repo-root';

/** `npm run schema -w @rongtong/bff`: writes the SDL the app generates its typed documents from. */
async function main(): Promise<void> {
  const file = join(findRepoRoot(), 'shared', 'schema.graphql');
  writeFileSync(file, `${SCHEMA_FILE_HEADER}${await buildSdl()}`);
  process.stdout.write(`wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
