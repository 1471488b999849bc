import { childFor, treeDepth, type Tree } from './tree';

/**
 * Path-dependent TreeSHAP (Lundberg, Erion & Lee 2018, Algorithm 2): the exact Shapley values of one row for one
 * tree, where a feature left out of a coalition follows both branches weighted by the training cover. For every
 * row, expectedValue(tree) + Σ contributions = the tree's output.
 *
 * The unique paths live in four flat typed arrays, one segment per recursion depth (the layout of the reference
 * implementation), so explaining a row allocates nothing per node.
 */
class PathStore {
  readonly feature: Int32Array;
  readonly zero: Float64Array;
  readonly one: Float64Array;
  readonly weight: Float64Array;

  constructor(maxDepth: number) {
    // Σ of the segment lengths along the deepest path, with room to spare.
    const size = ((maxDepth + 3) * (maxDepth + 4)) / 2;
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }

  /** Copies `length` elements of the path at `from` to `to`. */
  copy(from: number, to: number, length: number): void {
    this.feature.copyWithin(to, from, from + length);
    this.zero.copyWithin(to, from, from + length);
    this.one.copyWithin(to, from, from + length);
    this.weight.copyWithin(to, from, from + length);
  }

  extend(at: number, depth: number, zeroFraction: number, oneFraction: number, feature: number): void {
    const { weight } = this;
    this.feature[at + depth] = feature;
    this.zero[at + depth] = zeroFraction;
    this.one[at + depth] = oneFraction;
    weight[at + depth] = depth === 0 ? 1 : 0;
    for (let i = depth - 1; i >= 0; i -= 1) {
      weight[at + i + 1] += (oneFraction * weight[at + i] * (i + 1)) / (depth + 1);
      weight[at + i] = (zeroFraction * weight[at + i] * (depth - i)) / (depth + 1);
    }
  }

  unwind(at: number, depth: number, index: number): void {
    const { weight } = this;
    const oneFraction = this.one[at + index];
    const zeroFraction = this.zero[at + index];
    let nextOnePortion = weight[at + depth];
    for (let i = depth - 1; i >= 0; i -= 1) {
      if (oneFraction !== 0) {
        const kept = weight[at + i];
        weight[at + i] = (nextOnePortion * (depth + 1)) / ((i + 1) * oneFraction);
        nextOnePortion = kept - (weight[at + i] * zeroFraction * (depth - i)) / (depth + 1);
      } else {
        weight[at + i] = (weight[at + i] * (depth + 1)) / (zeroFraction * (depth - i));
      }
    }
    for (let i = index; i < depth; i += 1) {
      this.feature[at + i] = this.feature[at + i + 1];
      this.zero[at + i] = this.zero[at + i + 1];
      this.one[at + i] = this.one[at + i + 1];
    }
  }

  unwoundSum(at: number, depth: number, index: number): number {
    const { weight } = this;
    const oneFraction = this.one[at + index];
    const zeroFraction = this.zero[at + index];
    let nextOnePortion = weight[at + depth];
    let total = 0;
    for (let i = depth - 1; i >= 0; i -= 1) {
      if (oneFraction !== 0) {
        const share = (nextOnePortion * (depth + 1)) / ((i + 1) * oneFraction);
        total += share;
        nextOnePortion = weight[at + i] - (share * zeroFraction * (depth - i)) / (depth + 1);
      } else if (zeroFraction !== 0) {
        total += weight[at + i] / zeroFraction / ((depth - i) / (depth + 1));
      }
    }
    return total;
  }
}

/** One path store per depth bound, reused from call to call (scoring is single-threaded). */
const stores = new Map<number, PathStore>();

function storeFor(depth: number): PathStore {
  let store = stores.get(depth);
  if (!store) {
    store = new PathStore(depth);
    stores.set(depth, store);
  }
  return store;
}

function recurse(
  tree: Tree,
  row: ArrayLike<number>,
  phi: Float64Array,
  scale: number,
  store: PathStore,
  node: number,
  parentAt: number,
  depth: number,
  zeroFraction: number,
  oneFraction: number,
  feature: number,
): void {
  // This level's path starts right after the parent's (which holds `depth` elements) and copies it.
  const at = parentAt + depth;
  store.copy(parentAt, at, depth);
  store.extend(at, depth, zeroFraction, oneFraction, feature);
  const split = tree.feature[node];
  if (split < 0) {
    const value = tree.value[node] * scale;
    for (let i = 1; i <= depth; i += 1) {
      const weight = store.unwoundSum(at, depth, i);
      phi[store.feature[at + i]] += weight * (store.one[at + i] - store.zero[at + i]) * value;
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
  while (index <= depth && store.feature[at + index] !== split) index += 1;
  if (index <= depth) {
    incomingZero = store.zero[at + index];
    incomingOne = store.one[at + index];
    store.unwind(at, depth, index);
    nextDepth -= 1;
  }
  recurse(tree, row, phi, scale, store, hot, at, nextDepth + 1, hotZero * incomingZero, incomingOne, split);
  recurse(tree, row, phi, scale, store, cold, at, nextDepth + 1, coldZero * incomingZero, 0, split);
}

/**
 * Adds the row's per-feature contributions to `phi` (indexed by feature), leaf values multiplied by `scale`.
 * `depth` is the tree's depth when the caller knows it.
 */
export function addTreeShap(tree: Tree, row: ArrayLike<number>, phi: Float64Array, scale = 1, depth = treeDepth(tree)): void {
  if (tree.feature[0] < 0) return;
  recurse(tree, row, phi, scale, storeFor(depth), 0, 0, 0, 1, 1, -1);
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
