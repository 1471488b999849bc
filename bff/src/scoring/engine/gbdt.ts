import { mulberry32, type Random } from '@rongtong/shared';
import type { BinMapper } from './binning';
import type { Matrix } from './dataset';
import type { Tree } from './tree';

/** Parameters of the histogram gradient-boosted trees (binary log-loss). */
export interface GbdtParams {
  /** Shrinkage of every tree's leaf values. */
  readonly learningRate: number;
  /** Deepest leaf allowed (the root is depth 0). */
  readonly maxDepth: number;
  /** Leaves per tree; the tree grows best-first (the leaf whose split gains most) until it has this many. */
  readonly maxLeaves: number;
  /** Least hessian sum (≈ rows × p(1−p)) in a child. */
  readonly minChildWeight: number;
  /** L2 penalty on leaf values. */
  readonly lambda: number;
  /** Least loss reduction for a split (γ). */
  readonly minSplitGain: number;
  /** Share of the training rows each tree sees. */
  readonly subsample: number;
  /** Share of the features each tree may split on. */
  readonly colsample: number;
  /** Added to a category's hessian when categories are ordered by gradient ratio (rare categories pull less). */
  readonly categorySmoothing: number;
  /** Largest category set on the smaller side of a categorical split. */
  readonly maxCategorySet: number;
}

/**
 * A tree as the trainer builds it: the raw-value tree plus the bin-level view of each split, so the margins of the
 * binned rows can be updated without going back to raw values.
 */
export interface TrainingTree {
  readonly tree: Tree;
  /** Numeric splits: rows with bin ≤ splitBin go left. */
  readonly splitBin: Int32Array;
  /** Categorical splits: per bin 1 = left, 0 = right (the missing bin follows defaultLeft). */
  readonly leftBins: readonly (Uint8Array | null)[];
}

interface SplitChoice {
  feature: number;
  gain: number;
  /** Numeric: the last bin going left. */
  bin: number;
  /** Categorical: 1 per bin going left. */
  leftBins: Uint8Array | null;
  defaultLeft: boolean;
  gLeft: number;
  hLeft: number;
}

interface OpenLeaf {
  node: number;
  start: number;
  end: number;
  depth: number;
  g: number;
  h: number;
  hist: Float64Array;
  split: SplitChoice | null;
}

/** Rows' bins (column-major, one byte each) and what the trainer needs to know about them. */
export interface BinnedData {
  /** Column-major: the bin of row i, feature j at j × rows + i. */
  readonly bins: Uint8Array;
  /** Row-major copy: the bin of row i, feature j at i × features + j. */
  readonly rowMajor: Uint8Array;
  readonly rows: number;
  readonly mapper: BinMapper;
}

/**
 * Grows one tree at a time over a binned matrix: gradient and hessian histograms per feature, the smaller child's
 * histogram built and the larger one obtained by subtraction from the parent, best-first growth.
 * Buffers are reused from tree to tree.
 */
export class TreeGrower {
  private readonly order: Int32Array;
  private readonly scratch: Int32Array;
  /** The first histogram slot of each feature being histogrammed. */
  private readonly slotOffsets: Int32Array;
  private readonly histPool: Float64Array[] = [];
  private readonly isCategorical: Uint8Array;
  private readonly categoryOrder: Float64Array;
  private readonly categoryIndex: Int32Array;

  constructor(
    private readonly data: BinnedData,
    private readonly params: GbdtParams,
  ) {
    const { rows, mapper } = data;
    this.order = new Int32Array(rows);
    this.scratch = new Int32Array(rows);
    this.slotOffsets = new Int32Array(mapper.features);
    this.isCategorical = new Uint8Array(mapper.features);
    mapper.binnings.forEach((binning, j) => (this.isCategorical[j] = binning.kind === 'categorical' ? 1 : 0));
    this.categoryOrder = new Float64Array(256);
    this.categoryIndex = new Int32Array(256);
  }

  private takeHist(): Float64Array {
    const hist = this.histPool.pop();
    if (hist) return hist;
    return new Float64Array(this.data.mapper.totalBins * 2);
  }

