import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelFromArtifact } from '../engine/artifact';
import { datasetToCsv, syntheticProblem } from '../engine/synthetic-data';
import { parseModelArgs, UsageError } from './model-args';
import { runModelCli } from './model-cli';

function run(argv: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runModelCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { status, stdout, stderr };
}

describe('model CLI', () => {
  let dir: string;
  let csv: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rt-model-cli-'));
    const dataset = syntheticProblem({ rows: 600, features: 5, categorical: 1, positiveRate: 0.15, seed: 3 });
    // A constant column and an all-missing one ride along: dropped with a warning.
    const lines = datasetToCsv(dataset).trimEnd().split('\n');
    csv = [`${lines[0]},constant,empty`, ...lines.slice(1).map((line) => `${line},7,`)].join('\n') + '\n';
    writeFileSync(join(dir, 'train.csv'), csv);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('train writes a versioned artifact with the data hash, relative paths taken from the caller', () => {
    const result = run(['train', '--data', 'train.csv', '--target', 'default', '--out', 'model.json'], dir);
    expect(result.stderr).toMatch(/列 "constant" 只有一个取值 "7"，已忽略/);
    expect(result.stderr).toMatch(/列 "empty" 全部缺失，已忽略/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/折外指标: AUC 0\.\d{4}/);
    const artifact = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
    expect(artifact.trainingData.sha256).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(artifact.droppedColumns).toEqual([
      { column: 'constant', reason: 'constant' },
      { column: 'empty', reason: 'all-missing' },
    ]);
    expect(['gbdt', 'fusion']).toContain(artifact.model);
    expect(modelFromArtifact(artifact).features).toHaveLength(5);
  });

  it('evaluate --json prints exactly one JSON line with the named keys', () => {
    const result = run(['evaluate', '--data', join(dir, 'train.csv'), '--target', 'default', '--positive', '1', '--folds', '3', '--seed', '42', '--json'], dir);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]);
    expect(Object.keys(summary)).toEqual(['rows', 'positives', 'folds', 'auc', 'ks', 'logLoss', 'fitSecondsPerFold', 'predictRowsPerSecond', 'model']);
    expect(summary).toMatchObject({ rows: 600, folds: 3 });
    expect(summary.auc).toBeGreaterThan(0.5);
    expect(['gbdt', 'fusion']).toContain(summary.model);
  });

  it('evaluate prints a table per fold', () => {
    const result = run(['evaluate', '--data', 'train.csv', '--target', 'default', '--folds', '2'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/折\s+训练行\s+测试行\s+正类\s+AUC/);
    expect(result.stdout).toMatch(/\n均值 /);
  });

  it('bad data: exit status 1 and a message naming what is wrong', () => {
    const missingTarget = run(['evaluate', '--data', 'train.csv', '--target', 'defaulted', '--folds', '5', '--seed', '42'], dir);
    expect(missingTarget.status).toBe(1);
    expect(missingTarget.stderr).toMatch(/目标列 "defaulted" 不存在/);
    writeFileSync(join(dir, 'one-class.csv'), 'a,y\n1,0\n2,0\n3,0\n');
    expect(run(['train', '--data', 'one-class.csv', '--target', 'y'], dir).stderr).toMatch(/只有一个取值/);
    const junk = csv.split('\n');
    junk[20] = junk[20].replace(/^[^,]*/, 'n/a!');
    writeFileSync(join(dir, 'junk.csv'), junk.join('\n'));
    const junkRun = run(['train', '--data', 'junk.csv', '--target', 'default'], dir);
    expect(junkRun.status).toBe(1);
    expect(junkRun.stderr).toMatch(/第 21 行，列 "x0" 的值 "n\/a!" 不是数字/);
    expect(run(['train', '--data', 'nowhere.csv', '--target', 'y'], dir).stderr).toMatch(/无法读取数据文件 nowhere.csv: ENOENT/);
  });

  it('bad arguments: exit status 2 and the usage', () => {
    const result = run(['evaluate', '--data', 'train.csv'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/缺少 --target/);
    expect(result.stderr).toMatch(/用法/);
  });
});

describe('model CLI arguments', () => {
  it('reads values, flags, lists and defaults', () => {
    expect(parseModelArgs(['evaluate', '--data', 'a.csv', '--target=y', '--json', '--ignore', 'id, date', '--folds', '10'])).toMatchObject({
      command: 'evaluate',
      data: 'a.csv',
      target: 'y',
      json: true,
      ignore: ['id', 'date'],
      folds: 10,
      seed: 42,
    });
  });

  it.each([
    [['fit', '--data', 'a'], /未知的命令/],
    [['train', '--data', 'a', '--target', 'y', '--json'], /只用于 evaluate/],
    [['evaluate', '--data', 'a', '--target', 'y', '--out', 'm.json'], /只用于 train/],
    [['evaluate', '--data', 'a', '--target', 'y', '--folds', '1'], /2–20/],
    [['evaluate', '--data', 'a', '--target', 'y', '--seed', '-3'], /缺少取值|整数/],
    [['train', '--data', 'a', '--target', 'y', '--bogus'], /未知的选项/],
    [['train', '--data', '--target', 'y'], /--data 缺少取值/],
    [['train', '--data', 'a', '--data', 'b', '--target', 'y'], /只能给一次/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseModelArgs(argv)).toThrow(UsageError);
    expect(() => parseModelArgs(argv)).toThrow(message);
  });
});
