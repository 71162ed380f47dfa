import type { Columns, ModelNode, OpSpec } from '../model-node'
import type { PyObject } from '../py-value'
import { classLabels, EstimatorStateError, field, ndarray, pyObject } from './py-state'

/** A fitted scikit-learn tree as flat arrays; `values` is one row per node (first output). */
export interface TreeNode extends ModelNode {
  left: number[]
  right: number[]
  feature: number[]
  threshold: number[]
  /** 1 = NaN goes left, 0 = right; null when the pickle predates missing-value support */
  missingLeft: number[] | null
  values: number[][]
  classes: Array<number | string> | null
}

const TREE = 'sklearn.tree._tree.Tree'

export function buildTree(obj: PyObject, classifier: boolean): TreeNode {
  const tree = pyObject(obj, 'tree_', field(obj, 'tree_'))
  if (tree.className !== TREE) {
    throw new EstimatorStateError(`${obj.className}.tree_ is a ${tree.className}, not ${TREE}.`)
  }
  const nodes = ndarray(tree, 'nodes')
  const values = ndarray(tree, 'values')
  if (nodes.dtype !== 'structured' || !Array.isArray(nodes.data)) {
    throw new EstimatorStateError(`${TREE}.nodes is not a structured array (dtype ${nodes.dtype}).`)
  }
  const recs = nodes.data as Record<string, number>[]
  const n = recs.length
  const [vn, , vk] = values.shape
  if (vn !== n || !(values.data instanceof Float64Array) || vk === undefined) {
    throw new EstimatorStateError(
      `${TREE}.values has shape ${values.shape.join('x')} for ${n} nodes.`,
    )
  }
  const width = values.shape.slice(1).reduce((a, b) => a * b, 1)
  const vdata = values.data
  const rows: number[][] = []
  for (let i = 0; i < n; i++) rows.push(Array.from(vdata.subarray(i * width, i * width + vk)))
  const col = (k: string) => recs.map((r) => r[k] ?? NaN)
  const hasMissing =
    nodes.fields?.includes('missing_go_to_left') ?? 'missing_go_to_left' in (recs[0] ?? {})
  return {
    op: classifier ? 'decision-tree-classifier' : 'decision-tree-regressor',
    className: obj.className,
    left: col('left_child'),
    right: col('right_child'),
    feature: col('feature'),
    threshold: col('threshold'),
    missingLeft: hasMissing ? col('missing_go_to_left') : null,
    values: rows,
    classes: classifier ? classLabels(obj) : null,
  }
}

/** A tree's node arrays as typed arrays, built once per node object (the walk is the hot loop). */
interface FlatTree {
  left: Int32Array
  right: Int32Array
  feature: Int32Array
  threshold: Float64Array
  /** 1 = NaN goes left; all 0 when the pickle predates missing-value support */
  missingLeft: Uint8Array
  /** the distinct features the splits use */
  used: number[]
}

const FLAT = new WeakMap<TreeNode, FlatTree>()
const EMPTY = new Float64Array(0)

function flat(t: TreeNode): FlatTree {
  let f = FLAT.get(t)
  if (!f) {
    f = {
      left: Int32Array.from(t.left),
      right: Int32Array.from(t.right),
      feature: Int32Array.from(t.feature),
      threshold: Float64Array.from(t.threshold),
      missingLeft: t.missingLeft ? Uint8Array.from(t.missingLeft) : new Uint8Array(t.left.length),
      used: [...new Set(t.feature.filter((_, i) => t.left[i] !== -1))],
    }
    FLAT.set(t, f)
  }
  return f
}

/** Index of the leaf each row reaches; X is compared as float32, as scikit-learn casts it. */
export function treeLeaves(t: TreeNode, input: Columns): Int32Array {
  const out = new Int32Array(input.rows)
  if (input.rows === 0) return out
  const { left, right, feature, threshold, missingLeft, used } = flat(t)
  const cols: Float64Array[] = input.cols.map(() => EMPTY)
  for (const f of used) {
    const col = input.cols[f]
    if (!(col instanceof Float64Array)) {
      throw new EstimatorStateError(`${t.className} needs a numeric column ${input.names[f] ?? f}.`)
    }
    cols[f] = col
  }
  for (let r = 0; r < input.rows; r++) {
    let i = 0
    while (left[i]! !== -1) {
      const x = Math.fround(cols[feature[i]!]![r]!)
      const goLeft = x !== x ? missingLeft[i] === 1 : x <= threshold[i]!
      i = goLeft ? left[i]! : right[i]!
    }
    out[r] = i
  }
  return out
}

/** predict_proba: the leaf's class weights divided by their sum. */
export function treeProba(t: TreeNode, input: Columns): Float64Array[] {
  const k = t.values[0]?.length ?? 0
  const cols = Array.from({ length: k }, () => new Float64Array(input.rows))
  const leaves = treeLeaves(t, input)
  const proba = leafProba(t)
  for (let c = 0; c < k; c++) {
    const col = cols[c]!
    for (let r = 0; r < input.rows; r++) col[r] = proba[leaves[r]! * k + c]!
  }
  return cols
}

/** Adds the tree's predict_proba to `sum` (one column per class), without allocating columns. */
export function addTreeProba(t: TreeNode, input: Columns, sum: Float64Array[]): void {
  const k = sum.length
  const leaves = treeLeaves(t, input)
  const proba = leafProba(t)
  for (let c = 0; c < k; c++) {
    const col = sum[c]!
    for (let r = 0; r < input.rows; r++) col[r]! += proba[leaves[r]! * k + c]!
  }
}

const PROBA = new WeakMap<TreeNode, Float64Array>()

/** Every node's class weights divided by their sum, node-major (computed once per tree). */
function leafProba(t: TreeNode): Float64Array {
  let p = PROBA.get(t)
  if (!p) {
    const k = t.values[0]?.length ?? 0
    p = new Float64Array(t.values.length * k)
    t.values.forEach((v, i) => {
      let s = 0
      for (const x of v) s += x
      if (s === 0) s = 1
      for (let c = 0; c < k; c++) p![i * k + c] = v[c]! / s
    })
    PROBA.set(t, p)
  }
  return p
}

export function treePredict(t: TreeNode, input: Columns): Float64Array {
  const leaves = treeLeaves(t, input)
  return Float64Array.from(leaves, (l) => t.values[l]![0]!)
}

export function probaColumns(
  classes: Array<number | string>,
  cols: Float64Array[],
  rows: number,
): Columns {
  return { names: classes.map(String), cols, rows }
}

export const DECISION_TREE_OPS: OpSpec[] = [
  {
    op: 'decision-tree-classifier',
    classNames: [
      'sklearn.tree._classes.DecisionTreeClassifier',
      'sklearn.tree._classes.ExtraTreeClassifier',
    ],
    role: 'classifier',
    build: (obj) => buildTree(obj, true),
    apply: (node, input) => {
      const t = node as TreeNode
      return probaColumns(t.classes ?? [], treeProba(t, input), input.rows)
    },
  },
  {
    op: 'decision-tree-regressor',
    classNames: [
      'sklearn.tree._classes.DecisionTreeRegressor',
      'sklearn.tree._classes.ExtraTreeRegressor',
    ],
    role: 'regressor',
    build: (obj) => buildTree(obj, false),
    apply: (node, input) => ({
      names: ['prediction'],
      cols: [treePredict(node as TreeNode, input)],
      rows: input.rows,
    }),
  },
]
