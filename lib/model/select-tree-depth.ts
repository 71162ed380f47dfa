import { logLoss } from '@/lib/metrics/log-loss'
import { fitDecisionTree } from './fit-decision-tree'
import { stratifiedFolds } from './stratified-folds'
import { treeDepthProbabilities } from './tree-depth-probabilities'

export interface DepthSelection {
  bestDepth: number
  depths: number[]
  /** mean validation log loss over the folds, one per depth */
  meanLogLoss: number[]
  /** foldLogLoss[f][d]: fold f, depths[d] */
  foldLogLoss: number[][]
}

/**
 * Chooses max_depth by stratified k-fold cross-validation on log loss: per fold one tree is
 * grown to the largest depth and cut at each smaller one. The lowest mean wins; ties go to the
 * shallower tree.
 */
export function selectTreeDepth(
  columns: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  { maxDepth = 12, folds = 5, seed }: { maxDepth?: number; folds?: number; seed: number },
): DepthSelection {
  const fold = stratifiedFolds(y, folds, seed)
  const depths = Array.from({ length: maxDepth }, (_, i) => i + 1)
  const foldLogLoss: number[][] = []
  for (let f = 0; f < folds; f++) {
    const train: number[] = []
    const valid: number[] = []
    for (let i = 0; i < y.length; i++) (fold[i] === f ? valid : train).push(i)
    const pick = (col: ArrayLike<number>, rows: number[]) => Float64Array.from(rows, (i) => col[i]!)
    const tree = fitDecisionTree(
      columns.map((col) => pick(col, train)),
      pick(y, train),
      { maxDepth },
    )
    const validY = pick(y, valid)
    const byDepth = treeDepthProbabilities(
      tree,
      columns.map((col) => pick(col, valid)),
      maxDepth,
    )
    foldLogLoss.push(byDepth.map((p) => logLoss(validY, p)))
  }
  const meanLogLoss = depths.map((_, d) => foldLogLoss.reduce((s, row) => s + row[d]!, 0) / folds)
  let best = 0
  meanLogLoss.forEach((v, d) => {
    if (v < meanLogLoss[best]!) best = d
  })
  return { bestDepth: depths[best]!, depths, meanLogLoss, foldLogLoss }
}
