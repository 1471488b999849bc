/**
 * Limited-memory BFGS for smooth convex objectives: `objective(x, gradient)` returns f(x) and writes ∇f(x) into
 * `gradient`. Backtracking line search under the Armijo condition; a curvature pair is kept only when yᵀs > 0.
 */
export interface LbfgsOptions {
  readonly maxIterations: number;
  /** Stop when ‖∇f‖∞ ≤ gradientTolerance × max(1, |f|). */
  readonly gradientTolerance: number;
  /** Stop when the relative decrease of f over an iteration is below this. */
  readonly relativeTolerance: number;
  readonly memory: number;
}

export const DEFAULT_LBFGS: LbfgsOptions = { maxIterations: 200, gradientTolerance: 1e-7, relativeTolerance: 1e-10, memory: 10 };

export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i] * b[i];
  return sum;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i += 1) max = Math.max(max, Math.abs(a[i]));
  return max;
}

export function minimizeLbfgs(objective: Objective, start: Float64Array, options: Partial<LbfgsOptions> = {}): LbfgsResult {
  const { maxIterations, gradientTolerance, relativeTolerance, memory } = { ...DEFAULT_LBFGS, ...options };
  const size = start.length;
  const x = Float64Array.from(start);
  const gradient = new Float64Array(size);
  let value = objective(x, gradient);
  const sHistory: Float64Array[] = [];
  const yHistory: Float64Array[] = [];
  const rhoHistory: number[] = [];
  const direction = new Float64Array(size);
  const alpha = new Float64Array(memory);
  const trial = new Float64Array(size);
  const trialGradient = new Float64Array(size);
  const sStep = new Float64Array(size);
  const yStep = new Float64Array(size);
  let iterations = 0;
  let converged = maxAbs(gradient) <= gradientTolerance * Math.max(1, Math.abs(value));
  while (!converged && iterations < maxIterations) {
    iterations += 1;
    // Two-loop recursion: direction = −H∇f.
    for (let i = 0; i < size; i += 1) direction[i] = -gradient[i];
    for (let m = sHistory.length - 1; m >= 0; m -= 1) {
      alpha[m] = rhoHistory[m] * dot(sHistory[m], direction);
      const y = yHistory[m];
      for (let i = 0; i < size; i += 1) direction[i] -= alpha[m] * y[i];
    }
    if (sHistory.length > 0) {
      const last = sHistory.length - 1;
      const gamma = dot(sHistory[last], yHistory[last]) / dot(yHistory[last], yHistory[last]);
      for (let i = 0; i < size; i += 1) direction[i] *= gamma;
    } else {
      // First step: a unit-length step along the steepest descent.
      const norm = Math.sqrt(dot(direction, direction));
      if (norm > 0) for (let i = 0; i < size; i += 1) direction[i] /= Math.max(norm, 1);
    }
    for (let m = 0; m < sHistory.length; m += 1) {
      const beta = rhoHistory[m] * dot(yHistory[m], direction);
      const s = sHistory[m];
      for (let i = 0; i < size; i += 1) direction[i] += (alpha[m] - beta) * s[i];
    }
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      sHistory.length = 0;
      yHistory.length = 0;
      rhoHistory.length = 0;
      for (let i = 0; i < size; i += 1) direction[i] = -gradient[i];
      slope = dot(gradient, direction);
    }
    let step = 1;
    let trialValue = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      for (let i = 0; i < size; i += 1) trial[i] = x[i] + step * direction[i];
      trialValue = objective(trial, trialGradient);
      if (trialValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(trialValue <= value)) break;
    for (let i = 0; i < size; i += 1) {
      sStep[i] = trial[i] - x[i];
      yStep[i] = trialGradient[i] - gradient[i];
    }
    const curvature = dot(sStep, yStep);
    if (curvature > 1e-12) {
      // The oldest pair's arrays are reused once the memory is full.
      let s: Float64Array;
      let y: Float64Array;
      if (sHistory.length === memory) {
        s = sHistory.shift() as Float64Array;
        y = yHistory.shift() as Float64Array;
        rhoHistory.shift();
      } else {
        s = new Float64Array(size);
        y = new Float64Array(size);
      }
      s.set(sStep);
      y.set(yStep);
      sHistory.push(s);
      yHistory.push(y);
      rhoHistory.push(1 / curvature);
    }
    const decrease = value - trialValue;
    x.set(trial);
    gradient.set(trialGradient);
    value = trialValue;
    converged =
      maxAbs(gradient) <= gradientTolerance * Math.max(1, Math.abs(value)) ||
      decrease <= relativeTolerance * Math.max(1, Math.abs(value));
  }
  return { x, value, iterations, converged };
}
