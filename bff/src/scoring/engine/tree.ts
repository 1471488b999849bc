/**
 * A binary decision tree stored as parallel arrays, node 0 the root. An internal node sends a row left when its
 * value is ≤ `threshold` (numeric) or its category is in `leftCategories` (categorical); a missing value, and a
 * category the tree never saw, goes the learned default way (`defaultLeft`). Leaves carry `value`, the tree's
 * contribution to the margin (log-odds). `cover` is the hessian sum of the training rows that reached the node
 * (TreeSHAP weighs the branches by it).
 */
export interface Tree {
  /** Split feature of an internal node; -1 marks a leaf. */
  readonly feature: Int32Array;
  /** Numeric splits: go left when value ≤ threshold; NaN on categorical splits and leaves. */
  readonly threshold: Float64Array;
  /** Categorical splits: the category codes that go left (the others seen in training go right). */
  readonly leftCategories: readonly (readonly number[] | null)[];
  /** Categorical splits: every category code the split knows (left or right); others follow `defaultLeft`. */
  readonly knownCategories: readonly (readonly number[] | null)[];
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly defaultLeft: Uint8Array;
  readonly value: Float64Array;
  readonly cover: Float64Array;
}

/** The child of an internal node a raw value goes to. */
export function childFor(tree: Tree, node: number, value: number): number {
  if (value !== value) return tree.defaultLeft[node] ? tree.left[node] : tree.right[node];
  const categories = tree.leftCategories[node];
  if (categories) {
    if (categories.includes(value)) return tree.left[node];
    const known = tree.knownCategories[node] as readonly number[];
    if (known.includes(value)) return tree.right[node];
    return tree.defaultLeft[node] ? tree.left[node] : tree.right[node];
  }
  return value <= tree.threshold[node] ? tree.left[node] : tree.right[node];
}

/** Depth of the deepest leaf (a lone root leaf has depth 0). */
export function treeDepth(tree: Tree, node = 0): number {
  if (tree.feature[node] < 0) return 0;
  return 1 + Math.max(treeDepth(tree, tree.left[node]), treeDepth(tree, tree.right[node]));
}


/** Rows transposed at a time by the batch scorer: their values stay in the first-level cache while every tree runs. */
const CHUNK_ROWS = 64;

/**
 * Trees flattened into typed arrays for fast scoring, no allocation per row. A leaf points to itself on both sides,
 * so every row can take exactly `depth` steps through a tree without asking whether it has arrived: rows then go
 * through a tree four at a time in local variables, numeric steps branch-free (the missing-value way folded in
 * arithmetically), which keeps the processor busy instead of waiting on one row's chain of loads; a categorical
 * split looks its code up in a table. An average of several forests is one forest with scaled leaves.
 */
export class CompiledForest {
  /**
   * Numeric split: feature × 2 + 1 when a missing value goes right (a leaf: 0, pointing to itself anyway);
   * categorical split k: −1 − k.
   */
  private readonly split: Int32Array;
  private readonly threshold: Float64Array;
  /** Left and right child of each node (a leaf: itself twice). */
  private readonly children: Int32Array;
  private readonly value: Float64Array;
  private readonly roots: Int32Array;
  private readonly depths: Int32Array;
  /** Per categorical split: its feature × 2 + 1 when a missing value goes right. */
  private readonly categorySplit: Int32Array;
  private readonly categoryOffset: Int32Array;
  private readonly categorySize: Int32Array;
  /** Per categorical split and code: 1 to go right, 0 left (codes the split never saw take the missing way). */
  private readonly categoryRight: Uint8Array;
  private readonly width: number;

  constructor(trees: readonly Tree[], scales: ArrayLike<number> = new Float64Array(trees.length).fill(1)) {
    const total = trees.reduce((sum, tree) => sum + tree.feature.length, 0);
    this.split = new Int32Array(total);
    this.threshold = new Float64Array(total);
    this.children = new Int32Array(total * 2);
    this.value = new Float64Array(total);
    this.roots = new Int32Array(trees.length);
    this.depths = new Int32Array(trees.length);
    const categorySplit: number[] = [];
    const categoryOffset: number[] = [];
    const categorySize: number[] = [];
    const ways: number[] = [];
    let width = 0;
    let base = 0;
    trees.forEach((tree, t) => {
      this.roots[t] = base;
      this.depths[t] = treeDepth(tree);
      for (let node = 0; node < tree.feature.length; node += 1) {
        const at = base + node;
        const feature = tree.feature[node];
        if (feature < 0) {
          this.children[2 * at] = at;
          this.children[2 * at + 1] = at;
          this.value[at] = tree.value[node] * scales[t];
          continue;
        }
        width = Math.max(width, feature + 1);
        const packed = feature * 2 + (tree.defaultLeft[node] ? 0 : 1);
        this.split[at] = packed;
        this.children[2 * at] = base + tree.left[node];
        this.children[2 * at + 1] = base + tree.right[node];
        const leftCategories = tree.leftCategories[node];
        if (leftCategories) {
          const known = tree.knownCategories[node] as readonly number[];
          const size = known.reduce((max, code) => Math.max(max, code + 1), 0);
          this.split[at] = -1 - categoryOffset.length;
          categorySplit.push(packed);
          categoryOffset.push(ways.length);
          categorySize.push(size);
          const table = new Array<number>(size).fill(tree.defaultLeft[node] ? 0 : 1);
          for (const code of known) table[code] = 1;
          for (const code of leftCategories) table[code] = 0;
          ways.push(...table);
        } else this.threshold[at] = tree.threshold[node];
      }
      base += tree.feature.length;
    });
    this.categorySplit = Int32Array.from(categorySplit);
    this.categoryOffset = Int32Array.from(categoryOffset);
    this.categorySize = Int32Array.from(categorySize);
    this.categoryRight = Uint8Array.from(ways);
    this.width = width;
  }

