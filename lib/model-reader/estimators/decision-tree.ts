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

/** Index of the leaf each row reaches; X is compared as float32, as scikit-learn casts it. */
export function treeLeaves(t: TreeNode, input: Columns): Int32Array {
  const out = new Int32Array(input.rows)
  for (let r = 0; r < input.rows; r++) {
    let i = 0
    while (t.left[i]! !== -1) {
      const f = t.feature[i]!
      const col = input.cols[f]
      if (!(col instanceof Float64Array)) {
        throw new EstimatorStateError(
          `${t.className} needs a numeric column ${input.names[f] ?? f}.`,
        )
      }
      const x = Math.fround(col[r]!)
      const goLeft = Number.isNaN(x)
        ? t.missingLeft !== null && t.missingLeft[i] === 1
        : x <= t.threshold[i]!
      i = goLeft ? t.left[i]! : t.right[i]!
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
  for (let r = 0; r < input.rows; r++) {
    const v = t.values[leaves[r]!]!
    let s = 0
    for (const x of v) s += x
    if (s === 0) s = 1
    for (let c = 0; c < k; c++) cols[c]![r] = v[c]! / s
  }
  return cols
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
