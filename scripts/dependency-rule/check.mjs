// `npm run lint:deps`: the dependency rule (.dependency-cruiser.cjs) over the sources of the four workspaces. Prints
// the import cycles per workspace (the count, 0 on a clean tree), every violation grouped by rule with the rule's
// reason, and the exceptions of the config that no longer match any import. Exit 0 when clean, 1 on a violation or a
// stale exception, 2 when the check itself could not run.
//
//   node scripts/dependency-rule/check.mjs [--root <dir>] [--allow-stale-exceptions]
//
// --root checks another copy of the tree (its own .dependency-cruiser.cjs); the test of the rule uses it on a
// temporary copy with a wrong import, so the real tree is never modified.
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCES = ['bff/src', 'miniapp/src', 'shared/src', 'mock-server/src'];
export const CONFIG_FILE = '.dependency-cruiser.cjs';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One cycle once, whichever of its files it is entered from: rotated to start at its smallest path. */
function cycleKey(paths) {
  const start = paths.indexOf([...paths].sort()[0]);
  return [...paths.slice(start), ...paths.slice(0, start)].join(' → ');
}

function workspaceOf(path) {
  return SOURCES.find((source) => path.startsWith(`${source}/`)) ?? path.split('/')[0];
}

/**
 * Runs the rule over `sources` of `root`. Returns the counts, the distinct cycles, the violations (cycles included)
 * and the exceptions of the config that match no import.
 */
export async function checkDependencyRule({ root = REPO_ROOT, sources = SOURCES } = {}) {
  const configFile = join(root, CONFIG_FILE);
  const options = await extractDepcruiseOptions(configFile);
  const tsConfig = extractTSConfig(options.tsConfig.fileName);
  const { output } = await cruise(sources, { ...options, baseDir: root }, {}, { tsConfig });
  const exceptions = createRequire(import.meta.url)(configFile).exceptions ?? [];

  const cycles = new Map();
  for (const violation of output.summary.violations) {
    if (!violation.cycle) continue;
    const paths = [violation.from, ...violation.cycle.map((step) => step.name)];
    const files = paths[0] === paths[paths.length - 1] ? paths.slice(0, -1) : paths;
    cycles.set(cycleKey(files), files);
  }
  const cyclesPerSource = Object.fromEntries(sources.map((source) => [source, 0]));
  for (const files of cycles.values()) {
    const source = workspaceOf(files[0]);
    cyclesPerSource[source] = (cyclesPerSource[source] ?? 0) + 1;
  }

  const ownFiles = output.modules.filter((module) => sources.some((source) => module.source.startsWith(`${source}/`)));
  const imports = ownFiles.flatMap((module) => module.dependencies.map((dependency) => ({ from: module.source, dependency })));
  const staleExceptions = exceptions.filter(({ from, to }) => {
    const [fromPattern, toPattern] = [new RegExp(from), new RegExp(to)];
    return !imports.some(({ from: source, dependency }) => fromPattern.test(source) && toPattern.test(dependency.resolved));
  });

  return {
    files: ownFiles.length,
    imports: imports.length,
    cycles: [...cycles.values()],
    cyclesPerSource,
    violations: output.summary.violations.filter((violation) => violation.rule.severity === 'error'),
    exceptions,
    staleExceptions,
    // The first rule of a name is the rule itself; copies made for its exceptions follow it.
    comments: new Map(options.ruleSet.forbidden.toReversed().map((rule) => [rule.name, rule.comment])),
  };
}

/** The report as lines of text (Chinese for people, rule names and paths as they are in the config). */
export function describe(result, { allowStaleExceptions = false } = {}) {
  const lines = [];
  const perSource = Object.entries(result.cyclesPerSource).map(([source, count]) => `${source} ${count}`).join(', ');
  lines.push(`${CONFIG_FILE}: ${result.files} 个源文件, ${result.imports} 条导入`);
  lines.push(`循环导入: ${result.cycles.length} 个 (${perSource})`);
  for (const files of result.cycles) lines.push(`  ↻ ${[...files, files[0]].join(' → ')}`);
  const byRule = new Map();
  for (const violation of result.violations) {
    const list = byRule.get(violation.rule.name) ?? [];
    list.push(violation);
    byRule.set(violation.rule.name, list);
  }
  lines.push(`违反: ${result.violations.length} 处`);
  for (const [rule, violations] of byRule) {
    lines.push(`  ✘ ${rule} (${violations.length}): ${result.comments.get(rule) ?? ''}`);
    for (const violation of violations) {
      const path = violation.cycle ? [violation.from, ...violation.cycle.map((step) => step.name)].join(' → ') : `${violation.from} → ${violation.to}`;
      lines.push(`      ${path}`);
    }
  }
  lines.push(`例外: ${result.exceptions.length} 条 (${CONFIG_FILE} 的 EXCEPTIONS, 每条附理由)`);
  if (result.staleExceptions.length > 0) {
    lines.push(`${allowStaleExceptions ? '未用到的例外' : '✘ 过时的例外 (已没有这样的导入, 请从 EXCEPTIONS 删除)'}: ${result.staleExceptions.length} 条`);
    for (const exception of result.staleExceptions) lines.push(`      ${exception.from} → ${exception.to} (${exception.reason})`);
  }
  return lines;
}

export function passes(result, { allowStaleExceptions = false } = {}) {
  return result.violations.length === 0 && (allowStaleExceptions || result.staleExceptions.length === 0);
}

async function main(argv) {
  const rootIndex = argv.indexOf('--root');
  const root = rootIndex >= 0 ? resolve(argv[rootIndex + 1]) : REPO_ROOT;
  const allowStaleExceptions = argv.includes('--allow-stale-exceptions');
  const started = Date.now();
  const result = await checkDependencyRule({ root });
  for (const line of describe(result, { allowStaleExceptions })) process.stdout.write(`[依赖规则] ${line}\n`);
  const ok = passes(result, { allowStaleExceptions });
  process.stdout.write(`[依赖规则] ${ok ? '通过' : '未通过'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`[依赖规则] 无法运行: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
