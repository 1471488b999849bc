// The dependency rule catches what it is for (`npm run test:deps`, run by `npm test` right after `npm run lint:deps`):
// each rule of .dependency-cruiser.cjs on a small fixture tree, and a deliberately wrong import in a temporary copy of
// the real tree through the command npm runs. The real tree is never modified.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, SOURCES, checkDependencyRule, passes } from './check.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHECK = join(REPO_ROOT, 'scripts/dependency-rule/check.mjs');
const RESOLUTION = 'scripts/dependency-rule/tsconfig.json';
const temporary = [];

after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fresh tree with the real config and module resolution, and the given files. */
function treeWith(files) {
  const root = mkdtempSync(join(tmpdir(), 'rongtong-dependency-rule-'));
  temporary.push(root);
  for (const file of [CONFIG_FILE, RESOLUTION]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(REPO_ROOT, file), join(root, file));
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Files that keep every rule: a module used through its public surface, infra, the app, shared and mock-server. */
const CLEAN = {
  'shared/src/index.ts': "export const ROLE = 'x';\n",
  'bff/src/infra/clock/clock.ts': "export const now = (): Date => new Date();\n",
  'bff/src/scoring/engine/dataset.ts': "import { createHash } from 'node:crypto';\nimport { ROLE } from '@rongtong/shared';\nexport const digest = () => createHash('sha256').update(ROLE).digest('hex');\n",
  'bff/src/modules/alpha/alpha.entity.ts': 'export class AlphaEntity { id = ""; }\n',
  'bff/src/modules/alpha/alpha.repository.ts': "import { AlphaEntity } from './alpha.entity';\nexport const find = (): AlphaEntity => new AlphaEntity();\n",
  'bff/src/modules/alpha/alpha-rules.ts': 'export const LIMIT = 3;\n',
  'bff/src/modules/alpha/alpha.service.ts':
    "import { now } from '../../infra/clock/clock';\nimport { find } from './alpha.repository';\nimport { LIMIT } from './alpha-rules';\nexport const alpha = () => ({ row: find(), LIMIT, at: now() });\n",
  'bff/src/modules/alpha/models/alpha.model.ts': 'export class AlphaModel { id = ""; }\n',
  'bff/src/modules/alpha/alpha.module.ts': "export { alpha } from './alpha.service';\n",
  'bff/src/modules/beta/beta.service.ts':
    "import { ROLE } from '@rongtong/shared';\nimport { alpha } from '../alpha/alpha.service';\nimport { AlphaModel } from '../alpha/models/alpha.model';\nexport const beta = () => [alpha(), new AlphaModel(), ROLE];\n",
  'miniapp/src/api/client.ts': "import { ROLE } from '@rongtong/shared';\nexport const client = { ROLE };\n",
  'miniapp/src/auth/session.ts': "import { client } from '@/api/client';\nexport const session = { client };\n",
  'miniapp/src/pages/home.tsx': "import { session } from '@/auth/session';\nexport const Home = () => session;\n",
  'mock-server/src/main.ts': "import { ROLE } from '@rongtong/shared';\nexport const main = ROLE;\n",
};

const WRONG = {
  // module-tables-are-their-own: another module's entity (as a value and as a type) and repository
  'bff/src/modules/beta/beta-reader.ts':
    "import { AlphaEntity } from '../alpha/alpha.entity';\nimport { find } from '../alpha/alpha.repository';\nexport const read = () => [new AlphaEntity(), find()];\n",
  'bff/src/modules/beta/beta-types.ts': "import type { AlphaEntity } from '../alpha/alpha.entity';\nexport type Row = AlphaEntity;\n",
  // module-public-surface: another module's internal helper
  'bff/src/modules/beta/beta-rules.ts': "import { LIMIT } from '../alpha/alpha-rules';\nexport const BETA_LIMIT = LIMIT;\n",
  // infra-knows-no-domain
  'bff/src/infra/clock/domain-clock.ts': "import { alpha } from '../../modules/alpha/alpha.service';\nexport const tick = alpha;\n",
  // scoring-engine-stands-alone
  'bff/src/scoring/engine/model.ts': "import { alpha } from '../../modules/alpha/alpha.service';\nexport const model = alpha;\n",
  // no-circular, in the BFF (type-only) and in the app
  'bff/src/modules/beta/left.ts': "import type { Right } from './right';\nexport interface Left { right?: Right }\n",
  'bff/src/modules/beta/right.ts': "import type { Left } from './left';\nexport interface Right { left?: Left }\n",
  'miniapp/src/utils/ping.ts': "import { pong } from '@/utils/pong';\nexport const ping = () => pong;\n",
  'miniapp/src/utils/pong.ts': "import { ping } from './ping';\nexport const pong = () => ping;\n",
  // app-api-without-auth
  'miniapp/src/api/token.ts': "import { session } from '@/auth/session';\nexport const token = session;\n",
  // app-stays-in-the-app
  'miniapp/src/pages/admin.tsx': "import { alpha } from '../../../bff/src/modules/alpha/alpha.service';\nexport const Admin = alpha;\n",
  // shared-imports-no-workspace
  'shared/src/leak.ts': "import { main } from '../../mock-server/src/main';\nexport const leak = main;\n",
  // services-apart
  'mock-server/src/cheat.ts': "import { beta } from '../../bff/src/modules/beta/beta.service';\nexport const cheat = beta;\n",
};

const pairs = (result) => result.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);

