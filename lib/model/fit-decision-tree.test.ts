import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fitDecisionTree } from './fit-decision-tree'
import { loadJsonFixture, loadKobeFixture } from './fixtures/kobe-fixture'
import { treeDepthProbabilities } from './tree-depth-probabilities'

interface TreeReference {
  max_depth: number
  same_for_random_states_0_to_9: boolean
  feature: number[]
  threshold: number[]
  left: number[]
  right: number[]
  samples: number[]
  proba: number[]
}
const reference = loadJsonFixture<{ trees: TreeReference[] }>(
  path.join(__dirname, 'fixtures', 'sklearn-reference.json'),
)
const fixture = loadKobeFixture()

describe('fitDecisionTree against scikit-learn DecisionTreeClassifier', () => {
  const sk = reference.trees.find((t) => t.max_depth === 3)!

  it('grows the same depth-3 tree: structure, float32 thresholds, node sizes', () => {
    expect(sk.same_for_random_states_0_to_9).toBe(true)
    const tree = fitDecisionTree(fixture.columns, fixture.y, { maxDepth: 3 })
    expect(tree.feature).toEqual(sk.feature)
    expect(tree.left).toEqual(sk.left)
    expect(tree.right).toEqual(sk.right)
    expect(tree.samples).toEqual(sk.samples)
    expect(tree.threshold).toEqual(sk.threshold)
    expect(tree.samples[0]).toBe(300)
    expect(tree.value[0]).toBeCloseTo(130 / 300, 15)
  })

  it('predicts the same probabilities on every fixture row', () => {
    const tree = fitDecisionTree(fixture.columns, fixture.y, { maxDepth: 3 })
    const [, , depth3] = treeDepthProbabilities(tree, fixture.columns, 3)
    expect(Array.from(depth3!)).toEqual(sk.proba)
  })

  it('a deep tree cut at depth k predicts like a tree grown with max_depth = k', () => {
    const deep = fitDecisionTree(fixture.columns, fixture.y, { maxDepth: 8 })
    const byDepth = treeDepthProbabilities(deep, fixture.columns, 8)
    for (const k of [1, 2, 4, 6]) {
      const shallow = fitDecisionTree(fixture.columns, fixture.y, { maxDepth: k })
      const last = treeDepthProbabilities(shallow, fixture.columns, k)[k - 1]!
      expect(Array.from(byDepth[k - 1]!)).toEqual(Array.from(last))
    }
  })

  it('splits until a leaf is pure or its rows cannot be told apart', () => {
    const tree = fitDecisionTree(fixture.columns, fixture.y, { maxDepth: 40 })
    const rowsByLeaf = new Map<number, number[]>()
    for (let i = 0; i < fixture.y.length; i++) {
      let node = 0
      while (tree.feature[node]! >= 0) {
        const x = Math.fround(fixture.columns[tree.feature[node]!]![i]!)
        node = x <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!
      }
      rowsByLeaf.set(node, [...(rowsByLeaf.get(node) ?? []), i])
    }
    let impure = 0
    for (const [leaf, rows] of rowsByLeaf) {
      expect(rows.length).toBe(tree.samples[leaf])
      if (tree.value[leaf] === 0 || tree.value[leaf] === 1) continue
      impure++
      const key = (i: number) => fixture.columns.map((c) => Math.fround(c[i]!)).join()
      expect(new Set(rows.map(key)).size).toBe(1)
    }
    // the fixture has 6 groups of identical inputs with both outcomes (pandas groupby agrees)
    expect(impure).toBe(6)
  })

  it('rejects a depth that is not a positive integer', () => {
    expect(() => fitDecisionTree(fixture.columns, fixture.y, { maxDepth: 0 })).toThrow(
      'maxDepth must be a positive integer, got 0',
    )
  })
})
