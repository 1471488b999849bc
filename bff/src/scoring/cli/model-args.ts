/** Command-line arguments of `npm run model:train` and `npm run model:evaluate`. */

export type ModelCommand = 'train' | 'evaluate';

export interface ModelArgs {
  readonly command: ModelCommand;
  readonly data: string;
  readonly target: string;
  readonly positive?: string;
  readonly out?: string;
  readonly folds: number;
  readonly seed: number;
  readonly json: boolean;
  readonly categorical: readonly string[];
  readonly ignore: readonly string[];
  readonly dimensions: readonly string[];
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `用法:
  npm run model:train -- --data <文件> --target <列名> [--positive <取值>] [--out <模型.json>]
  npm run model:evaluate -- --data <文件> --target <列名> [--positive <取值>] --folds 5 --seed 42 [--json]

选项:
  --data <文件>          训练数据，CSV（逗号、分号或制表符分隔，首行为列名）或 ARFF
  --target <列名>        结果列（是否违约）
  --positive <取值>      结果列中表示违约（正类）的取值；省略时：0/1 列取 1，两种取值取较少的一种
  --out <文件>           模型文件（train，默认 <数据文件名>.model.json）
  --folds <k>            交叉验证折数（evaluate，2–20，默认 5）
  --seed <n>             随机种子（默认 42）
  --json                 evaluate 只输出一行 JSON
  --categorical <列,…>   按分类变量读取的列（即使取值是数字）
  --ignore <列,…>        不使用的列（如编号、日期）
  --dimensions <列,…>    五维度得分列：融合模型的线性部分只用这些列
`;

const VALUE_OPTIONS = new Set(['--data', '--target', '--positive', '--out', '--folds', '--seed', '--categorical', '--ignore', '--dimensions']);
const FLAG_OPTIONS = new Set(['--json']);

function list(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(',').map((item) => item.trim()).filter((item) => item !== '');
}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new UsageError(`${name} 必须是 ${min}–${max} 之间的整数`);
  return number;
}

export function parseModelArgs(argv: readonly string[]): ModelArgs {
  const [command, ...rest] = argv;
  if (command !== 'train' && command !== 'evaluate') throw new UsageError(`未知的命令 "${command ?? ''}"（应为 train 或 evaluate）`);
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (FLAG_OPTIONS.has(name)) {
      if (inline !== undefined) throw new UsageError(`${name} 不带取值`);
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? rest[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} 缺少取值`);
      if (values.has(name)) throw new UsageError(`${name} 只能给一次`);
      values.set(name, value);
      if (inline === undefined) i += 1;
    } else throw new UsageError(`未知的选项 "${arg}"`);
  }
  const data = values.get('--data');
  const target = values.get('--target');
  if (!data) throw new UsageError('缺少 --data');
  if (!target) throw new UsageError('缺少 --target');
  if (command === 'train' && (values.has('--folds') || flags.has('--json'))) throw new UsageError('--folds 和 --json 只用于 evaluate');
  if (command === 'evaluate' && values.has('--out')) throw new UsageError('--out 只用于 train');
  return {
    command,
    data,
    target,
    positive: values.get('--positive'),
    out: values.get('--out'),
    folds: integer('--folds', values.get('--folds'), 5, 2, 20),
    seed: integer('--seed', values.get('--seed'), 42, 0, 2 ** 32 - 1),
    json: flags.has('--json'),
    categorical: list(values.get('--categorical')),
    ignore: list(values.get('--ignore')),
    dimensions: list(values.get('--dimensions')),
  };
}
