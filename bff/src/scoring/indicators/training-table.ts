import { CREDIT_DIMENSIONS } from '@rongtong/shared';
import type { RawColumn, RawTable } from '../engine/data-file';
import type { TrainingSetRow } from './training-row';
import { dimensionColumn, indicatorFeatureRow, indicatorsFromTrainingRow, INDICATOR_FEATURE_COLUMNS } from './vector';

/** The outcome column of the synthetic training set: 1 when the enterprise defaults within 12 months. */
export const TRAINING_TARGET_COLUMN = 'default_12m';

/** Feature columns holding categories (a region code looks like a number but is not one). */
export const INDICATOR_CATEGORICAL_COLUMNS: readonly string[] = ['industrySection', 'regionCode'];

/** The five dimension-score columns, the fusion's linear inputs (`FusionOptions.dimensionFeatures`). */
export const DIMENSION_FEATURE_COLUMNS: readonly string[] = CREDIT_DIMENSIONS.map((dimension) => dimensionColumn(dimension));

/**
 * The engine's training table from rows of the synthetic training set: the indicator vector of each row (the same
 * definition live scoring uses) in `INDICATOR_FEATURE_COLUMNS` order, then the outcome. Numbers are written in full
 * (JavaScript's shortest round-trip form, so they read back to the same doubles), NaN and null as missing. Prepare
 * it with `categorical: INDICATOR_CATEGORICAL_COLUMNS` and `target: TRAINING_TARGET_COLUMN`.
 */
export function indicatorTrainingTable(rows: readonly TrainingSetRow[]): RawTable {
  const columns = [...INDICATOR_FEATURE_COLUMNS, TRAINING_TARGET_COLUMN];
  const cells: (string | null)[][] = columns.map(() => new Array<string | null>(rows.length));
  rows.forEach((row, index) => {
    const values = [...indicatorFeatureRow(indicatorsFromTrainingRow(row)), row[TRAINING_TARGET_COLUMN] ?? null];
    values.forEach((value, column) => {
      cells[column][index] = value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) ? null : String(value);
    });
  });
  return {
    format: 'csv',
    columns: columns.map((name, index): RawColumn => ({ name, declared: 'undeclared', cells: cells[index] })),
    rows: rows.length,
    lines: rows.map((_, index) => index + 2),
  };
}