describe('the dependency rule', () => {
  test('passes a tree that keeps it, with 0 cycles', async () => {
    const result = await checkDependencyRule({ root: treeWith(CLEAN) });
    assert.deepEqual(pairs(result), []);
    assert.equal(result.cycles.length, 0);
    assert.deepEqual(result.cyclesPerSource, Object.fromEntries(SOURCES.map((source) => [source, 0])));
    assert.ok(result.files >= Object.keys(CLEAN).length, `cruised ${result.files} files`);
    // Any exception of the config names files this tree lacks: stale, which fails the check unless allowed (the
    // config has none today, so the clean tree passes outright).
    assert.deepEqual(result.staleExceptions, result.exceptions);
    assert.equal(passes(result), result.exceptions.length === 0);
    assert.equal(passes(result, { allowStaleExceptions: true }), true);
  });

  test('reports each kind of wrong import, and each cycle once', async () => {
    const result = await checkDependencyRule({ root: treeWith({ ...CLEAN, ...WRONG }) });
    const found = pairs(result);
    for (const expected of [
      'module-tables-are-their-own: bff/src/modules/beta/beta-reader.ts → bff/src/modules/alpha/alpha.entity.ts',
      'module-tables-are-their-own: bff/src/modules/beta/beta-reader.ts → bff/src/modules/alpha/alpha.repository.ts',
      'module-tables-are-their-own: bff/src/modules/beta/beta-types.ts → bff/src/modules/alpha/alpha.entity.ts',
      'module-public-surface: bff/src/modules/beta/beta-rules.ts → bff/src/modules/alpha/alpha-rules.ts',
      'infra-knows-no-domain: bff/src/infra/clock/domain-clock.ts → bff/src/modules/alpha/alpha.service.ts',
      'scoring-engine-stands-alone: bff/src/scoring/engine/model.ts → bff/src/modules/alpha/alpha.service.ts',
      'app-api-without-auth: miniapp/src/api/token.ts → miniapp/src/auth/session.ts',
      'app-stays-in-the-app: miniapp/src/pages/admin.tsx → bff/src/modules/alpha/alpha.service.ts',
      'shared-imports-no-workspace: shared/src/leak.ts → mock-server/src/main.ts',
      'services-apart: mock-server/src/cheat.ts → bff/src/modules/beta/beta.service.ts',
    ]) {
      assert.ok(found.includes(expected), `expected "${expected}" among:\n${found.join('\n')}`);
    }
    // The public surface of alpha stays allowed even beside the wrong imports.
    assert.ok(!found.some((line) => line.startsWith('module-') && line.includes('bff/src/modules/beta/beta.service.ts →')), found.join('\n'));
    assert.deepEqual(
      result.cycles.map((files) => [...files].sort()),
      [
        ['bff/src/modules/beta/left.ts', 'bff/src/modules/beta/right.ts'],
        ['miniapp/src/utils/ping.ts', 'miniapp/src/utils/pong.ts'],
      ],
    );
    assert.equal(result.cyclesPerSource['bff/src'], 1);
    assert.equal(result.cyclesPerSource['miniapp/src'], 1);
  });

  test('a deliberately wrong import in a copy of the real tree makes `npm run lint:deps` fail', () => {
    const root = mkdtempSync(join(tmpdir(), 'rongtong-dependency-rule-copy-'));
    temporary.push(root);
    for (const path of [...SOURCES, CONFIG_FILE, RESOLUTION]) cpSync(join(REPO_ROOT, path), join(root, path), { recursive: true });
    for (const modules of ['node_modules', 'bff/node_modules', 'miniapp/node_modules', 'mock-server/node_modules', 'shared/node_modules']) {
      if (existsSync(join(REPO_ROOT, modules))) symlinkSync(join(REPO_ROOT, modules), join(root, modules), 'dir');
    }
    writeFileSync(
      join(root, 'bff/src/modules/content/deliberately-wrong.ts'),
      "import { ProductEntity } from '../products/product.entity';\nexport const wrong = ProductEntity;\n",
    );
    writeFileSync(join(root, 'miniapp/src/api/deliberately-wrong.ts'), "import * as session from '@/auth/session';\nexport const wrong = session;\n");

    const run = spawnSync(process.execPath, [CHECK, '--root', root], { encoding: 'utf8' });
    process.stdout.write(run.stdout.split('\n').map((line) => `    ${line}`).join('\n'));
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /✘ module-tables-are-their-own \(\d+\)/);
    assert.ok(run.stdout.includes('bff/src/modules/content/deliberately-wrong.ts → bff/src/modules/products/product.entity.ts'), run.stdout);
    assert.match(run.stdout, /✘ app-api-without-auth \(\d+\)/);
    assert.ok(run.stdout.includes('miniapp/src/api/deliberately-wrong.ts → miniapp/src/auth/session.ts'), run.stdout);
    assert.match(run.stdout, /未通过/);
  });
});