  get treeCount(): number {
    return this.roots.length;
  }

  /** The child a categorical split (split = −1 − k) sends the row at `offset` to. */
  private categoricalChild(node: number, k: number, row: Float64Array, offset: number): number {
    const packed = this.categorySplit[k];
    const x = row[offset + (packed >> 1)];
    // Missing, negative or too large: the missing way; a code that is not an integer reads undefined: also.
    const right = x >= 0 && x < this.categorySize[k] ? (this.categoryRight[this.categoryOffset[k] + x] ?? packed & 1) : packed & 1;
    return this.children[2 * node + right];
  }

  /** One step from a node (a leaf stays where it is). */
  private child(node: number, row: Float64Array, offset: number): number {
    const split = this.split[node];
    if (split < 0) return this.categoricalChild(node, -1 - split, row, offset);
    const x = row[offset + (split >> 1)];
    return this.children[2 * node + (+(x > this.threshold[node]) | (+(x !== x) & split))];
  }

  /** Σ leaf values of the row whose values (by feature index) start at `offset` in `row`. */
  predictRow(row: Float64Array, offset = 0): number {
    const { roots, depths, children } = this;
    let sum = 0;
    for (let t = 0; t < roots.length; t += 1) {
      let node = roots[t];
      // A leaf is its own child: stop there.
      for (let step = 0; step < depths[t] && children[2 * node] !== node; step += 1) node = this.child(node, row, offset);
      sum += this.value[node];
    }
    return sum;
  }

  /** Adds every tree's leaf value for `count` rows of a row-major chunk (`columns` values per row) to out[start…]. */
  private addChunk(chunk: Float64Array, count: number, columns: number, out: Float64Array, start: number): void {
    const { roots, depths, split, threshold, children, value } = this;
    for (let t = 0; t < roots.length; t += 1) {
      const root = roots[t];
      const depth = depths[t];
      let i = 0;
      // Four rows at a time, each numeric step branch-free: right = (x > threshold) | (x missing & missing goes right).
      for (; i + 4 <= count; i += 4) {
        let a = root;
        let b = root;
        let c = root;
        let d = root;
        const oa = i * columns;
        const ob = oa + columns;
        const oc = ob + columns;
        const od = oc + columns;
        for (let step = 0; step < depth; step += 1) {
          let s = split[a];
          let x = 0;
          if (s >= 0) {
            x = chunk[oa + (s >> 1)];
            a = children[2 * a + (+(x > threshold[a]) | (+(x !== x) & s))];
          } else a = this.categoricalChild(a, -1 - s, chunk, oa);
          s = split[b];
          if (s >= 0) {
            x = chunk[ob + (s >> 1)];
            b = children[2 * b + (+(x > threshold[b]) | (+(x !== x) & s))];
          } else b = this.categoricalChild(b, -1 - s, chunk, ob);
          s = split[c];
          if (s >= 0) {
            x = chunk[oc + (s >> 1)];
            c = children[2 * c + (+(x > threshold[c]) | (+(x !== x) & s))];
          } else c = this.categoricalChild(c, -1 - s, chunk, oc);
          s = split[d];
          if (s >= 0) {
            x = chunk[od + (s >> 1)];
            d = children[2 * d + (+(x > threshold[d]) | (+(x !== x) & s))];
          } else d = this.categoricalChild(d, -1 - s, chunk, od);
        }
        out[start + i] += value[a];
        out[start + i + 1] += value[b];
        out[start + i + 2] += value[c];
        out[start + i + 3] += value[d];
      }
      for (; i < count; i += 1) {
        let node = root;
        for (let step = 0; step < depth; step += 1) node = this.child(node, chunk, i * columns);
        out[start + i] += value[node];
      }
    }
  }

  /**
   * Adds Σ leaf values of every row of a column-major matrix (`rows` rows, `columns` columns) to `out`: rows are
   * transposed a chunk at a time and the chunk runs through every tree while its values are in cache.
   */
  addColumnMajor(data: Float64Array, rows: number, columns: number, out: Float64Array): void {
    if (columns < this.width) throw new RangeError(`the forest reads ${this.width} features, the matrix has ${columns}`);
    const chunk = new Float64Array(CHUNK_ROWS * columns);
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const count = Math.min(CHUNK_ROWS, rows - start);
      for (let j = 0; j < columns; j += 1) {
        const from = j * rows + start;
        for (let i = 0; i < count; i += 1) chunk[i * columns + j] = data[from + i];
      }
      this.addChunk(chunk, count, columns, out, start);
    }
  }
}