  private releaseHist(hist: Float64Array): void {
    this.histPool.push(hist);
  }

  /**
   * Grows a tree on `rows` (indices into the binned data) with gradients `g` and hessians `h` (indexed by row),
   * splitting only on `features`. Leaf values include the learning rate.
   */
  grow(rows: Int32Array, g: Float64Array, h: Float64Array, features: Int32Array): TrainingTree {
    const { params } = this;
    this.order.set(rows);
    const builder = new NodeBuilder();
    let gSum = 0;
    let hSum = 0;
    for (let i = 0; i < rows.length; i += 1) {
      gSum += g[rows[i]];
      hSum += h[rows[i]];
    }
    const root = builder.add(hSum);
    const rootHist = this.takeHist();
    this.buildHist(rootHist, 0, rows.length, g, h, features);
    const open: OpenLeaf[] = [{ node: root, start: 0, end: rows.length, depth: 0, g: gSum, h: hSum, hist: rootHist, split: null }];
    open[0].split = this.findSplit(open[0], features);
    let leaves = 1;
    const closed: OpenLeaf[] = [];
    while (leaves < params.maxLeaves) {
      let best = -1;
      for (let i = 0; i < open.length; i += 1) {
        const split = open[i].split;
        if (split && (best < 0 || split.gain > (open[best].split as SplitChoice).gain)) best = i;
      }
      if (best < 0) break;
      const leaf = open[best];
      open.splice(best, 1);
      const split = leaf.split as SplitChoice;
      const middle = this.partition(leaf, split);
      const gRight = leaf.g - split.gLeft;
      const hRight = leaf.h - split.hLeft;
      const leftNode = builder.add(split.hLeft);
      const rightNode = builder.add(hRight);
      builder.split(leaf.node, split, leftNode, rightNode, this.data.mapper);
      const leftRows = middle - leaf.start;
      const rightRows = leaf.end - middle;
      // The smaller child's histogram is built, the larger one is the parent's minus it (in the parent's buffer).
      const smallHist = this.takeHist();
      const leftIsSmall = leftRows <= rightRows;
      if (leftIsSmall) this.buildHist(smallHist, leaf.start, middle, g, h, features);
      else this.buildHist(smallHist, middle, leaf.end, g, h, features);
      subtractHist(leaf.hist, smallHist, features, this.data.mapper);
      const left: OpenLeaf = {
        node: leftNode, start: leaf.start, end: middle, depth: leaf.depth + 1,
        g: split.gLeft, h: split.hLeft, hist: leftIsSmall ? smallHist : leaf.hist, split: null,
      };
      const right: OpenLeaf = {
        node: rightNode, start: middle, end: leaf.end, depth: leaf.depth + 1,
        g: gRight, h: hRight, hist: leftIsSmall ? leaf.hist : smallHist, split: null,
      };
      leaves += 1;
      for (const child of [left, right]) {
        if (child.depth < params.maxDepth && leaves < params.maxLeaves) child.split = this.findSplit(child, features);
        if (child.split) open.push(child);
        else {
          this.releaseHist(child.hist);
          closed.push(child);
        }
      }
    }
    for (const leaf of open) this.releaseHist(leaf.hist);
    for (const leaf of [...open, ...closed]) builder.setLeafValue(leaf.node, (-leaf.g / (leaf.h + params.lambda)) * params.learningRate);
    return builder.build();
  }

  /**
   * Sums g and h of rows order[start..end) into the histogram slots of the given features. Row by row over the
   * row-major copy of the bins: each row's gradient pair is loaded once and its bins are adjacent in memory.
   */
  private buildHist(hist: Float64Array, start: number, end: number, g: Float64Array, h: Float64Array, features: Int32Array): void {
    const { rowMajor, mapper } = this.data;
    const { order, slotOffsets } = this;
    const width = mapper.features;
    const used = features.length;
    for (let k = 0; k < used; k += 1) {
      const j = features[k];
      slotOffsets[k] = mapper.offsets[j];
      hist.fill(0, mapper.offsets[j] * 2, (mapper.offsets[j] + mapper.binCounts[j] + 1) * 2);
    }
    for (let i = start; i < end; i += 1) {
      const row = order[i];
      const gi = g[row];
      const hi = h[row];
      const base = row * width;
      for (let k = 0; k < used; k += 1) {
        const slot = (slotOffsets[k] + rowMajor[base + features[k]]) << 1;
        hist[slot] += gi;
        hist[slot + 1] += hi;
      }
    }
  }

