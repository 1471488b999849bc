import { Matrix, type Dataset, type FeatureSpec } from './dataset';
import { DataFileError, type RawColumn, type RawTable } from './data-file';

export interface PrepareOptions {
  /** The outcome column. */
  readonly target: string;
  /** The target value that marks a positive (default, bankruptcy); see `choosePositive` when absent. */
  readonly positive?: string;
  /** Columns to read as categories even when their values are numbers. */
  readonly categorical?: readonly string[];
  /** Columns to leave out. */
  readonly ignore?: readonly string[];
}

export interface DroppedColumn {
  readonly column: string;
  readonly reason: 'constant' | 'all-missing' | 'identifier' | 'date' | 'ignored';
}

export interface PreparedData {
  readonly dataset: Dataset;
  readonly target: { readonly column: string; readonly positive: string; readonly positiveChosen: boolean };
  readonly dropped: readonly DroppedColumn[];
  /** Notes for the person running the CLI (Chinese). */
  readonly warnings: readonly string[];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text: string): number {
  return NUMBER.test(text) ? Number(text) : Number.NaN;
}

/** A text column whose distinct values exceed this share of the rows (and 50) reads as an identifier. */
const IDENTIFIER_SHARE = 0.5;

/** A column whose present cells are numbers in at least this share is meant to be numeric: another value is junk. */
const NUMERIC_SHARE = 0.9;

function sameValue(cell: string, wanted: string): boolean {
  if (cell === wanted) return true;
  const a = parseNumber(cell);
  const b = parseNumber(wanted);
  return a === a && b === b && a === b;
}

/**
 * The positive class when none is given: 1 when the values are 0 and 1; otherwise the rarer of two values (defaults
 * and bankruptcies are the minority), ties broken by the later declared (ARFF) or sorted value. More than two values
 * need --positive.
 */
function choosePositive(column: RawColumn, values: Map<string, number>): string {
  const distinct = [...values.keys()];
  if (distinct.length === 2) {
    const numbers = distinct.map(parseNumber).sort((a, b) => a - b);
    if (numbers[0] === 0 && numbers[1] === 1) return distinct.find((value) => parseNumber(value) === 1) as string;
    const order = column.nominalValues ?? [...distinct].sort();
    const [a, b] = [...distinct].sort((x, y) => order.indexOf(x) - order.indexOf(y));
    const countA = values.get(a) as number;
    const countB = values.get(b) as number;
    return countA < countB ? a : b;
  }
  const listed = distinct.slice(0, 10).map((value) => `"${value}"`).join('、');
  throw new DataFileError(`目标列 "${column.name}" 有 ${distinct.length} 种取值（${listed}${distinct.length > 10 ? '…' : ''}），请用 --positive 指明哪个取值表示违约`);
}

/**
 * Turns a raw table into the engine's dataset: the target into 0/1, numeric columns into numbers (junk in a column
 * that is otherwise numeric is an error naming its line), text columns into categories; constant, all-missing and
 * identifier-like columns are dropped with a warning, rows without a target value too.
 */
