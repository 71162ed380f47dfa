import { giniBestSplit } from './gini-best-split'

/** A fitted binary tree in flat arrays, nodes in depth-first pre-order like scikit-learn's tree_. */
export interface TreeArrays {
  /** feature index of the split, −1 at a leaf */
  feature: number[]
  /** go left when float32(x[feature]) ≤ threshold; 0 at a leaf */
  threshold: number[]
  /** child node ids, −1 at a leaf */
  left: number[]
  right: number[]
  /** P(class 1) = fraction of class 1 among the node's training samples */
  value: number[]
  samples: number[]
  depth: number[]
}

/**
 * CART classification tree with the Gini criterion, equivalent to scikit-learn's
 * `DecisionTreeClassifier(max_depth=…)` with its other defaults. Features are cast to float32,
 * as scikit-learn does, so thresholds match its `tree_.threshold`. Each feature's sample order is
 * sorted once and partitioned stably at every split: O(n · features) per tree level.
 */
export function fitDecisionTree(
  columns: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  { maxDepth }: { maxDepth: number },
): TreeArrays {
  if (!Number.isInteger(maxDepth) || maxDepth < 1) {
    throw new Error(`maxDepth must be a positive integer, got ${maxDepth}`)
  }
  const n = y.length
  if (n === 0) throw new Error('a decision tree needs at least one row')
  const values = columns.map((col) => Float32Array.from(col))
  const order = values.map((col) => {
    const idx = new Uint32Array(n)
    for (let i = 0; i < n; i++) idx[i] = i
    return idx.sort((a, b) => col[a]! - col[b]!)
  })
  const goesLeft = new Uint8Array(n)
  const scratch = new Uint32Array(n)
  const tree: TreeArrays = {
    feature: [],
    threshold: [],
    left: [],
    right: [],
    value: [],
    samples: [],
    depth: [],
  }
  const stack = [{ start: 0, end: n, depth: 0, parent: -1, isLeft: false }]
  while (stack.length > 0) {
    const { start, end, depth, parent, isLeft } = stack.pop()!
    const count = end - start
    let positives = 0
    for (let k = start; k < end; k++) positives += y[order[0]![k]!]!
    const negatives = count - positives
    const impurity = 1.0 - (negatives * negatives + positives * positives) / (count * count)
    const id = tree.feature.length
    if (parent >= 0) (isLeft ? tree.left : tree.right)[parent] = id
    const isLeaf = depth >= maxDepth || count < 2 || impurity <= Number.EPSILON
    const split = isLeaf ? null : giniBestSplit(values, order, y, start, end, positives)
    tree.feature.push(split ? split.feature : -1)
    tree.threshold.push(split ? split.threshold : 0)
    tree.left.push(-1)
    tree.right.push(-1)
    tree.value.push(positives / count)
    tree.samples.push(count)
    tree.depth.push(depth)
    if (!split) continue
    const chosen = order[split.feature]!
    for (let k = start; k < end; k++) goesLeft[chosen[k]!] = k < split.pos ? 1 : 0
    for (const idx of order) partitionStable(idx, start, end, goesLeft, scratch)
    stack.push({ start: split.pos, end, depth: depth + 1, parent: id, isLeft: false })
    stack.push({ start, end: split.pos, depth: depth + 1, parent: id, isLeft: true })
  }
  return tree
}

/** Moves the left samples of idx[start, end) before the right ones, keeping each side's order. */
function partitionStable(
  idx: Uint32Array,
  start: number,
  end: number,
  goesLeft: Uint8Array,
  scratch: Uint32Array,
): void {
  let l = start
  let r = 0
  for (let k = start; k < end; k++) {
    const i = idx[k]!
    if (goesLeft[i]) idx[l++] = i
    else scratch[r++] = i
  }
  idx.set(scratch.subarray(0, r), l)
}