  /** Stable partition of order[start..end) by the split; returns where the right part starts. */
  private partition(leaf: OpenLeaf, split: SplitChoice): number {
    const { bins, rows, mapper } = this.data;
    const { order, scratch } = this;
    const columnStart = split.feature * rows;
    const missingBin = mapper.binCounts[split.feature];
    const leftBins = split.leftBins;
    let write = leaf.start;
    let spill = 0;
    for (let i = leaf.start; i < leaf.end; i += 1) {
      const row = order[i];
      const bin = bins[columnStart + row];
      const goLeft = bin === missingBin ? split.defaultLeft : leftBins ? leftBins[bin] === 1 : bin <= split.bin;
      if (goLeft) order[write++] = row;
      else scratch[spill++] = row;
    }
    order.set(scratch.subarray(0, spill), write);
    return write;
  }

  /** Σ G²/(H + λ) of the two children of a split, or −∞ when one is lighter than minChildWeight. */
  private childrenScore(gLeft: number, hLeft: number, G: number, H: number): number {
    const { lambda, minChildWeight } = this.params;
    const hRight = H - hLeft;
    if (hLeft < minChildWeight || hRight < minChildWeight) return Number.NEGATIVE_INFINITY;
    const gRight = G - gLeft;
    return (gLeft * gLeft) / (hLeft + lambda) + (gRight * gRight) / (hRight + lambda);
  }

  private findSplit(leaf: OpenLeaf, features: Int32Array): SplitChoice | null {
    const { params } = this;
    const { mapper } = this.data;
    const { lambda, minChildWeight } = params;
    if (leaf.h < 2 * minChildWeight) return null;
    const parentScore = (leaf.g * leaf.g) / (leaf.h + lambda);
    let best: SplitChoice | null = null;
    let bestScore = parentScore + 2 * params.minSplitGain;
    const hist = leaf.hist;
    const G = leaf.g;
    const H = leaf.h;
    for (let k = 0; k < features.length; k += 1) {
      const j = features[k];
      const offset = mapper.offsets[j];
      const valueBins = mapper.binCounts[j];
      const missingSlot = (offset + valueBins) << 1;
      const gMissing = hist[missingSlot];
      const hMissing = hist[missingSlot + 1];
      if (this.isCategorical[j]) {
        const choice = this.categoricalSplit(hist, offset, valueBins, G, H, gMissing, hMissing, bestScore);
        if (choice) {
          choice.feature = j;
          bestScore = choice.gain;
          best = choice;
        }
        continue;
      }
      let gLeft = 0;
      let hLeft = 0;
      let bestBin = -1;
      let bestDefaultLeft = false;
      let bestGLeft = 0;
      let bestHLeft = 0;
      const hasMissing = hMissing > 0;
      for (let bin = 0; bin < valueBins - 1; bin += 1) {
        const slot = (offset + bin) << 1;
        const hBin = hist[slot + 1];
        // An empty bin moves no row: the split after it is the split after the previous bin.
        if (hBin === 0) continue;
        gLeft += hist[slot];
        hLeft += hBin;
        // Missing values right, then (when there are any) left.
        const right = this.childrenScore(gLeft, hLeft, G, H);
        const left = hasMissing ? this.childrenScore(gLeft + gMissing, hLeft + hMissing, G, H) : Number.NEGATIVE_INFINITY;
        if (right > bestScore || left > bestScore) {
          const missingLeft = left > right;
          bestScore = missingLeft ? left : right;
          bestBin = bin;
          bestDefaultLeft = missingLeft;
          bestGLeft = missingLeft ? gLeft + gMissing : gLeft;
          bestHLeft = missingLeft ? hLeft + hMissing : hLeft;
        }
      }
      if (hasMissing && valueBins > 0) {
        // Every present value left, missing right: "is the value missing?".
        const score = this.childrenScore(G - gMissing, H - hMissing, G, H);
        if (score > bestScore) {
          bestScore = score;
          bestBin = valueBins - 1;
          bestDefaultLeft = false;
          bestGLeft = G - gMissing;
          bestHLeft = H - hMissing;
        }
      }
      if (bestBin >= 0) {
        if (!hasMissing) bestDefaultLeft = bestHLeft >= H - bestHLeft;
        best = { feature: j, gain: bestScore, bin: bestBin, leftBins: null, defaultLeft: bestDefaultLeft, gLeft: bestGLeft, hLeft: bestHLeft };
      }
    }
    if (!best) return null;
    best.gain = 0.5 * (best.gain - parentScore);
    return best;
  }