export function prepareDataset(table: RawTable, options: PrepareOptions): PreparedData {
  const warnings: string[] = [];
  const dropped: DroppedColumn[] = [];
  const targetColumn = table.columns.find((column) => column.name === options.target);
  if (!targetColumn) {
    const similar = table.columns.find((column) => column.name.toLowerCase() === options.target.toLowerCase());
    const hint = similar ? `；是否是 "${similar.name}"？` : `；文件中的列: ${table.columns.map((column) => column.name).slice(0, 20).join(', ')}`;
    throw new DataFileError(`目标列 "${options.target}" 不存在${hint}`);
  }
  for (const name of [...(options.categorical ?? []), ...(options.ignore ?? [])]) {
    if (!table.columns.some((column) => column.name === name)) throw new DataFileError(`列 "${name}" 不存在`);
  }

  const keptRows: number[] = [];
  const values = new Map<string, number>();
  targetColumn.cells.forEach((cell, row) => {
    if (cell === null) return;
    keptRows.push(row);
    values.set(cell, (values.get(cell) ?? 0) + 1);
  });
  const missingTargets = table.rows - keptRows.length;
  if (missingTargets > 0) warnings.push(`目标列缺失的 ${missingTargets} 行已忽略`);
  if (keptRows.length === 0) throw new DataFileError(`目标列 "${targetColumn.name}" 全部缺失`);
  if (values.size === 1 && options.positive === undefined) {
    throw new DataFileError(`目标列 "${targetColumn.name}" 只有一个取值 "${[...values.keys()][0]}"，无法训练（需要违约和未违约两类）`);
  }
  let positive = options.positive;
  const positiveChosen = positive === undefined;
  if (positive === undefined) positive = choosePositive(targetColumn, values);
  const wanted = positive;
  const y = new Uint8Array(keptRows.length);
  let positives = 0;
  keptRows.forEach((row, i) => {
    y[i] = sameValue(targetColumn.cells[row] as string, wanted) ? 1 : 0;
    positives += y[i];
  });
  if (positives === 0) {
    const seen = [...values.keys()].slice(0, 10).map((value) => `"${value}"`).join('、');
    throw new DataFileError(`目标列 "${targetColumn.name}" 中没有取值为 "${wanted}" 的行（出现的取值: ${seen}）`);
  }
  if (positives === keptRows.length) throw new DataFileError(`目标列 "${targetColumn.name}" 的所有行都是 "${wanted}"，只有一类，无法训练`);

  const categorical = new Set(options.categorical ?? []);
  const ignore = new Set(options.ignore ?? []);
  const features: FeatureSpec[] = [];
  const columns: Float64Array[] = [];
  for (const column of table.columns) {
    if (column === targetColumn) continue;
    if (ignore.has(column.name)) {
      dropped.push({ column: column.name, reason: 'ignored' });
      continue;
    }
    if (column.declared === 'date') {
      dropped.push({ column: column.name, reason: 'date' });
      warnings.push(`列 "${column.name}" 是日期，已忽略`);
      continue;
    }
    const cells = keptRows.map((row) => column.cells[row]);
    const present = cells.filter((cell): cell is string => cell !== null);
    if (present.length === 0) {
      dropped.push({ column: column.name, reason: 'all-missing' });
      warnings.push(`列 "${column.name}" 全部缺失，已忽略`);
      continue;
    }
    const distinct = new Set(present);
    if (distinct.size === 1 && present.length === cells.length) {
      dropped.push({ column: column.name, reason: 'constant' });
      warnings.push(`列 "${column.name}" 只有一个取值 "${present[0]}"，已忽略`);
      continue;
    }
    const asCategories = categorical.has(column.name) || column.declared === 'nominal' || column.declared === 'string' || !isNumericColumn(column, cells, keptRows, table);
    if (asCategories) {
      if (distinct.size > Math.max(50, IDENTIFIER_SHARE * present.length) && !categorical.has(column.name)) {
        dropped.push({ column: column.name, reason: 'identifier' });
        warnings.push(`列 "${column.name}" 有 ${distinct.size} 种不同的文字取值，像是编号，已忽略（如确是分类变量，请用 --categorical 声明）`);
        continue;
      }
      const categories = [...(column.nominalValues ?? [])];
      const codes = new Map(categories.map((category, code) => [category, code]));
      const undeclared = new Set<string>();
      const data = new Float64Array(cells.length);
      cells.forEach((cell, i) => {
        if (cell === null) {
          data[i] = Number.NaN;
          return;
        }
        let code = codes.get(cell);
        if (code === undefined) {
          if (column.nominalValues) undeclared.add(cell);
          code = categories.length;
          categories.push(cell);
          codes.set(cell, code);
        }
        data[i] = code;
      });
      if (undeclared.size > 0) warnings.push(`列 "${column.name}" 有未声明的取值 ${[...undeclared].slice(0, 5).map((v) => `"${v}"`).join('、')}，按新类别处理`);
      features.push({ name: column.name, kind: 'categorical', categories });
      columns.push(data);
    } else {
      features.push({ name: column.name, kind: 'numeric' });
      columns.push(Float64Array.from(cells, (cell) => (cell === null ? Number.NaN : parseNumber(cell))));
    }
  }
  if (features.length === 0) throw new DataFileError('除目标列外没有可用的特征列');
  const x = new Matrix(keptRows.length, features.length);
  columns.forEach((data, j) => x.column(j).set(data));
  return { dataset: { features, x, y }, target: { column: targetColumn.name, positive: wanted, positiveChosen }, dropped, warnings };
}

/**
 * Numeric when every present cell is a number. When most (≥ 90 %) are, the others are junk: an error naming the
 * first such cell's line. A declared numeric (ARFF) column allows no junk at all.
 */
function isNumericColumn(column: RawColumn, cells: (string | null)[], keptRows: number[], table: RawTable): boolean {
  let numbers = 0;
  let present = 0;
  let firstJunk = -1;
  cells.forEach((cell, i) => {
    if (cell === null) return;
    present += 1;
    if (parseNumber(cell) === parseNumber(cell)) numbers += 1;
    else if (firstJunk < 0) firstJunk = i;
  });
  if (numbers === present) return true;
  if (column.declared === 'numeric' || numbers >= NUMERIC_SHARE * present) {
    const line = table.lines[keptRows[firstJunk]];
    throw new DataFileError(
      `第 ${line} 行，列 "${column.name}" 的值 "${cells[firstJunk]}" 不是数字（该列 ${present} 个值中 ${numbers} 个是数字）；` +
        '请修正该值，或用 --categorical 将该列声明为分类变量',
    );
  }
  return false;
}
