import type { TreeArrays } from './fit-decision-tree'

/**
 * P(class 1) of each row under the same tree cut at every depth 1…maxDepth: result[k − 1][i] is
 * what a tree grown with max_depth = k predicts for row i. A depth-first tree does not depend on
 * max_depth above a node, so one deep tree answers for all shallower ones.
 */
export function treeDepthProbabilities(
  tree: TreeArrays,
  columns: readonly ArrayLike<number>[],
  maxDepth: number,
): Float64Array[] {
  const n = columns[0]?.length ?? 0
  const out = Array.from({ length: maxDepth }, () => new Float64Array(n))
  for (let i = 0; i < n; i++) {
    let node = 0
    let depth = 0
    while (depth < maxDepth) {
      const f = tree.feature[node]!
      if (f >= 0) {
        node =
          Math.fround(columns[f]![i]!) <= tree.threshold[node]!
            ? tree.left[node]!
            : tree.right[node]!
      }
      depth++
      out[depth - 1]![i] = tree.value[node]!
    }
  }
  return out
}