  /**
   * Categories ordered by g / (h + smoothing) and cut once (the optimal binary partition for a second-order loss
   * when the categories are so ordered); each prefix up to `maxCategorySet` long is tried from both ends, with the
   * missing bin on either side.
   */
  private categoricalSplit(
    hist: Float64Array,
    offset: number,
    valueBins: number,
    G: number,
    H: number,
    gMissing: number,
    hMissing: number,
    scoreToBeat: number,
  ): SplitChoice | null {
    const { categorySmoothing, maxCategorySet } = this.params;
    const { categoryOrder, categoryIndex } = this;
    let used = 0;
    for (let bin = 0; bin < valueBins; bin += 1) {
      const slot = (offset + bin) << 1;
      if (hist[slot + 1] <= 0) continue;
      categoryIndex[used] = bin;
      categoryOrder[used] = hist[slot] / (hist[slot + 1] + categorySmoothing);
      used += 1;
    }
    if (used < 2 && hMissing <= 0) return null;
    const sorted = Array.from(categoryIndex.subarray(0, used)).map((bin, i) => ({ bin, key: categoryOrder[i] }));
    sorted.sort((a, b) => a.key - b.key || a.bin - b.bin);
    let bestScore = scoreToBeat;
    let bestCut = -1;
    let bestFromEnd = false;
    let bestDefaultLeft = false;
    let bestGLeft = 0;
    let bestHLeft = 0;
    const limit = Math.min(maxCategorySet, used - 1);
    for (const fromEnd of [false, true]) {
      let gLeft = 0;
      let hLeft = 0;
      for (let cut = 0; cut < limit; cut += 1) {
        const bin = sorted[fromEnd ? used - 1 - cut : cut].bin;
        const slot = (offset + bin) << 1;
        gLeft += hist[slot];
        hLeft += hist[slot + 1];
        for (const missingLeft of hMissing > 0 ? [false, true] : [false]) {
          const gl = missingLeft ? gLeft + gMissing : gLeft;
          const hl = missingLeft ? hLeft + hMissing : hLeft;
          const score = this.childrenScore(gl, hl, G, H);
          if (score > bestScore) {
            bestScore = score;
            bestCut = cut;
            bestFromEnd = fromEnd;
            bestDefaultLeft = missingLeft;
            bestGLeft = gl;
            bestHLeft = hl;
          }
        }
      }
    }
    if (bestCut < 0) return null;
    const leftBins = new Uint8Array(valueBins);
    for (let cut = 0; cut <= bestCut; cut += 1) leftBins[sorted[bestFromEnd ? used - 1 - cut : cut].bin] = 1;
    if (hMissing <= 0) bestDefaultLeft = bestHLeft >= H - bestHLeft;
    return { feature: -1, gain: bestScore, bin: -1, leftBins, defaultLeft: bestDefaultLeft, gLeft: bestGLeft, hLeft: bestHLeft };
  }
}

