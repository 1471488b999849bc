// npm run bench:scoring (and the scoring part of npm run bench) — DESIGN §11, the scoring rows: the engine
// (bff/src/scoring/engine, compiled) against Debian's python3-xgboost (hist) and scikit-learn's
// HistGradientBoostingClassifier on the same stratified 5-fold split (seed 42), on credit-g (when
// ../shared/data/credit-g.arff or --data exists: skipped with a message otherwise) and on a generated 10,000 × 64
// credit-like set: AUC, KS, training seconds per fold, batch inference rows per second; then one-row scoring
// latency in-process (record → score, grade and reason codes), p50 / p99. Writes bench/results/scoring.json.
// With python3-xgboost or python3-sklearn missing it says so, installs nothing and measures the engine alone.
//
//   node bench/scoring.mjs [--data <csv|arff> --target <column> [--positive <value>]] [--folds 5] [--seed 42]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const BFF_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = join(BFF_DIR, '..');
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
const ENGINE = join(BFF_DIR, 'dist', 'src', 'scoring', 'engine');
if (!existsSync(join(ENGINE, 'train.js'))) {
  process.stderr.write('引擎尚未编译: 先运行 npx tsc -b bff/tsconfig.scoring.json（npm run bench:scoring 会自动编译）\n');
  process.exit(1);
}
const { parseTable } = require(join(ENGINE, 'data-file.js'));
const { prepareDataset } = require(join(ENGINE, 'prepare.js'));
const { crossValidate } = require(join(ENGINE, 'evaluate.js'));
const { stratifiedFolds, foldRows } = require(join(ENGINE, 'folds.js'));
const { auc, ks } = require(join(ENGINE, 'metrics.js'));
const { train, DEFAULT_TRAIN_OPTIONS } = require(join(ENGINE, 'train.js'));
const { encodeRecord } = require(join(ENGINE, 'model.js'));
const { syntheticProblem } = require(join(ENGINE, 'synthetic-data.js'));

/** The generated set: 10,000 rows, 64 features (4 categorical), 5 % positives, values missing at random and not. */
const generated = () => syntheticProblem({ rows: 10_000, features: 64, categorical: 4, positiveRate: 0.05, missingRate: 0.1, seed: 2026 });

const TARGETS = { aucBelowXgboost: 0.005, trainingTimeRatio: 2, inferenceRowsPerSecond: 200_000, oneScoreP99Ms: 2 };

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}
const FOLDS = Number(option('--folds', '5'));
const SEED = Number(option('--seed', '42'));

function datasets() {
  const list = [];
  const file = option('--data', join(REPO_ROOT, '..', 'shared', 'data', 'credit-g.arff'));
  const explicit = process.argv.includes('--data');
  if (existsSync(file)) {
    const target = option('--target', explicit ? undefined : 'class');
    if (!target) throw new Error('--data needs --target');
    const positive = option('--positive', explicit ? undefined : 'bad');
    const prepared = prepareDataset(parseTable(readFileSync(file, 'utf8'), file), { target, positive });
    list.push({ name: file.split('/').pop(), dataset: prepared.dataset, generated: false });
  } else {
    process.stdout.write(`跳过真实数据集: 找不到 ${file}（可用 --data <文件> --target <列> 指定）\n`);
  }
  list.push({ name: 'generated 10,000 × 64', dataset: generated(), generated: true });
  return list;
}

/** The first python3 that imports xgboost and sklearn: PATH's, then Debian's own. */
function findPython() {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import xgboost, sklearn; print(xgboost.__version__, sklearn.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, versions: probe.stdout.trim() };
  }
  return null;
}

