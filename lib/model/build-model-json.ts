import type { TreeArrays } from './fit-decision-tree'
import type { LogisticRegressionFit } from './fit-logistic-regression'
import {
  MODEL_JSON_FORMAT,
  MODEL_JSON_VERSION,
  type DecisionTreeJson,
  type LogisticRegressionJson,
} from './model-json'

interface Common {
  features: readonly string[]
  target: string
  training: Record<string, string | number>
}

export function logisticRegressionJson(
  fit: LogisticRegressionFit,
  c: number,
  { features, target, training }: Common,
): LogisticRegressionJson {
  return {
    format: MODEL_JSON_FORMAT,
    version: MODEL_JSON_VERSION,
    type: 'logistic_regression',
    features: [...features],
    target,
    training,
    hyperparameters: { penalty: 'l2', C: c },
    intercept: fit.intercept,
    coefficients: Array.from(fit.coefficients),
  }
}

export function decisionTreeJson(
  tree: TreeArrays,
  maxDepth: number,
  { features, target, training }: Common,
): DecisionTreeJson {
  return {
    format: MODEL_JSON_FORMAT,
    version: MODEL_JSON_VERSION,
    type: 'decision_tree',
    features: [...features],
    target,
    training,
    hyperparameters: { criterion: 'gini', max_depth: maxDepth },
    tree: {
      feature: tree.feature,
      threshold: tree.threshold,
      left: tree.left,
      right: tree.right,
      value: tree.value,
      samples: tree.samples,
    },
  }
}