function subtractHist(parent: Float64Array, child: Float64Array, features: Int32Array, mapper: BinMapper): void {
  for (let k = 0; k < features.length; k += 1) {
    const j = features[k];
    const from = mapper.offsets[j] * 2;
    const to = (mapper.offsets[j] + mapper.binCounts[j] + 1) * 2;
    for (let slot = from; slot < to; slot += 1) parent[slot] -= child[slot];
  }
}

/** Collects nodes while a tree grows, then freezes them into a Tree. */
class NodeBuilder {
  private readonly feature: number[] = [];
  private readonly threshold: number[] = [];
  private readonly splitBin: number[] = [];
  private readonly leftBins: (Uint8Array | null)[] = [];
  private readonly leftCategories: (number[] | null)[] = [];
  private readonly knownCategories: (number[] | null)[] = [];
  private readonly left: number[] = [];
  private readonly right: number[] = [];
  private readonly defaultLeft: number[] = [];
  private readonly value: number[] = [];
  private readonly cover: number[] = [];

  add(cover: number): number {
    this.feature.push(-1);
    this.threshold.push(Number.NaN);
    this.splitBin.push(-1);
    this.leftBins.push(null);
    this.leftCategories.push(null);
    this.knownCategories.push(null);
    this.left.push(-1);
    this.right.push(-1);
    this.defaultLeft.push(0);
    this.value.push(0);
    this.cover.push(cover);
    return this.feature.length - 1;
  }

  split(node: number, split: SplitChoice, left: number, right: number, mapper: BinMapper): void {
    this.feature[node] = split.feature;
    this.left[node] = left;
    this.right[node] = right;
    this.defaultLeft[node] = split.defaultLeft ? 1 : 0;
    if (split.leftBins) {
      this.leftBins[node] = split.leftBins;
      const codes: number[] = [];
      const known: number[] = [];
      split.leftBins.forEach((way, bin) => {
        const code = mapper.categoryCode(split.feature, bin);
        known.push(code);
        if (way === 1) codes.push(code);
      });
      this.leftCategories[node] = codes.sort((a, b) => a - b);
      this.knownCategories[node] = known.sort((a, b) => a - b);
    } else {
      this.splitBin[node] = split.bin;
      // The "present vs missing" split sends every value left: its threshold is the largest finite number.
      this.threshold[node] = split.bin === mapper.binCounts[split.feature] - 1 ? Number.MAX_VALUE : mapper.threshold(split.feature, split.bin);
    }
  }

  setLeafValue(node: number, value: number): void {
    this.value[node] = value;
  }

  build(): TrainingTree {
    return {
      tree: {
        feature: Int32Array.from(this.feature),
        threshold: Float64Array.from(this.threshold),
        leftCategories: this.leftCategories,
        knownCategories: this.knownCategories,
        left: Int32Array.from(this.left),
        right: Int32Array.from(this.right),
        defaultLeft: Uint8Array.from(this.defaultLeft),
        value: Float64Array.from(this.value),
        cover: Float64Array.from(this.cover),
      },
      splitBin: Int32Array.from(this.splitBin),
      leftBins: this.leftBins,
    };
  }
}

/** Bins a matrix with a fitted mapper, in both layouts the trainer reads. */
export function binData(mapper: BinMapper, x: Matrix): BinnedData {
  const bins = mapper.transform(x);
  const { rows, columns } = x;
  const rowMajor = new Uint8Array(bins.length);
  for (let j = 0; j < columns; j += 1) {
    const from = j * rows;
    for (let i = 0; i < rows; i += 1) rowMajor[i * columns + j] = bins[from + i];
  }
  return { bins, rowMajor, rows, mapper };
}

/** The leaf one row of the binned data reaches. */
export function binnedLeaf(trainingTree: TrainingTree, data: BinnedData, row: number): number {
  const { tree, splitBin, leftBins } = trainingTree;
  const { bins, rows, mapper } = data;
  const { feature, left, right, defaultLeft } = tree;
  let node = 0;
  let f = feature[0];
  while (f >= 0) {
    const bin = bins[f * rows + row];
    let goLeft: boolean;
    if (bin === mapper.binCounts[f]) goLeft = defaultLeft[node] === 1;
    else {
      const set = leftBins[node];
      goLeft = set ? set[bin] === 1 : bin <= splitBin[node];
    }
    node = goLeft ? left[node] : right[node];
    f = feature[node];
  }
  return node;
}

