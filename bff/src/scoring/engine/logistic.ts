import type { Matrix } from './dataset';
import { sigmoid } from './gbdt';
import { minimizeLbfgs } from './lbfgs';

/** L2-penalised logistic regression: minimise Σ log-loss + λ/2 ‖w‖² (the intercept is not penalised). */
export interface LogisticOptions {
  readonly lambda: number;
  readonly fitIntercept?: boolean;
  readonly maxIterations?: number;
  /** Stop when the largest Newton step on a coefficient is below this. */
  readonly tolerance?: number;
  /** A fixed margin added to every row (e.g. another model's output). */
  readonly offset?: Float64Array;
}

export interface LogisticFit {
  readonly intercept: number;
  readonly weights: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Log-loss of one row from its margin, computed without overflow. */
export function logLossFromMargin(margin: number, label: number): number {
  // −[y log σ(m) + (1−y) log(1−σ(m))] = log(1 + e^m) − y·m
  const softplus = margin > 0 ? margin + Math.log1p(Math.exp(-margin)) : Math.log1p(Math.exp(margin));
  return softplus - label * margin;
}

/** Penalised log-loss and its gradient at (intercept, weights); the layout is [intercept, w0, w1, …]. */
function objective(x: Matrix, y: ArrayLike<number>, lambda: number, fitIntercept: boolean, offset: Float64Array | undefined) {
  const { rows, columns, data } = x;
  const margin = new Float64Array(rows);
  return (params: Float64Array, gradient: Float64Array): number => {
    margin.fill(fitIntercept ? params[0] : 0);
    if (offset) for (let i = 0; i < rows; i += 1) margin[i] += offset[i];
    for (let j = 0; j < columns; j += 1) {
      const w = params[j + 1];
      if (w === 0) continue;
      const from = j * rows;
      for (let i = 0; i < rows; i += 1) margin[i] += w * data[from + i];
    }
    let loss = 0;
    gradient.fill(0);
    for (let i = 0; i < rows; i += 1) {
      loss += logLossFromMargin(margin[i], y[i]);
      margin[i] = sigmoid(margin[i]) - y[i];
      if (fitIntercept) gradient[0] += margin[i];
    }
    for (let j = 0; j < columns; j += 1) {
      const from = j * rows;
      let sum = 0;
      for (let i = 0; i < rows; i += 1) sum += margin[i] * data[from + i];
      const w = params[j + 1];
      gradient[j + 1] = sum + lambda * w;
      loss += 0.5 * lambda * w * w;
    }
    return loss;
  };
}

/**
 * Newton's method (iteratively reweighted least squares) with a Cholesky solve of the p+1 square system per
 * iteration and step halving when the penalised loss does not fall: for up to a few hundred columns.
 */
export function fitLogisticNewton(x: Matrix, y: ArrayLike<number>, options: LogisticOptions): LogisticFit {
  const fitIntercept = options.fitIntercept ?? true;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-10;
  const { rows, columns, data } = x;
  const size = columns + 1;
  const params = new Float64Array(size);
  const evaluate = objective(x, y, options.lambda, fitIntercept, options.offset);
  const gradient = new Float64Array(size);
  let loss = evaluate(params, gradient);
  const margin = new Float64Array(rows);
  const weight = new Float64Array(rows);
  const hessian = new Float64Array(size * size);
  const trial = new Float64Array(size);
  const trialGradient = new Float64Array(size);
  let iterations = 0;
  let converged = false;
  // Column 0 is the constant 1 of the intercept.
  const cell = (j: number, i: number): number => (j === 0 ? 1 : data[(j - 1) * rows + i]);
  while (iterations < maxIterations) {
    iterations += 1;
    for (let i = 0; i < rows; i += 1) {
      let m = (fitIntercept ? params[0] : 0) + (options.offset ? options.offset[i] : 0);
      for (let j = 0; j < columns; j += 1) m += params[j + 1] * data[j * rows + i];
      margin[i] = m;
      const p = sigmoid(m);
      weight[i] = p * (1 - p);
    }
    hessian.fill(0);
    for (let a = 0; a < size; a += 1) {
      for (let b = a; b < size; b += 1) {
        let sum = 0;
        for (let i = 0; i < rows; i += 1) sum += weight[i] * cell(a, i) * cell(b, i);
        hessian[a * size + b] = sum;
        hessian[b * size + a] = sum;
      }
      if (a > 0) hessian[a * size + a] += options.lambda;
    }
    if (!fitIntercept) {
      for (let b = 0; b < size; b += 1) hessian[b] = hessian[b * size] = 0;
      hessian[0] = 1;
      gradient[0] = 0;
    }
    const step = solveSymmetric(hessian, gradient, size);
    let scale = 1;
    let accepted = false;
    for (let attempt = 0; attempt < 30; attempt += 1) {
      for (let j = 0; j < size; j += 1) trial[j] = params[j] - scale * step[j];
      const trialLoss = evaluate(trial, trialGradient);
      if (trialLoss <= loss + 1e-12 * Math.max(1, Math.abs(loss))) {
        params.set(trial);
        gradient.set(trialGradient);
        loss = trialLoss;
        accepted = true;
        break;
      }
      scale /= 2;
    }
    let largest = 0;
    for (let j = 0; j < size; j += 1) largest = Math.max(largest, Math.abs(scale * step[j]));
    if (!accepted || largest < tolerance) {
      converged = true;
      break;
    }
  }
  return { intercept: params[0], weights: params.slice(1), iterations, converged };
}

/** The same problem by L-BFGS: for many columns, where the Newton system would be too large. */
export function fitLogisticLbfgs(x: Matrix, y: ArrayLike<number>, options: LogisticOptions): LogisticFit {
  const fitIntercept = options.fitIntercept ?? true;
  const result = minimizeLbfgs(objective(x, y, options.lambda, fitIntercept, options.offset), new Float64Array(x.columns + 1), {
    maxIterations: options.maxIterations ?? 500,
    gradientTolerance: options.tolerance ?? 1e-9,
    relativeTolerance: 0,
  });
  return { intercept: result.x[0], weights: result.x.slice(1), iterations: result.iterations, converged: result.converged };
}

/**
 * Solves A·x = b for a symmetric positive (semi-)definite A by Cholesky, adding a little to the diagonal when a
 * pivot is not positive (a column that is constant or a copy of another).
 */
export function solveSymmetric(a: Float64Array, b: Float64Array, size: number): Float64Array {
  let jitter = 0;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const lower = new Float64Array(size * size);
    let ok = true;
    for (let i = 0; i < size && ok; i += 1) {
      for (let j = 0; j <= i; j += 1) {
        let sum = a[i * size + j] + (i === j ? jitter : 0);
        for (let k = 0; k < j; k += 1) sum -= lower[i * size + k] * lower[j * size + k];
        if (i === j) {
          if (!(sum > 0)) {
            ok = false;
            break;
          }
          lower[i * size + i] = Math.sqrt(sum);
        } else lower[i * size + j] = sum / lower[j * size + j];
      }
    }
    if (ok) {
      const z = new Float64Array(size);
      for (let i = 0; i < size; i += 1) {
        let sum = b[i];
        for (let k = 0; k < i; k += 1) sum -= lower[i * size + k] * z[k];
        z[i] = sum / lower[i * size + i];
      }
      const x = new Float64Array(size);
      for (let i = size - 1; i >= 0; i -= 1) {
        let sum = z[i];
        for (let k = i + 1; k < size; k += 1) sum -= lower[k * size + i] * x[k];
        x[i] = sum / lower[i * size + i];
      }
      return x;
    }
    let diagonal = 0;
    for (let i = 0; i < size; i += 1) diagonal = Math.max(diagonal, Math.abs(a[i * size + i]));
    jitter = jitter === 0 ? Math.max(diagonal, 1) * 1e-10 : jitter * 100;
  }
  throw new Error('the Newton system could not be solved');
}
