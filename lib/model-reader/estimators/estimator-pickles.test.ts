import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readParquetFile } from '../../parquet/read-parquet-file'
import { applyNode, readModelFile, scoreModel } from '../read-model-file'
import { toColumns } from './json-fixture'
import { treeLeaves, type TreeNode } from './decision-tree'

const FIX = join(__dirname, '..', 'fixtures', 'estimators')
const PEER = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'peer-models')

const NAMES = [
  'decision-tree-binary',
  'decision-tree-multiclass',
  'decision-tree-regressor',
  'random-forest',
  'random-forest-regressor',
  'extra-trees',
  'adaboost-samme',
  'adaboost-samme-r',
  'adaboost-samme-multiclass',
  'adaboost-samme-r-multiclass',
  'gradient-boosting-binary',
  'gradient-boosting-multiclass',
  'gradient-boosting-regressor',
  'gradient-boosting-zero',
  'calibrated-isotonic-single',
  'calibrated-isotonic',
  'calibrated-sigmoid-boosting',
  'calibrated-sigmoid-multiclass',
  'calibrated-sigmoid',
]

describe('cloudpickle files written by sklearn 1.2.1 score as sklearn does', () => {
  for (const name of NAMES) {
    it(`${name}.pkl is within 1e-9 of the expected output`, () => {
      const r = readModelFile(readFileSync(join(FIX, `${name}.pkl`)), `${name}.pkl`)
      if (!r.ok) throw new Error(r.error)
      const doc = JSON.parse(readFileSync(join(FIX, `${name}.json`), 'utf8')) as {
        X: number[][]
        expected: Array<number[] | number>
      }
      const out = applyNode(r.model.root, toColumns(doc.X))
      let worst = 0
      doc.expected.forEach((row, i) => {
        ;(Array.isArray(row) ? row : [row]).forEach((want, c) => {
          worst = Math.max(worst, Math.abs((out.cols[c] as Float64Array)[i]! - want))
        })
      })
      expect(worst).toBeLessThan(1e-9)
    })
  }
})

async function peerRows() {
  return (await readParquetFile(join(PEER, 'predictions_prod.parquet'))).data
}

function checkProba(cols: Float64Array[], rows: number) {
  for (let i = 0; i < rows; i++) {
    let s = 0
    for (const c of cols) {
      expect(c[i]).toBeGreaterThanOrEqual(0)
      expect(c[i]).toBeLessThanOrEqual(1)
      s += c[i]!
    }
    expect(Math.abs(s - 1)).toBeLessThan(1e-12)
  }
}

describe('peer models pickled by a newer scikit-learn', () => {
  it('decisionTree.pkl gives leaf proportions on the 5,412 prod rows', async () => {
    const r = readModelFile(readFileSync(join(PEER, 'decisionTree.pkl')), 'decisionTree.pkl')
    if (!r.ok) throw new Error(r.error)
    const cols = await peerRows()
    const out = scoreModel(r.model, cols)
    expect(out.rows).toBe(5412)
    checkProba(out.cols as Float64Array[], out.rows)
    const tree = r.model.root as TreeNode
    expect(tree.missingLeft).not.toBeNull()
    // hand-trace the first rows through the nodes and compare with the normalised leaf values
    const names = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']
    for (const row of [0, 1, 2, 100, 5411]) {
      const x = names.map((n) => Number((cols[n] as ArrayLike<unknown>)[row]))
      let i = 0
      while (tree.left[i] !== -1) {
        i = Math.fround(x[tree.feature[i]!]!) <= tree.threshold[i]! ? tree.left[i]! : tree.right[i]!
      }
      const v = tree.values[i]!
      const s = v.reduce((a, b) => a + b, 0)
      expect((out.cols[1] as Float64Array)[row]).toBeCloseTo(v[1]! / s, 12)
      const one = toColumns([x])
      expect(treeLeaves(tree, one)[0]).toBe(i)
    }
  })
  it('best_classifier.pkl (AdaBoost) gives probabilities on the 5,412 prod rows', async () => {
    const r = readModelFile(readFileSync(join(PEER, 'best_classifier.pkl')), 'best_classifier.pkl')
    if (!r.ok) throw new Error(r.error)
    expect(r.model.steps[0]).toBe('AdaBoostClassifier')
    const out = scoreModel(r.model, await peerRows())
    expect(out.rows).toBe(5412)
    checkProba(out.cols as Float64Array[], out.rows)
  })
})
