import { binaryMetrics, type BinaryMetrics } from '@/lib/metrics/binary-metrics'
import { logLoss } from '@/lib/metrics/log-loss'
import { decisionTreeJson, logisticRegressionJson } from '@/lib/model/build-model-json'
import { FEATURES, TARGET } from '@/lib/model/features'
import { fitDecisionTree } from '@/lib/model/fit-decision-tree'
import { fitLogisticRegression } from '@/lib/model/fit-logistic-regression'
import type { ModelJson } from '@/lib/model/model-json'
import { predictProbaColumns } from '@/lib/model/predict-proba'
import { selectTreeDepth } from '@/lib/model/select-tree-depth'
import type { FeatureMatrix } from './feature-matrix'

export type CandidateName = 'LogisticRegression' | 'DecisionTree'

/** A fitted model with what its MLflow run records. */
export interface Candidate {
  name: CandidateName
  model: ModelJson
  params: Record<string, string | number>
  /** on base_test */
  testMetrics: BinaryMetrics
  trainLogLoss: number
  /** extra series, e.g. the cross-validated log loss per depth (step = depth) */
  series: { key: string; step: number; value: number }[]
}

export interface TrainSettings {
  seed: number
  cvFolds: number
  maxDepth: number
}

function evaluate(model: ModelJson, train: FeatureMatrix, test: FeatureMatrix) {
  return {
    testMetrics: binaryMetrics(test.y, predictProbaColumns(model, test.byName)),
    trainLogLoss: logLoss(train.y, predictProbaColumns(model, train.byName)),
  }
}

/**
 * Fits both candidates on base_train and scores them on base_test: scikit-learn's default
 * LogisticRegression (solved to full convergence) and a Gini tree whose max_depth is chosen by
 * stratified k-fold cross-validation on log loss.
 */
export function trainCandidates(
  train: FeatureMatrix,
  test: FeatureMatrix,
  { seed, cvFolds, maxDepth }: TrainSettings,
): Candidate[] {
  const training = { rows: train.y.length, seed }
  const common = { features: FEATURES, target: TARGET, training }

  const fit = fitLogisticRegression(train.columns, train.y, { c: 1 })
  const logistic = logisticRegressionJson(fit, 1, common)
  const lr: Candidate = {
    name: 'LogisticRegression',
    model: logistic,
    params: { model_type: 'logistic_regression', penalty: 'l2', C: 1, solver: 'newton' },
    ...evaluate(logistic, train, test),
    series: [
      { key: 'newton_iterations', step: 0, value: fit.iterations },
      { key: 'gradient_max', step: 0, value: fit.gradientMax },
    ],
  }

  const cv = selectTreeDepth(train.columns, train.y, { maxDepth, folds: cvFolds, seed })
  const tree = fitDecisionTree(train.columns, train.y, { maxDepth: cv.bestDepth })
  const treeModel = decisionTreeJson(tree, cv.bestDepth, common)
  const dt: Candidate = {
    name: 'DecisionTree',
    model: treeModel,
    params: {
      model_type: 'decision_tree',
      criterion: 'gini',
      max_depth: cv.bestDepth,
      cv_folds: cvFolds,
      cv_depths: `1-${maxDepth}`,
      cv_scoring: 'log_loss',
      tree_nodes: tree.feature.length,
    },
    ...evaluate(treeModel, train, test),
    series: [
      ...cv.depths.map((depth, d) => ({
        key: 'cv_log_loss',
        step: depth,
        value: cv.meanLogLoss[d]!,
      })),
      { key: 'cv_best_log_loss', step: 0, value: cv.meanLogLoss[cv.bestDepth - 1]! },
    ],
  }
  return [lr, dt]
}

/**
 * Log-loss margin a candidate must win by to replace the first (preferred) candidate, the
 * logistic regression. Within it the models are tied on test data, and the smooth model wins:
 * it uses every feature, so its probabilities move with each input (a shallow tree gives a
 * handful of distinct probabilities, which says little on drifted data and in a what-if form).
 */
export const SELECTION_MARGIN = 0.005

/**
 * The final model: the lowest log loss on base_test, unless it beats the preferred first
 * candidate by less than SELECTION_MARGIN; the reason names both log losses and the rule.
 */
export function selectCandidate(candidates: Candidate[]): { chosen: Candidate; reason: string } {
  const preferred = candidates[0]!
  const best = [...candidates].sort((a, b) => a.testMetrics.log_loss - b.testMetrics.log_loss)[0]!
  const gain = preferred.testMetrics.log_loss - best.testMetrics.log_loss
  const chosen = gain > SELECTION_MARGIN ? best : preferred
  const others = candidates
    .filter((c) => c !== chosen)
    .map((c) => `${c.testMetrics.log_loss.toFixed(4)} for ${c.name}`)
    .join(', ')
  const rule =
    chosen === best
      ? 'lowest log loss on base_test'
      : `log loss on base_test within ${SELECTION_MARGIN} of the best, so the preferred smooth model is kept`
  return {
    chosen,
    reason:
      `${rule}: ${chosen.testMetrics.log_loss.toFixed(4)} for ${chosen.name}` +
      (others ? ` vs ${others}` : ''),
  }
}
