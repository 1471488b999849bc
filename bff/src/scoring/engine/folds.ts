import { mulberry32, type Random } from '@rongtong/shared';

/** Fisher–Yates shuffle in place, driven by `random`. */
export function shuffleInPlace<T extends { length: number; [index: number]: number }>(values: T, random: Random): T {
  for (let i = values.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
  return values;
}

/**
 * Stratified fold of every row: the positives and the negatives are each shuffled with the seed and dealt out in
 * turn, so every fold holds ⌊or⌈ 1/k of each class. Deterministic for a seed.
 */
export function stratifiedFolds(y: ArrayLike<number>, folds: number, seed: number): Uint8Array {
  if (!Number.isInteger(folds) || folds < 2 || folds > 255) throw new RangeError('folds must be an integer in 2–255');
  const random = mulberry32(seed);
  const assignment = new Uint8Array(y.length);
  let next = 0;
  for (const label of [1, 0]) {
    const rows: number[] = [];
    for (let i = 0; i < y.length; i += 1) if (y[i] === label) rows.push(i);
    shuffleInPlace(rows, random);
    // The negatives continue the dealing where the positives stopped, so the fold sizes differ by one at most.
    for (const row of rows) {
      assignment[row] = next;
      next = (next + 1) % folds;
    }
  }
  return assignment;
}

/** The rows in fold `fold` (`inFold`) and the others (`outOfFold`), each in ascending order. */
export function foldRows(assignment: Uint8Array, fold: number): { inFold: Uint32Array; outOfFold: Uint32Array } {
  let size = 0;
  for (let i = 0; i < assignment.length; i += 1) if (assignment[i] === fold) size += 1;
  const inFold = new Uint32Array(size);
  const outOfFold = new Uint32Array(assignment.length - size);
  let a = 0;
  let b = 0;
  for (let i = 0; i < assignment.length; i += 1) {
    if (assignment[i] === fold) inFold[a++] = i;
    else outOfFold[b++] = i;
  }
  return { inFold, outOfFold };
}
