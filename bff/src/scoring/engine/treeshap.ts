import { childFor, type Tree } from './tree';

/**
 * Path-dependent TreeSHAP (Lundberg, Erion & Lee 2018, Algorithm 2): the exact Shapley values of one row for one
 * tree, where a feature left out of a coalition follows both branches weighted by the training cover. For every
 * row, expectedValue(tree) + Σ contributions = the tree's output.
 */

interface PathElement {
  feature: number;
  zeroFraction: number;
  oneFraction: number;
  weight: number;
}

function extendPath(path: PathElement[], depth: number, zeroFraction: number, oneFraction: number, feature: number): void {
  path[depth] = { feature, zeroFraction, oneFraction, weight: depth === 0 ? 1 : 0 };
  for (let i = depth - 1; i >= 0; i -= 1) {
    path[i + 1].weight += (oneFraction * path[i].weight * (i + 1)) / (depth + 1);
    path[i].weight = (zeroFraction * path[i].weight * (depth - i)) / (depth + 1);
  }
}

function unwindPath(path: PathElement[], depth: number, index: number): void {
  const { oneFraction, zeroFraction } = path[index];
  let nextOnePortion = path[depth].weight;
  for (let i = depth - 1; i >= 0; i -= 1) {
    if (oneFraction !== 0) {
      const kept = path[i].weight;
      path[i].weight = (nextOnePortion * (depth + 1)) / ((i + 1) * oneFraction);
      nextOnePortion = kept - (path[i].weight * zeroFraction * (depth - i)) / (depth + 1);
    } else {
      path[i].weight = (path[i].weight * (depth + 1)) / (zeroFraction * (depth - i));
    }
  }
  for (let i = index; i < depth; i += 1) {
    path[i].feature = path[i + 1].feature;
    path[i].zeroFraction = path[i + 1].zeroFraction;
    path[i].oneFraction = path[i + 1].oneFraction;
  }
}

function unwoundPathSum(path: PathElement[], depth: number, index: number): number {
  const { oneFraction, zeroFraction } = path[index];
  let nextOnePortion = path[depth].weight;
  let total = 0;
  for (let i = depth - 1; i >= 0; i -= 1) {
    if (oneFraction !== 0) {
      const share = (nextOnePortion * (depth + 1)) / ((i + 1) * oneFraction);
      total += share;
      nextOnePortion = path[i].weight - (share * zeroFraction * (depth - i)) / (depth + 1);
    } else if (zeroFraction !== 0) {
      total += path[i].weight / zeroFraction / ((depth - i) / (depth + 1));
    }
  }
  return total;
}

function recurse(
  tree: Tree,
  row: ArrayLike<number>,
  phi: Float64Array,
  scale: number,
  node: number,
  parentPath: readonly PathElement[],
  depth: number,
  zeroFraction: number,
  oneFraction: number,
  feature: number,
): void {
  const path = parentPath.slice(0, depth).map((element) => ({ ...element }));
  extendPath(path, depth, zeroFraction, oneFraction, feature);
  const split = tree.feature[node];
  if (split < 0) {
    const value = tree.value[node] * scale;
    for (let i = 1; i <= depth; i += 1) {
      const weight = unwoundPathSum(path, depth, i);
      const element = path[i];
      phi[element.feature] += weight * (element.oneFraction - element.zeroFraction) * value;
    }
    return;
  }
  const hot = childFor(tree, node, row[split]);
  const cold = hot === tree.left[node] ? tree.right[node] : tree.left[node];
  const cover = tree.cover[node];
  const hotZero = cover > 0 ? tree.cover[hot] / cover : 0.5;
  const coldZero = cover > 0 ? tree.cover[cold] / cover : 0.5;
  let incomingZero = 1;
  let incomingOne = 1;
  let nextDepth = depth;
  let index = 0;
  while (index <= depth && path[index].feature !== split) index += 1;
  if (index <= depth) {
    incomingZero = path[index].zeroFraction;
    incomingOne = path[index].oneFraction;
    unwindPath(path, depth, index);
    nextDepth -= 1;
  }
  recurse(tree, row, phi, scale, hot, path, nextDepth + 1, hotZero * incomingZero, incomingOne, split);
  recurse(tree, row, phi, scale, cold, path, nextDepth + 1, coldZero * incomingZero, 0, split);
}

/** Adds the row's per-feature contributions to `phi` (indexed by feature), leaf values multiplied by `scale`. */
export function addTreeShap(tree: Tree, row: ArrayLike<number>, phi: Float64Array, scale = 1): void {
  if (tree.feature[0] < 0) return;
  recurse(tree, row, phi, scale, 0, [], 0, 1, 1, -1);
}

/** The cover-weighted mean output of the tree: what it predicts when no feature is known. */
export function expectedValue(tree: Tree, node = 0): number {
  if (tree.feature[node] < 0) return tree.value[node];
  const cover = tree.cover[node];
  const left = tree.left[node];
  const right = tree.right[node];
  const leftShare = cover > 0 ? tree.cover[left] / cover : 0.5;
  const rightShare = cover > 0 ? tree.cover[right] / cover : 0.5;
  return leftShare * expectedValue(tree, left) + rightShare * expectedValue(tree, right);
}
