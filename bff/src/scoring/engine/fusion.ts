import { minimizeLbfgs } from './lbfgs';

/**
 * The fusion's logistic regression (He et al. 2014) over cross-fitted leaf encodings. Each training row is
 * encoded, tree by tree, by the leaf it reaches in the fold model that did NOT train on it, the leaf standing for
 * its fitted value (a target encoding of the leaf: see README "The fusion, and why leaf values"); the leaves of a
 * stage of consecutive rounds are summed. The regression learns one weight per stage (how much of those rounds to
 * keep) plus weights on the linear terms (the five dimension scores, or standardised raw features), and an intercept.
 *
 * The penalty pulls each stage weight towards 1 and each linear weight towards 0, so a very large penalty gives the
 * boosted model back exactly and a smaller one lets the regression re-weigh the stages and add linear effects the
 * trees approximate poorly. A tree penalty of Infinity keeps every stage weight at 1.
 */
export interface FusionDesign {
  readonly rows: number;
  /** Stages of consecutive rounds. */
  readonly trees: number;
  /**
   * Row i, stage t: the (calibrated) sum of the values of the leaves the row reaches in the stage's trees, at
   * i × trees + t. Single precision, like `dense`: the fit streams through both many times.
   */
  readonly treeValues: Float32Array;
  /** A fixed margin per row: the calibrated base margin of the fold model encoding it. */
  readonly base: Float64Array;
  /** Linear term values, row-major, `width` per row. */
  readonly dense: Float32Array;
  readonly width: number;
}

export interface FusionPenalty {
  /** Penalty on the stage weights' distance from 1; Infinity keeps them at 1. */
  readonly tree: number;
  readonly linear: number;
}

export interface FusionFit {
  readonly intercept: number;
  readonly treeWeights: Float64Array;
  readonly linearWeights: Float64Array;
}

/** The fit that is the boosted model itself. */
export function boostedFit(design: FusionDesign): FusionFit {
  return { intercept: 0, treeWeights: new Float64Array(design.trees).fill(1), linearWeights: new Float64Array(design.width) };
}

/** Margin of row i under the fit. */
export function fusionMargin(design: FusionDesign, fit: FusionFit, row: number): number {
  const { trees, treeValues, dense, width } = design;
  let margin = fit.intercept + design.base[row];
  const treeFrom = row * trees;
  for (let t = 0; t < trees; t += 1) margin += fit.treeWeights[t] * treeValues[treeFrom + t];
  const denseFrom = row * width;
  for (let j = 0; j < width; j += 1) margin += fit.linearWeights[j] * dense[denseFrom + j];
  return margin;
}

/** Fits the fusion on the given rows by L-BFGS, from `start` (the boosted model when omitted). */
export function fitFusion(
  design: FusionDesign,
  y: Uint8Array,
  rows: Int32Array,
  penalty: FusionPenalty,
  start: FusionFit = boostedFit(design),
  maxIterations = 80,
): FusionFit {
  const { trees, treeValues, dense, width } = design;
  const fitTrees = Number.isFinite(penalty.tree);
  const treeCount = fitTrees ? trees : 0;
  const linearStart = 1 + treeCount;
  // With the tree weights fixed at 1, the trees' sum is part of a fixed offset per row.
  const offset = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k];
    let sum = design.base[row];
    if (!fitTrees) for (let t = 0; t < trees; t += 1) sum += treeValues[row * trees + t];
    offset[k] = sum;
  }
  // The weights and their gradients in arrays of their own, so the row loop indexes from 0.
  const treeWeights = new Float64Array(treeCount);
  const linearWeights = new Float64Array(width);
  const treeGradient = new Float64Array(treeCount);
  const linearGradient = new Float64Array(width);
  const objective = (params: Float64Array, gradient: Float64Array): number => {
    const intercept = params[0];
    for (let t = 0; t < treeCount; t += 1) treeWeights[t] = params[1 + t];
    for (let j = 0; j < width; j += 1) linearWeights[j] = params[linearStart + j];
    treeGradient.fill(0);
    linearGradient.fill(0);
    let interceptGradient = 0;
    let loss = 0;
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k];
      const treeFrom = row * trees;
      const denseFrom = row * width;
      let margin = intercept + offset[k];
      for (let t = 0; t < treeCount; t += 1) margin += treeWeights[t] * treeValues[treeFrom + t];
      for (let j = 0; j < width; j += 1) margin += linearWeights[j] * dense[denseFrom + j];
      // log(1 + e^m) − y·m and σ(m) from one exponential.
      const label = y[row];
      const e = Math.exp(-Math.abs(margin));
      const p = margin >= 0 ? 1 / (1 + e) : e / (1 + e);
      loss += Math.log1p(e) + (margin > 0 ? margin : 0) - label * margin;
      const residual = p - label;
      interceptGradient += residual;
      for (let t = 0; t < treeCount; t += 1) treeGradient[t] += residual * treeValues[treeFrom + t];
      for (let j = 0; j < width; j += 1) linearGradient[j] += residual * dense[denseFrom + j];
    }
    gradient[0] = interceptGradient;
    for (let t = 0; t < treeCount; t += 1) {
      const deviation = treeWeights[t] - 1;
      loss += 0.5 * penalty.tree * deviation * deviation;
      gradient[1 + t] = treeGradient[t] + penalty.tree * deviation;
    }
    for (let j = 0; j < width; j += 1) {
      const w = linearWeights[j];
      loss += 0.5 * penalty.linear * w * w;
      gradient[linearStart + j] = linearGradient[j] + penalty.linear * w;
    }
    return loss;
  };
  const initial = new Float64Array(linearStart + width);
  initial[0] = start.intercept;
  if (fitTrees) initial.set(start.treeWeights, 1);
  initial.set(start.linearWeights, linearStart);
  const { x } = minimizeLbfgs(objective, initial, { maxIterations, gradientTolerance: 1e-6, relativeTolerance: 1e-9 });
  return {
    intercept: x[0],
    treeWeights: fitTrees ? x.slice(1, linearStart) : new Float64Array(trees).fill(1),
    linearWeights: x.slice(linearStart),
  };
}

/** The mean of two fits (a warm start for the fit on all rows). */
export function averageFits(a: FusionFit, b: FusionFit): FusionFit {
  const mean = (u: Float64Array, v: Float64Array) => u.map((value, i) => (value + v[i]) / 2);
  return {
    intercept: (a.intercept + b.intercept) / 2,
    treeWeights: mean(a.treeWeights, b.treeWeights),
    linearWeights: mean(a.linearWeights, b.linearWeights),
  };
}
