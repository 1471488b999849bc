import { mulberry32 } from '@rongtong/shared';
import { Matrix } from './dataset';
import { minimizeLbfgs } from './lbfgs';
import { fitLogisticLbfgs, fitLogisticNewton, logLossFromMargin, solveSymmetric } from './logistic';

const logit = (p: number) => Math.log(p / (1 - p));

/** One binary feature: 40 of 100 positive where x = 0, 70 of 100 where x = 1. */
function twoByTwo(): { x: Matrix; y: Uint8Array } {
  const x = new Matrix(200, 1);
  const y = new Uint8Array(200);
  for (let i = 0; i < 200; i += 1) {
    const group = i < 100 ? 0 : 1;
    x.set(i, 0, group);
    y[i] = group === 0 ? (i < 40 ? 1 : 0) : i - 100 < 70 ? 1 : 0;
  }
  return { x, y };
}

describe('logistic regression', () => {
  it('Newton matches the closed form of an unpenalised 2 × 2 table', () => {
    const { x, y } = twoByTwo();
    const fit = fitLogisticNewton(x, y, { lambda: 0 });
    // The maximum-likelihood fit reproduces each group's rate: intercept logit(0.4), slope logit(0.7) − logit(0.4).
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(logit(0.4), 9);
    expect(fit.weights[0]).toBeCloseTo(logit(0.7) - logit(0.4), 9);
  });

  it('L-BFGS reaches the same closed form', () => {
    const { x, y } = twoByTwo();
    const fit = fitLogisticLbfgs(x, y, { lambda: 0 });
    expect(fit.intercept).toBeCloseTo(logit(0.4), 6);
    expect(fit.weights[0]).toBeCloseTo(logit(0.7) - logit(0.4), 6);
  });

  it('with an L2 penalty both solvers agree and the penalised gradient vanishes', () => {
    const random = mulberry32(7);
    const rows = 400;
    const x = new Matrix(rows, 5);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i += 1) {
      let margin = -1;
      for (let j = 0; j < 5; j += 1) {
        const value = random() * 2 - 1;
        x.set(i, j, value);
        margin += (j + 1) * 0.5 * value;
      }
      y[i] = random() < 1 / (1 + Math.exp(-margin)) ? 1 : 0;
    }
    const lambda = 3;
    const newton = fitLogisticNewton(x, y, { lambda });
    const lbfgs = fitLogisticLbfgs(x, y, { lambda });
    for (let j = 0; j < 5; j += 1) expect(lbfgs.weights[j]).toBeCloseTo(newton.weights[j], 5);
    expect(lbfgs.intercept).toBeCloseTo(newton.intercept, 5);
    // Stationarity: Σ (p − y) x_j + λ w_j = 0 and Σ (p − y) = 0.
    const residual = new Float64Array(rows);
    for (let i = 0; i < rows; i += 1) {
      let margin = newton.intercept;
      for (let j = 0; j < 5; j += 1) margin += newton.weights[j] * x.get(i, j);
      residual[i] = 1 / (1 + Math.exp(-margin)) - y[i];
    }
    expect(residual.reduce((sum, r) => sum + r, 0)).toBeCloseTo(0, 6);
    for (let j = 0; j < 5; j += 1) {
      let gradient = lambda * newton.weights[j];
      for (let i = 0; i < rows; i += 1) gradient += residual[i] * x.get(i, j);
      expect(gradient).toBeCloseTo(0, 6);
    }
  });

  it('an offset shifts the intercept and nothing else', () => {
    const { x, y } = twoByTwo();
    const fit = fitLogisticNewton(x, y, { lambda: 0, offset: new Float64Array(200).fill(0.5) });
    expect(fit.intercept).toBeCloseTo(logit(0.4) - 0.5, 8);
    expect(fit.weights[0]).toBeCloseTo(logit(0.7) - logit(0.4), 8);
  });

  it('survives a constant column (the Newton system gets a little ridge)', () => {
    const x = new Matrix(50, 2);
    const y = new Uint8Array(50);
    for (let i = 0; i < 50; i += 1) {
      x.set(i, 0, 1);
      x.set(i, 1, i % 5);
      y[i] = i % 5 > 2 ? 1 : i % 7 === 0 ? 1 : 0;
    }
    const fit = fitLogisticNewton(x, y, { lambda: 0 });
    expect(Number.isFinite(fit.intercept) && Number.isFinite(fit.weights[1])).toBe(true);
  });

  it('log-loss from a margin does not overflow', () => {
    expect(logLossFromMargin(800, 1)).toBeCloseTo(0, 12);
    expect(logLossFromMargin(800, 0)).toBeCloseTo(800, 9);
    expect(logLossFromMargin(-800, 1)).toBeCloseTo(800, 9);
    expect(logLossFromMargin(0, 1)).toBeCloseTo(Math.LN2, 12);
  });
});

describe('solvers', () => {
  it('Cholesky solves a symmetric positive definite system', () => {
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const solution = solveSymmetric(a, Float64Array.from([2, 3, 4]), 3);
    const back = [0, 1, 2].map((i) => a[i * 3] * solution[0] + a[i * 3 + 1] * solution[1] + a[i * 3 + 2] * solution[2]);
    back.forEach((value, i) => expect(value).toBeCloseTo([2, 3, 4][i], 12));
  });

  it('L-BFGS finds the minimum of an ill-conditioned quadratic', () => {
    const scales = [1, 10, 100, 1000];
    const result = minimizeLbfgs((x, gradient) => {
      let value = 0;
      scales.forEach((scale, i) => {
        const d = x[i] - (i + 1);
        value += 0.5 * scale * d * d;
        gradient[i] = scale * d;
      });
      return value;
    }, new Float64Array(4));
    expect(result.converged).toBe(true);
    result.x.forEach((value, i) => expect(value).toBeCloseTo(i + 1, 5));
  });
});
