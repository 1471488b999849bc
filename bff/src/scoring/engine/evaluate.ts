import { subsetRows, countPositives, type Dataset } from './dataset';
import { foldRows, stratifiedFolds } from './folds';
import { sigmoid } from './gbdt';
import { auc, ks, logLoss } from './metrics';
import type { ModelKind } from './model';
import { train, type TrainOptionsInput } from './train';

export interface FoldResult {
  readonly fold: number;
  readonly trainRows: number;
  readonly testRows: number;
  readonly testPositives: number;
  readonly auc: number;
  readonly ks: number;
  readonly logLoss: number;
  readonly fitSeconds: number;
  /** Batch scoring speed on the fold's test rows (repeated until at least 50 ms were measured). */
  readonly predictRowsPerSecond: number;
  readonly model: ModelKind;
  readonly rounds: number;
}

export interface CrossValidation {
  readonly rows: number;
  readonly positives: number;
  readonly folds: readonly FoldResult[];
  /** Means over the folds. */
  readonly auc: number;
  readonly ks: number;
  readonly logLoss: number;
  readonly fitSecondsPerFold: number;
  readonly predictRowsPerSecond: number;
  /** The kind most folds kept (gbdt on a tie). */
  readonly model: ModelKind;
  /** The fold of every row (the same split can be handed to other libraries). */
  readonly assignment: Uint8Array;
  /** Out-of-fold probability of every row. */
  readonly probabilities: Float64Array;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Stratified k-fold cross-validation of the engine with the given options (its defaults when none): each fold is
 * scored by a model trained on the other folds only, so nothing of the test fold reaches training.
 */
export function crossValidate(
  dataset: Dataset,
  folds: number,
  seed: number,
  options: TrainOptionsInput = {},
  onFold?: (result: FoldResult) => void,
): CrossValidation {
  const positives = countPositives(dataset.y);
  if (positives < folds || dataset.y.length - positives < folds) {
    throw new RangeError(`${folds} folds need at least ${folds} rows of each class`);
  }
  const assignment = stratifiedFolds(dataset.y, folds, seed);
  const probabilities = new Float64Array(dataset.y.length);
  const results: FoldResult[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const { inFold, outOfFold } = foldRows(assignment, fold);
    const trainSet = subsetRows(dataset, outOfFold);
    const testSet = subsetRows(dataset, inFold);
    const started = performance.now();
    const { model, report } = train(trainSet, { seed, ...options });
    const fitSeconds = (performance.now() - started) / 1000;
    let margins = model.marginBatch(testSet.x);
    let scored = 0;
    const predictStarted = performance.now();
    do {
      margins = model.marginBatch(testSet.x);
      scored += testSet.x.rows;
    } while (performance.now() - predictStarted < 50);
    const predictSeconds = (performance.now() - predictStarted) / 1000;
    const foldProbabilities = margins.map(sigmoid);
    inFold.forEach((row, i) => (probabilities[row] = foldProbabilities[i]));
    const result: FoldResult = {
      fold: fold + 1,
      trainRows: trainSet.y.length,
      testRows: testSet.y.length,
      testPositives: countPositives(testSet.y),
      auc: auc(testSet.y, foldProbabilities),
      ks: ks(testSet.y, foldProbabilities),
      logLoss: logLoss(testSet.y, foldProbabilities),
      fitSeconds,
      predictRowsPerSecond: scored / predictSeconds,
      model: report.model,
      rounds: report.rounds,
    };
    results.push(result);
    onFold?.(result);
  }
  const fusionFolds = results.filter((result) => result.model === 'fusion').length;
  return {
    rows: dataset.y.length,
    positives,
    folds: results,
    auc: mean(results.map((result) => result.auc)),
    ks: mean(results.map((result) => result.ks)),
    logLoss: mean(results.map((result) => result.logLoss)),
    fitSecondsPerFold: mean(results.map((result) => result.fitSeconds)),
    predictRowsPerSecond: mean(results.map((result) => result.predictRowsPerSecond)),
    model: fusionFolds * 2 > results.length ? 'fusion' : 'gbdt',
    assignment,
    probabilities,
  };
}
