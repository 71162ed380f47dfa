import type { ModelNode, OpSpec } from '../model-node'
import { addTreeProba, buildTree, probaColumns, treePredict, type TreeNode } from './decision-tree'
import { classLabels, objectList } from './py-state'

/** Random forests and extra trees: the mean of the member trees' predict_proba or predict. */
export interface ForestNode extends ModelNode {
  trees: TreeNode[]
  classes: Array<number | string> | null
}

const P = 'sklearn.ensemble._forest.'

export const FOREST_OPS: OpSpec[] = [
  {
    op: 'forest-classifier',
    classNames: [P + 'RandomForestClassifier', P + 'ExtraTreesClassifier'],
    role: 'classifier',
    build: (obj): ForestNode => ({
      op: 'forest-classifier',
      className: obj.className,
      trees: objectList(obj, 'estimators_').map((t) => buildTree(t, true)),
      classes: classLabels(obj),
    }),
    apply: (node, input) => {
      const f = node as ForestNode
      const k = f.classes?.length ?? 0
      const sum = Array.from({ length: k }, () => new Float64Array(input.rows))
      for (const t of f.trees) addTreeProba(t, input, sum)
      for (const col of sum) for (let r = 0; r < input.rows; r++) col[r]! /= f.trees.length
      return probaColumns(f.classes ?? [], sum, input.rows)
    },
  },
  {
    op: 'forest-regressor',
    classNames: [P + 'RandomForestRegressor', P + 'ExtraTreesRegressor'],
    role: 'regressor',
    build: (obj): ForestNode => ({
      op: 'forest-regressor',
      className: obj.className,
      trees: objectList(obj, 'estimators_').map((t) => buildTree(t, false)),
      classes: null,
    }),
    apply: (node, input) => {
      const f = node as ForestNode
      const sum = new Float64Array(input.rows)
      for (const t of f.trees) {
        const p = treePredict(t, input)
        for (let r = 0; r < input.rows; r++) sum[r]! += p[r]!
      }
      for (let r = 0; r < input.rows; r++) sum[r]! /= f.trees.length
      return { names: ['prediction'], cols: [sum], rows: input.rows }
    },
  },
]
