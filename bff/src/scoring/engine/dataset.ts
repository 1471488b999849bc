/**
 * The engine's data: a dense column-major matrix of float64 values, NaN for a missing value, a categorical
 * feature holding its category code (0, 1, … into `FeatureSpec.categories`).
 */

export type FeatureKind = 'numeric' | 'categorical';

export interface NumericFeature {
  readonly name: string;
  readonly kind: 'numeric';
}

export interface CategoricalFeature {
  readonly name: string;
  readonly kind: 'categorical';
  /** The category of each code: code i is `categories[i]`. */
  readonly categories: readonly string[];
}

export type FeatureSpec = NumericFeature | CategoricalFeature;

/** `rows × columns` values stored column by column: the value of row i, column j is `data[j * rows + i]`. */
export class Matrix {
  readonly data: Float64Array;

  constructor(
    readonly rows: number,
    readonly columns: number,
    data?: Float64Array,
  ) {
    if (data && data.length !== rows * columns) throw new RangeError(`matrix data has ${data.length} values, not ${rows} × ${columns}`);
    this.data = data ?? new Float64Array(rows * columns);
  }

  get(row: number, column: number): number {
    return this.data[column * this.rows + row];
  }

  set(row: number, column: number, value: number): void {
    this.data[column * this.rows + row] = value;
  }

  /** A view (no copy) of one column. */
  column(column: number): Float64Array {
    return this.data.subarray(column * this.rows, (column + 1) * this.rows);
  }

  /** A new matrix of the given rows, in that order. */
  selectRows(rows: ArrayLike<number>): Matrix {
    const out = new Matrix(rows.length, this.columns);
    for (let j = 0; j < this.columns; j += 1) {
      const source = this.column(j);
      const target = out.column(j);
      for (let i = 0; i < rows.length; i += 1) target[i] = source[rows[i]];
    }
    return out;
  }

  /** One row as a dense array (row-major access for single-row scoring). */
  row(row: number, out: Float64Array = new Float64Array(this.columns)): Float64Array {
    for (let j = 0; j < this.columns; j += 1) out[j] = this.data[j * this.rows + row];
    return out;
  }

  /** Builds a matrix from rows of values. */
  static fromRows(rows: readonly (readonly number[])[], columns = rows[0]?.length ?? 0): Matrix {
    const matrix = new Matrix(rows.length, columns);
    rows.forEach((values, i) => {
      if (values.length !== columns) throw new RangeError(`row ${i} has ${values.length} values, not ${columns}`);
      values.forEach((value, j) => matrix.set(i, j, value));
    });
    return matrix;
  }
}

/** A labelled training or evaluation set: features and a binary outcome (1 = the positive class, e.g. default). */
export interface Dataset {
  readonly features: readonly FeatureSpec[];
  readonly x: Matrix;
  readonly y: Uint8Array;
}

/** The same features and labels for a subset of the rows. */
export function subsetRows(dataset: Dataset, rows: ArrayLike<number>): Dataset {
  const y = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) y[i] = dataset.y[rows[i]];
  return { features: dataset.features, x: dataset.x.selectRows(rows), y };
}

export function countPositives(y: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < y.length; i += 1) positives += y[i] === 1 ? 1 : 0;
  return positives;
}
