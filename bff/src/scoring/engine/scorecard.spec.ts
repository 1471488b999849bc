import { CreditGrade } from '@rongtong/shared';
import { BinMapper, categoricalBinning, numericBinning } from './binning';
import { Matrix } from './dataset';
import { foldRows, stratifiedFolds } from './folds';
import { DEFAULT_GRADE_BANDS, gradeFromPd, pdFromScore, pointsFromMargin, scoreFromMargin, validateGradeBands, validateScoreScale } from './scorecard';

describe('score scale', () => {
  it('gives 600 points at 50:1 good:bad odds and 40 more for every doubling of the odds', () => {
    expect(pointsFromMargin(Math.log(1 / 50))).toBeCloseTo(600, 9);
    expect(pointsFromMargin(Math.log(1 / 100))).toBeCloseTo(640, 9);
    expect(pointsFromMargin(Math.log(1 / 25))).toBeCloseTo(560, 9);
    expect(pdFromScore(600)).toBeCloseTo(1 / 51, 12);
  });

  it('rounds and keeps scores within 300–900', () => {
    expect(scoreFromMargin(Math.log(1 / 50) + 0.001)).toBe(600);
    expect(scoreFromMargin(20)).toBe(300);
    expect(scoreFromMargin(-40)).toBe(900);
  });

  it('takes another scale', () => {
    const scale = { basePoints: 500, baseOdds: 20, pdo: 20, minScore: 0, maxScore: 1000 };
    expect(pointsFromMargin(Math.log(1 / 40), scale)).toBeCloseTo(520, 9);
    expect(() => validateScoreScale({ ...scale, pdo: 0 })).toThrow(/pdo/);
    expect(() => validateScoreScale({ ...scale, minScore: 1000 })).toThrow(/minScore/);
  });
});

describe('grades', () => {
  it('go from AAA to C as the probability of default rises, each band up to its bound', () => {
    expect(gradeFromPd(0.001)).toBe(CreditGrade.AAA);
    expect(gradeFromPd(0.003)).toBe(CreditGrade.AAA);
    expect(gradeFromPd(0.0031)).toBe(CreditGrade.AA);
    expect(gradeFromPd(0.02)).toBe(CreditGrade.BBB);
    expect(gradeFromPd(0.07)).toBe(CreditGrade.B);
    expect(gradeFromPd(0.5)).toBe(CreditGrade.C);
    expect(DEFAULT_GRADE_BANDS.map((band) => band.grade)).toEqual(Object.values(CreditGrade));
    // Monotone in the score too.
    const grades = [300, 400, 500, 600, 700, 800, 900].map((score) => gradeFromPd(pdFromScore(score)));
    for (let i = 1; i < grades.length; i += 1) expect(Object.values(CreditGrade).indexOf(grades[i])).toBeLessThanOrEqual(Object.values(CreditGrade).indexOf(grades[i - 1]));
  });

  it('refuses bands that do not rise or do not end at 1', () => {
    expect(() => validateGradeBands(DEFAULT_GRADE_BANDS.slice(0, 3))).toThrow(/end at PD 1/);
    expect(() => validateGradeBands([{ grade: CreditGrade.A, maxPd: 0.5 }, { grade: CreditGrade.B, maxPd: 0.4 }, { grade: CreditGrade.C, maxPd: 1 }])).toThrow(/increasing/);
  });
});

describe('binning', () => {
  it('gives every distinct value its own bin when there are few, bounds halfway between them', () => {
    expect(numericBinning(Float64Array.of(3, 1, 2, 2, Number.NaN, 1), 255).upper).toEqual([1.5, 2.5]);
  });

  it('keeps at most maxBins bins and a heavy value in a bin of its own', () => {
    const values = new Float64Array(10_000);
    for (let i = 0; i < values.length; i += 1) values[i] = i < 3000 ? 0 : i;
    const { upper } = numericBinning(values, 32);
    expect(upper.length).toBeLessThanOrEqual(31);
    expect(upper[0]).toBeGreaterThan(0);
    expect(upper[0]).toBeLessThan(3000.5);
  });

  it('maps values, missing values and unknown categories to bins', () => {
    const x = Matrix.fromRows([
      [1, 0],
      [2, 1],
      [3, 1],
      [Number.NaN, 2],
      [2, Number.NaN],
    ]);
    const mapper = BinMapper.fit(x, [{ name: 'v', kind: 'numeric' }, { name: 'c', kind: 'categorical', categories: ['a', 'b', 'c'] }]);
    expect(Array.from(mapper.binCounts)).toEqual([3, 3]);
    expect(mapper.binOf(0, 1)).toBe(0);
    expect(mapper.binOf(0, 2.4)).toBe(1);
    expect(mapper.binOf(0, 100)).toBe(2);
    expect(mapper.binOf(0, Number.NaN)).toBe(3);
    // Categories by frequency: code 1 (twice) first.
    expect(mapper.binOf(1, 1)).toBe(0);
    expect(mapper.binOf(1, 7)).toBe(3);
    expect(Array.from(mapper.transform(x))).toEqual([0, 1, 2, 3, 1, 1, 0, 0, 2, 3]);
    expect(categoricalBinning(Float64Array.of(0, 1, 1, 2, 2, 2), 2).codes).toEqual([2, 1]);
  });
});

describe('stratified folds', () => {
  it('deals each class evenly over the folds, the same way for a seed', () => {
    const y = Uint8Array.from({ length: 103 }, (_, i) => (i % 10 === 0 ? 1 : 0));
    const assignment = stratifiedFolds(y, 5, 42);
    for (let fold = 0; fold < 5; fold += 1) {
      const { inFold, outOfFold } = foldRows(assignment, fold);
      const positives = Array.from(inFold).filter((row) => y[row] === 1).length;
      expect(positives === 2 || positives === 3).toBe(true);
      expect(inFold.length === 20 || inFold.length === 21).toBe(true);
      expect(inFold.length + outOfFold.length).toBe(103);
    }
    expect(Array.from(stratifiedFolds(y, 5, 42))).toEqual(Array.from(assignment));
    expect(Array.from(stratifiedFolds(y, 5, 43))).not.toEqual(Array.from(assignment));
    expect(() => stratifiedFolds(y, 1, 42)).toThrow(/folds/);
  });
});
