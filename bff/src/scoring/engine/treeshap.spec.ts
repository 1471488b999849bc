import { childFor, type Tree } from './tree';
import { addTreeShap, expectedValue } from './treeshap';

/**
 * A hand-built tree over four features (feature 2 categorical), with covers that add up:
 *
 *   0: x0 ≤ 1.5 (missing left)        cover 100
 *   ├─ 1: x1 ≤ 10 (missing right)     cover 60
 *   │  ├─ 3: leaf 0.4                 cover 20
 *   │  └─ 4: x0 ≤ 0.5                 cover 40
 *   │     ├─ 7: leaf -0.1             cover 30
 *   │     └─ 8: leaf 0.25             cover 10
 *   └─ 2: x2 in {1, 3} (of 0–3)       cover 40
 *      ├─ 5: leaf -0.3                cover 15
 *      └─ 6: x3 ≤ 0 (missing left)    cover 25
 *         ├─ 9: leaf 0.05             cover 5
 *         └─ 10: leaf 0.6             cover 20
 */
function handTree(): Tree {
  const nodes = 11;
  const feature = Int32Array.from([0, 1, 2, -1, 0, -1, 3, -1, -1, -1, -1]);
  const threshold = Float64Array.from([1.5, 10, Number.NaN, Number.NaN, 0.5, Number.NaN, 0, Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
  const leftCategories: (number[] | null)[] = new Array<number[] | null>(nodes).fill(null);
  const knownCategories: (number[] | null)[] = new Array<number[] | null>(nodes).fill(null);
  leftCategories[2] = [1, 3];
  knownCategories[2] = [0, 1, 2, 3];
  return {
    feature,
    threshold,
    leftCategories,
    knownCategories,
    left: Int32Array.from([1, 3, 5, -1, 7, -1, 9, -1, -1, -1, -1]),
    right: Int32Array.from([2, 4, 6, -1, 8, -1, 10, -1, -1, -1, -1]),
    defaultLeft: Uint8Array.from([1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0]),
    value: Float64Array.from([0, 0, 0, 0.4, 0, -0.3, 0, -0.1, 0.25, 0.05, 0.6]),
    cover: Float64Array.from([100, 60, 40, 20, 40, 15, 25, 30, 10, 5, 20]),
  };
}

/** E[f | features in `known` fixed to the row], unknown features following both branches by cover. */
function conditional(tree: Tree, row: readonly number[], known: ReadonlySet<number>, node = 0): number {
  const f = tree.feature[node];
  if (f < 0) return tree.value[node];
  if (known.has(f)) return conditional(tree, row, known, childFor(tree, node, row[f]));
  const left = tree.left[node];
  const right = tree.right[node];
  return (tree.cover[left] * conditional(tree, row, known, left) + tree.cover[right] * conditional(tree, row, known, right)) / tree.cover[node];
}

/** Shapley values by enumerating every coalition. */
function bruteForceShapley(tree: Tree, row: readonly number[], features: number): number[] {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  const phi = new Array<number>(features).fill(0);
  for (let j = 0; j < features; j += 1) {
    const others = [...Array(features).keys()].filter((k) => k !== j);
    for (let mask = 0; mask < 1 << others.length; mask += 1) {
      const coalition = new Set(others.filter((_, bit) => mask & (1 << bit)));
      const weight = (factorial(coalition.size) * factorial(features - coalition.size - 1)) / factorial(features);
      const withJ = new Set([...coalition, j]);
      phi[j] += weight * (conditional(tree, row, withJ) - conditional(tree, row, coalition));
    }
  }
  return phi;
}

describe('TreeSHAP', () => {
  const rows: number[][] = [
    [1, 5, 2, -1],
    [0.2, 12, 0, 3],
    [2, 5, 1, 1],
    [2, 5, 2, 1],
    [Number.NaN, Number.NaN, Number.NaN, Number.NaN],
    [3, 0, 7, Number.NaN],
    [0.4, 11, 3, 0],
  ];

  it('equals the brute-force Shapley values of the cover-weighted conditional expectation', () => {
    const tree = handTree();
    for (const row of rows) {
      const phi = new Float64Array(4);
      addTreeShap(tree, row, phi);
      const expected = bruteForceShapley(tree, row, 4);
      expected.forEach((value, j) => expect(phi[j]).toBeCloseTo(value, 12));
    }
  });

  it('sums with the expected value to the tree output', () => {
    const tree = handTree();
    expect(expectedValue(tree)).toBeCloseTo(conditional(tree, [0, 0, 0, 0], new Set()), 12);
    for (const row of rows) {
      const phi = new Float64Array(4);
      addTreeShap(tree, row, phi, 2);
      const output = 2 * conditional(tree, row, new Set([0, 1, 2, 3]));
      expect(2 * expectedValue(tree) + phi.reduce((sum, value) => sum + value, 0)).toBeCloseTo(output, 12);
    }
  });

  it('gives nothing to a feature the row does not reach differently', () => {
    const leafOnly: Tree = { ...handTree(), feature: Int32Array.from([-1]), value: Float64Array.from([0.7]), cover: Float64Array.from([1]) };
    const phi = new Float64Array(4);
    addTreeShap(leafOnly, [1, 2, 3, 4], phi);
    expect(Array.from(phi)).toEqual([0, 0, 0, 0]);
  });
});
