import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { buildArtifact } from '../engine/artifact';
import { parseTable, DataFileError } from '../engine/data-file';
import { crossValidate, type CrossValidation } from '../engine/evaluate';
import { prepareDataset, type PreparedData } from '../engine/prepare';
import { train, TrainingError, type TrainOptionsInput } from '../engine/train';
import { parseModelArgs, USAGE, UsageError, type ModelArgs } from './model-args';

/** Where the CLI writes and reads; the tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The directory relative paths are taken from (npm runs scripts from the package root: INIT_CWD is the caller's). */
  readonly cwd: string;
}

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

const format = (value: number, digits = 4) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

function pathFrom(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

interface LoadedData {
  readonly prepared: PreparedData;
  readonly sha256: string;
  readonly file: string;
}

function load(args: ModelArgs, io: CliIo): LoadedData {
  const file = pathFrom(io.cwd, args.data);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new DataFileError(`无法读取数据文件 ${args.data}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const table = parseTable(bytes.toString('utf8'), file);
  const prepared = prepareDataset(table, { target: args.target, positive: args.positive, categorical: args.categorical, ignore: args.ignore });
  for (const warning of prepared.warnings) io.stderr(`注意: ${warning}\n`);
  if (prepared.target.positiveChosen) io.stderr(`注意: 未给 --positive，以 "${prepared.target.positive}" 作为正类（违约）\n`);
  return { prepared, sha256: createHash('sha256').update(bytes).digest('hex'), file };
}

function trainOptions(args: ModelArgs): TrainOptionsInput {
  return { seed: args.seed, fusion: { dimensionFeatures: args.dimensions } };
}

function describe(data: LoadedData): string {
  const { dataset, target } = data.prepared;
  const positives = dataset.y.reduce((sum, label) => sum + label, 0);
  return `数据: ${basename(data.file)}（${thousands(dataset.y.length)} 行，正类 "${target.positive}" ${thousands(positives)} 行，特征 ${dataset.features.length} 个）\n`;
}

function runTrain(args: ModelArgs, io: CliIo): void {
  const data = load(args, io);
  io.stdout(describe(data));
  const result = train(data.prepared.dataset, trainOptions(args));
  const artifact = buildArtifact(result, {
    target: { column: data.prepared.target.column, positive: data.prepared.target.positive },
    droppedColumns: data.prepared.dropped,
    trainingData: { sha256: data.sha256, rows: result.report.rows, positives: result.report.positives, file: basename(data.file) },
  });
  const out = args.out ? pathFrom(io.cwd, args.out) : join(io.cwd, `${basename(data.file, extname(data.file))}.model.json`);
  writeFileSync(out, `${JSON.stringify(artifact)}\n`);
  const { report } = result;
  const v = report.validation;
  const fusion = report.candidates.fusion;
  io.stdout(
    [
      `模型: ${report.model === 'fusion' ? 'fusion（GBDT 叶子编码 + 逻辑回归）' : 'gbdt（梯度提升树）'}，${report.folds} 个交叉拟合子模型 × ${report.rounds} 棵树`,
      `候选（训练数据内的折外验证）: gbdt AUC ${format(report.candidates.gbdt.auc)}` +
        (fusion ? `，fusion AUC ${format(fusion.auc)}` : '，fusion 未参与'),
      `折外指标: AUC ${format(v.auc)}  KS ${format(v.ks)}  Gini ${format(v.gini)}  LogLoss ${format(v.logLoss)}  Brier ${format(v.brier)}`,
      `训练用时 ${format(report.seconds, 2)} 秒；数据 SHA-256 ${data.sha256}`,
      `模型文件: ${out}`,
      '',
    ].join('\n'),
  );
}

function evaluationTable(cv: CrossValidation): string {
  const header = ['折', '训练行', '测试行', '正类', 'AUC', 'KS', 'LogLoss', '训练秒', '预测行/秒', '模型', '轮数'];
  const rows = cv.folds.map((fold) => [
    String(fold.fold),
    thousands(fold.trainRows),
    thousands(fold.testRows),
    thousands(fold.testPositives),
    format(fold.auc),
    format(fold.ks),
    format(fold.logLoss),
    format(fold.fitSeconds, 2),
    thousands(fold.predictRowsPerSecond),
    fold.model,
    String(fold.rounds),
  ]);
  rows.push(['均值', '', '', '', format(cv.auc), format(cv.ks), format(cv.logLoss), format(cv.fitSecondsPerFold, 2), thousands(cv.predictRowsPerSecond), cv.model, '']);
  const widths = header.map((title, c) => Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[c]))));
  const line = (cells: string[]) => cells.map((cell, c) => cell + ' '.repeat(widths[c] - displayWidth(cell))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** Columns of a CJK character are two wide in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}

function runEvaluate(args: ModelArgs, io: CliIo): void {
  const data = load(args, io);
  const { dataset } = data.prepared;
  if (!args.json) io.stdout(describe(data));
  const cv = crossValidate(dataset, args.folds, args.seed, trainOptions(args), (fold) => {
    if (!args.json) io.stderr(`第 ${fold.fold}/${args.folds} 折完成\n`);
  });
  if (args.json) {
    const round = (value: number, digits: number) => Number(value.toFixed(digits));
    io.stdout(
      `${JSON.stringify({
        rows: cv.rows,
        positives: cv.positives,
        folds: args.folds,
        auc: round(cv.auc, 6),
        ks: round(cv.ks, 6),
        logLoss: round(cv.logLoss, 6),
        fitSecondsPerFold: round(cv.fitSecondsPerFold, 3),
        predictRowsPerSecond: Math.round(cv.predictRowsPerSecond),
        model: cv.model,
      })}\n`,
    );
    return;
  }
  io.stdout(evaluationTable(cv));
}

/** Runs one command; returns the exit status (0 done, 1 bad data or training failure, 2 bad arguments). */
export function runModelCli(argv: readonly string[], io: CliIo): number {
  let args: ModelArgs;
  try {
    args = parseModelArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`错误: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  try {
    if (args.command === 'train') runTrain(args, io);
    else runEvaluate(args, io);
    return 0;
  } catch (error) {
    if (error instanceof DataFileError || error instanceof TrainingError || error instanceof RangeError) {
      io.stderr(`错误: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
}

if (require.main === module) {
  process.exitCode = runModelCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
}
