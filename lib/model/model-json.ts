/**
 * The portable model file the pipeline writes as the MLflow artifact `model/model.json` and the
 * dashboard loads in the browser. Plain JSON, versioned; scores are P(shot_made_flag = 1).
 */
export const MODEL_JSON_FORMAT = 'kobe-model-json'
export const MODEL_JSON_VERSION = 1

interface ModelJsonBase {
  format: typeof MODEL_JSON_FORMAT
  version: typeof MODEL_JSON_VERSION
  /** input names, in the order of coefficients and tree feature indices */
  features: string[]
  target: string
  /** free-form facts about the training (rows, seed, …): numbers and strings only */
  training: Record<string, string | number>
}

export interface LogisticRegressionJson extends ModelJsonBase {
  type: 'logistic_regression'
  /** P = 1 / (1 + exp(−(intercept + Σ coefficients[j] · x[features[j]]))) */
  intercept: number
  coefficients: number[]
  hyperparameters: { penalty: 'l2'; C: number }
}

export interface DecisionTreeJson extends ModelJsonBase {
  type: 'decision_tree'
  hyperparameters: { criterion: 'gini'; max_depth: number }
  /**
   * Flat pre-order arrays, node 0 is the root. At a split node go left when
   * Math.fround(x[features[feature[i]]]) ≤ threshold[i] (inputs compared as float32, like
   * scikit-learn); a leaf has feature −1 and its value is P(class 1).
   */
  tree: {
    feature: number[]
    threshold: number[]
    left: number[]
    right: number[]
    value: number[]
    samples: number[]
  }
}

export type ModelJson = LogisticRegressionJson | DecisionTreeJson
export type ModelType = ModelJson['type']
