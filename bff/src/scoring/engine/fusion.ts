import { sigmoid } from './gbdt';
import { minimizeLbfgs } from './lbfgs';
import { logLossFromMargin } from './logistic';

/**
 * The fusion's logistic regression (He et al. 2014) over cross-fitted leaf encodings. Every training row is
 * encoded by the leaves it reaches in the trees of the fold model that did NOT train on it, one indicator per leaf;
 * the regression learns one weight per leaf (so each fold model's leaves are learned only from rows it never saw)
 * plus weights on the linear terms (the dimension scores, or standardised raw features).
 *
 * The L2 penalty pulls each leaf weight towards the leaf's boosted (calibrated) value rather than towards 0: with a
 * very large penalty the fusion is exactly the boosted model, with a small one the leaves are re-estimated freely
 * on unseen rows. With `fitLeaves` false the leaves stay at their boosted values (an infinite penalty) and only the
 * intercept and the linear weights are fitted. Parameters are laid out [intercept, leaf weights…, linear weights…]
 * (no leaf weights when the leaves stay).
 */
export interface FusionDesign {
  readonly rows: number;
  /** Trees per fold model (equal after early stopping cuts them all at the same round). */
  readonly trees: number;
  /** Row i, tree t: the index (into leafPrior) of the leaf the row reaches, at i × trees + t. */
  readonly leafIndex: Int32Array;
  /** A fixed margin per row: the calibrated base margin of the fold model encoding it. */
  readonly base: Float64Array;
  /** Linear term values, row-major, `width` per row. */
  readonly dense: Float64Array;
  readonly width: number;
  /** The boosted (calibrated) value of every leaf of every fold model, the centre of its penalty. */
  readonly leafPrior: Float64Array;
}

export interface FusionPenalty {
  /** Penalty on leaf weights; Infinity keeps them at their boosted values. */
  readonly leaf: number;
  readonly linear: number;
}

export interface FusionFit {
  readonly intercept: number;
  /** One weight per leaf (the prior when the leaves stayed). */
  readonly leafWeights: Float64Array;
  readonly linearWeights: Float64Array;
}

/** Margin of row i under the fit. */
export function fusionMargin(design: FusionDesign, fit: FusionFit, row: number): number {
  const { trees, leafIndex, dense, width } = design;
  let margin = fit.intercept + design.base[row];
  const leafFrom = row * trees;
  for (let t = 0; t < trees; t += 1) margin += fit.leafWeights[leafIndex[leafFrom + t]];
  const denseFrom = row * width;
  for (let j = 0; j < width; j += 1) margin += fit.linearWeights[j] * dense[denseFrom + j];
  return margin;
}

/** Fits the fusion on the given rows, from `start` (the boosted model when omitted). */
export function fitFusion(
  design: FusionDesign,
  y: Uint8Array,
  rows: Int32Array,
  penalty: FusionPenalty,
  start?: FusionFit,
  maxIterations = 200,
): FusionFit {
  const { trees, leafIndex, dense, width, leafPrior } = design;
  const fitLeaves = Number.isFinite(penalty.leaf);
  const leafCount = fitLeaves ? leafPrior.length : 0;
  const linearStart = 1 + leafCount;
  // With the leaves fixed, their sum is part of a fixed offset per row.
  const offset = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k];
    let sum = design.base[row];
    if (!fitLeaves) for (let t = 0; t < trees; t += 1) sum += leafPrior[leafIndex[row * trees + t]];
    offset[k] = sum;
  }
  const objective = (params: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k];
      let margin = params[0] + offset[k];
      const leafFrom = row * trees;
      if (fitLeaves) for (let t = 0; t < trees; t += 1) margin += params[1 + leafIndex[leafFrom + t]];
      const denseFrom = row * width;
      for (let j = 0; j < width; j += 1) margin += params[linearStart + j] * dense[denseFrom + j];
      loss += logLossFromMargin(margin, y[row]);
      const residual = sigmoid(margin) - y[row];
      gradient[0] += residual;
      if (fitLeaves) for (let t = 0; t < trees; t += 1) gradient[1 + leafIndex[leafFrom + t]] += residual;
      for (let j = 0; j < width; j += 1) gradient[linearStart + j] += residual * dense[denseFrom + j];
    }
    for (let p = 0; p < leafCount; p += 1) {
      const deviation = params[1 + p] - leafPrior[p];
      loss += 0.5 * penalty.leaf * deviation * deviation;
      gradient[1 + p] += penalty.leaf * deviation;
    }
    for (let j = 0; j < width; j += 1) {
      const w = params[linearStart + j];
      loss += 0.5 * penalty.linear * w * w;
      gradient[linearStart + j] += penalty.linear * w;
    }
    return loss;
  };
  const initial = new Float64Array(linearStart + width);
  initial[0] = start?.intercept ?? 0;
  if (fitLeaves) initial.set(start?.leafWeights ?? leafPrior, 1);
  if (start) initial.set(start.linearWeights, linearStart);
  const { x } = minimizeLbfgs(objective, initial, { maxIterations, gradientTolerance: 1e-6, relativeTolerance: 1e-10 });
  return {
    intercept: x[0],
    leafWeights: fitLeaves ? x.slice(1, linearStart) : leafPrior,
    linearWeights: x.slice(linearStart),
  };
}

/** The mean of two fits (a warm start for the fit on all rows). */
export function averageFits(a: FusionFit, b: FusionFit): FusionFit {
  const mean = (u: Float64Array, v: Float64Array) => u.map((value, i) => (value + v[i]) / 2);
  return { intercept: (a.intercept + b.intercept) / 2, leafWeights: mean(a.leafWeights, b.leafWeights), linearWeights: mean(a.linearWeights, b.linearWeights) };
}