function yardsticks(python, dataset, assignment) {
  const dir = mkdtempSync(join(tmpdir(), 'rt-bench-scoring-'));
  try {
    const lines = [[...dataset.features.map((feature) => feature.name.replace(/,/g, '_')), 'label'].join(',')];
    for (let i = 0; i < dataset.y.length; i += 1) {
      const cells = [];
      for (let j = 0; j < dataset.features.length; j += 1) {
        const value = dataset.x.get(i, j);
        cells.push(Number.isNaN(value) ? '' : String(value));
      }
      cells.push(String(dataset.y[i]));
      lines.push(cells.join(','));
    }
    writeFileSync(join(dir, 'data.csv'), `${lines.join('\n')}\n`);
    const { gbdt, maxRounds, earlyStoppingRounds } = DEFAULT_TRAIN_OPTIONS;
    writeFileSync(
      join(dir, 'spec.json'),
      JSON.stringify({
        data: join(dir, 'data.csv'),
        categorical: dataset.features.flatMap((feature, j) => (feature.kind === 'categorical' ? [j] : [])),
        folds: Array.from(assignment),
        // The XGBoost run with the engine's parameters stops early on an inner stratified fifth of its training rows.
        innerFolds: Array.from(stratifiedFolds(dataset.y, 5, SEED + 1)),
        seed: SEED,
        engineParams: { ...gbdt, maxRounds, earlyStoppingRounds },
      }),
    );
    const run = spawnSync(python, [join(BFF_DIR, 'bench', 'scoring_yardsticks.py'), join(dir, 'spec.json')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`python yardsticks failed: ${run.stderr.slice(-2000)}`);
    const output = JSON.parse(run.stdout);
    return Object.entries(output.models).map(([name, folds]) => {
      const perFold = folds.map((fold, k) => {
        const { inFold } = foldRows(assignment, k);
        const labels = Array.from(inFold, (row) => dataset.y[row]);
        return { auc: auc(labels, fold.probabilities), ks: ks(labels, fold.probabilities), fitSeconds: fold.fitSeconds, rowsPerSecond: inFold.length / fold.predictSeconds, rounds: fold.rounds };
      });
      return summarise(name, perFold);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

function summarise(name, perFold) {
  return {
    name,
    auc: mean(perFold.map((fold) => fold.auc)),
    ks: mean(perFold.map((fold) => fold.ks)),
    fitSecondsPerFold: mean(perFold.map((fold) => fold.fitSeconds)),
    predictRowsPerSecond: mean(perFold.map((fold) => fold.rowsPerSecond)),
    rounds: perFold.map((fold) => fold.rounds),
  };
}

/** One record at a time, as the BFF scores an enterprise: encode the named values, score, grade, top reasons. */
function oneScoreLatency(dataset) {
  const { model } = train(dataset, { seed: SEED });
  const records = [];
  for (let i = 0; i < Math.min(2000, dataset.y.length); i += 1) {
    const record = {};
    dataset.features.forEach((feature, j) => {
      const value = dataset.x.get(i, j);
      record[feature.name] = Number.isNaN(value) ? null : feature.kind === 'categorical' ? feature.categories[value] : value;
    });
    records.push(record);
  }
  const measure = (action, count) => {
    for (let i = 0; i < 2000; i += 1) action(records[i % records.length]);
    const times = [];
    for (let i = 0; i < count; i += 1) {
      const started = process.hrtime.bigint();
      action(records[i % records.length]);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { p50Ms: times[Math.floor(count * 0.5)], p99Ms: times[Math.floor(count * 0.99)] };
  };
  return {
    trees: model.treeCount,
    score: measure((record) => model.score(encodeRecord(model.features, record)), 20_000),
    scoreWithReasons: measure((record) => {
      const row = encodeRecord(model.features, record);
      return [model.score(row), model.reasonCodes(row, 4)];
    }, 5_000),
  };
}

function pad(text, width) {
  return String(text).padEnd(width);
}

const python = findPython();
if (!python) {
  process.stdout.write('未找到可用的 python3-xgboost / python3-sklearn（Debian: apt-get install python3-xgboost python3-sklearn）：本次只测本引擎，不安装任何东西。\n');
}
const results = [];
for (const { name, dataset, generated: isGenerated } of datasets()) {
  const assignment = stratifiedFolds(dataset.y, FOLDS, SEED);
  process.stdout.write(`${name}: ${dataset.y.length} 行，${dataset.features.length} 个特征，正类 ${dataset.y.reduce((s, v) => s + v, 0)} 行\n`);
  const cv = crossValidate(dataset, FOLDS, SEED);
  const engine = summarise('rongtong engine', cv.folds.map((fold) => ({ auc: fold.auc, ks: fold.ks, fitSeconds: fold.fitSeconds, rowsPerSecond: fold.predictRowsPerSecond, rounds: `${fold.rounds}${fold.model === 'fusion' ? 'f' : ''}` })));
  const others = python ? yardsticks(python.python, dataset, assignment) : [];
  results.push({ dataset: name, generated: isGenerated, rows: dataset.y.length, features: dataset.features.length, folds: FOLDS, seed: SEED, models: [engine, ...others] });
}
const latency = oneScoreLatency(generated());

process.stdout.write(`\n${pad('dataset', 24)}${pad('model', 26)}${pad('AUC', 9)}${pad('KS', 9)}${pad('fit s/fold', 12)}${pad('predict rows/s', 16)}rounds per fold\n`);
for (const result of results) {
  for (const model of result.models) {
    process.stdout.write(
      `${pad(result.dataset, 24)}${pad(model.name, 26)}${pad(model.auc.toFixed(4), 9)}${pad(model.ks.toFixed(4), 9)}${pad(model.fitSecondsPerFold.toFixed(3), 12)}${pad(Math.round(model.predictRowsPerSecond).toLocaleString('en-US'), 16)}${model.rounds.join(' ')}\n`,
    );
  }
}
const checks = [];
for (const result of results) {
  const engine = result.models[0];
  for (const reference of result.models.filter((model) => model.name.startsWith('xgboost'))) {
    checks.push({ dataset: result.dataset, check: `AUC ≥ ${reference.name} − ${TARGETS.aucBelowXgboost}`, value: engine.auc - reference.auc, ok: engine.auc >= reference.auc - TARGETS.aucBelowXgboost });
    // DESIGN §11 states the training-time target for the 10,000 × 64 set; on credit-g the ratio is shown, not judged.
    const ratio = engine.fitSecondsPerFold / reference.fitSecondsPerFold;
    if (result.generated) checks.push({ dataset: result.dataset, check: `training ≤ ${TARGETS.trainingTimeRatio} × ${reference.name}`, value: ratio, ok: ratio <= TARGETS.trainingTimeRatio });
    else process.stdout.write(`(${result.dataset}: training time ${ratio.toFixed(2)} × ${reference.name})\n`);
  }
  checks.push({ dataset: result.dataset, check: `inference ≥ ${TARGETS.inferenceRowsPerSecond.toLocaleString('en-US')} rows/s`, value: engine.predictRowsPerSecond, ok: engine.predictRowsPerSecond >= TARGETS.inferenceRowsPerSecond });
}
checks.push({ dataset: 'generated 10,000 × 64', check: `one score p99 ≤ ${TARGETS.oneScoreP99Ms} ms`, value: latency.score.p99Ms, ok: latency.score.p99Ms <= TARGETS.oneScoreP99Ms });
process.stdout.write(
  `\none score in-process (${latency.trees} trees): p50 ${latency.score.p50Ms.toFixed(3)} ms, p99 ${latency.score.p99Ms.toFixed(3)} ms; ` +
    `with four reason codes (TreeSHAP): p50 ${latency.scoreWithReasons.p50Ms.toFixed(3)} ms, p99 ${latency.scoreWithReasons.p99Ms.toFixed(3)} ms\n\n`,
);
for (const check of checks) {
  const value = Math.abs(check.value) < 10 ? check.value.toFixed(4) : Math.round(check.value).toLocaleString('en-US');
  process.stdout.write(`${check.ok ? '✔' : '✘'} ${check.dataset}: ${check.check} (${value})\n`);
}
mkdirSync(RESULTS_DIR, { recursive: true });
const file = join(RESULTS_DIR, 'scoring.json');
writeFileSync(
  file,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), python: python?.versions ?? null, targets: TARGETS, engineDefaults: DEFAULT_TRAIN_OPTIONS, results, latency, checks }, null, 2)}\n`,
);
process.stdout.write(`wrote ${file}\n`);