/** Adds the tree's leaf value to `margin[row]` for every row of the binned data. */
export function addTreeBinned(trainingTree: TrainingTree, data: BinnedData, margin: Float64Array): void {
  const { value } = trainingTree.tree;
  for (let i = 0; i < data.rows; i += 1) margin[i] += value[binnedLeaf(trainingTree, data, i)];
}

/** Logistic function, guarded against overflow. */
export function sigmoid(margin: number): number {
  return margin >= 0 ? 1 / (1 + Math.exp(-margin)) : Math.exp(margin) / (1 + Math.exp(margin));
}

/**
 * One boosted model over some rows of the binned data (its training rows), kept round by round so several models
 * (the folds of a cross-fit) can grow side by side and stop together. `margin` holds the model's margin for every
 * row of the binned data, its own training rows and the others alike.
 */
export class Booster {
  readonly trees: TrainingTree[] = [];
  readonly margin: Float64Array;
  readonly baseMargin: number;
  private readonly random: Random;

  constructor(
    private readonly data: BinnedData,
    private readonly grower: TreeGrower,
    private readonly params: GbdtParams,
    private readonly y: Uint8Array,
    readonly trainRows: Int32Array,
    seed: number,
    private readonly g: Float64Array,
    private readonly h: Float64Array,
  ) {
    let positives = 0;
    for (let i = 0; i < trainRows.length; i += 1) positives += y[trainRows[i]];
    const rate = Math.min(Math.max(positives / trainRows.length, 1e-6), 1 - 1e-6);
    this.baseMargin = Math.log(rate / (1 - rate));
    this.margin = new Float64Array(data.rows).fill(this.baseMargin);
    this.random = mulberry32(seed);
  }

  /** Grows one more tree. */
  round(): void {
    const { trainRows, margin, y, g, h, params } = this;
    for (let i = 0; i < trainRows.length; i += 1) {
      const row = trainRows[i];
      const p = sigmoid(margin[row]);
      g[row] = p - y[row];
      h[row] = Math.max(p * (1 - p), 1e-16);
    }
    const rows = params.subsample < 1 ? this.sampleRows() : trainRows;
    const features = this.sampleFeatures();
    const tree = this.grower.grow(rows, g, h, features);
    this.trees.push(tree);
    addTreeBinned(tree, this.data, margin);
  }

  /** Drops the trees after the first `count` (early stopping keeps the best round). */
  truncate(count: number): void {
    for (let t = this.trees.length - 1; t >= count; t -= 1) {
      const tree = this.trees[t].tree;
      const negated: TrainingTree = { ...this.trees[t], tree: { ...tree, value: tree.value.map((value) => -value) } };
      addTreeBinned(negated, this.data, this.margin);
    }
    this.trees.length = Math.min(this.trees.length, count);
  }

  private sampleRows(): Int32Array {
    const { trainRows, random, params } = this;
    const out = new Int32Array(trainRows.length);
    let count = 0;
    for (let i = 0; i < trainRows.length; i += 1) if (random() < params.subsample) out[count++] = trainRows[i];
    return out.subarray(0, count);
  }

  private sampleFeatures(): Int32Array {
    const total = this.data.mapper.features;
    const all = new Int32Array(total);
    for (let j = 0; j < total; j += 1) all[j] = j;
    const keep = Math.max(1, Math.round(total * this.params.colsample));
    if (keep >= total) return all;
    // Partial Fisher–Yates: the first `keep` entries are a uniform sample; sorted for cache-friendly histograms.
    for (let i = 0; i < keep; i += 1) {
      const j = i + Math.floor(this.random() * (total - i));
      const swap = all[i];
      all[i] = all[j];
      all[j] = swap;
    }
    return all.subarray(0, keep).sort();
  }
}
