import type { ModelJson } from '../model/model-json'
import { predictProbaVector } from '../model/predict-proba'
import type { PortableModel } from '../model-reader/model-node'
import { scoreModel } from '../model-reader/read-model-file'
import { inputNamesFor } from './input-names'
import type { LoggedModel } from './read-logged-model'
import { badRequest } from './serving-error'

export type PredictFn = 'predict' | 'predict_proba'
export type Label = number | string

/** A model the scoring server can answer with; `columns` holds one array per feature, in order. */
export interface ServableModel {
  features: string[]
  /** the request column names accepted for each feature, preferred first (`lng`, then `lon`…) */
  inputNames: string[][]
  kind: 'classifier' | 'regressor'
  /** the estimator's class names, outermost step first (`Pipeline`, …, `LogisticRegression`) */
  steps: string[]
  /** classes_ of a classifier (the probability columns' order); empty for a regressor */
  classes: Label[]
  /** null / empty cells are read as NaN (the model imputes them) instead of refused */
  acceptsMissing: boolean
  /** classifier: one probability column per class; regressor: one column of predicted values */
  score(columns: Float64Array[]): Float64Array[]
  /** labels (classifier) or values (regressor) of the rows, as `predict` answers */
  predict(columns: Float64Array[]): Label[]
}

/** Our kobe-model-json: P(class 1) from the JSON model, label 1 when P ≥ threshold. */
export function servableFromModelJson(json: ModelJson, threshold = 0.5): ServableModel {
  const n = json.features.length
  // one row's features, reused by every call (scoring is synchronous)
  const x = new Float64Array(n)
  const p1 = (columns: Float64Array[]) => {
    const rows = columns[0]?.length ?? 0
    const out = new Float64Array(rows)
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < n; j++) x[j] = columns[j]![i]!
      out[i] = predictProbaVector(json, x)
    }
    return out
  }
  return {
    features: json.features,
    inputNames: json.features.map(inputNamesFor),
    kind: 'classifier',
    steps: [json.type === 'logistic_regression' ? 'LogisticRegression' : 'DecisionTreeClassifier'],
    classes: [0, 1],
    acceptsMissing: false,
    score(columns) {
      const p = p1(columns)
      return [p.map((v) => 1 - v), p]
    },
    predict(columns) {
      const p = p1(columns)
      const labels = new Array<Label>(p.length)
      for (let i = 0; i < p.length; i++) labels[i] = p[i]! >= threshold ? 1 : 0
      return labels
    },
  }
}

/** Refuses an answer with NaN in it: a missing value reached a step that cannot impute it. */
function checkFinite(cols: Float64Array[], steps: string[]): Float64Array[] {
  for (const col of cols) {
    const i = col.findIndex((v) => Number.isNaN(v))
    if (i >= 0) {
      throw badRequest(
        `Failed to predict data: row ${i} has a missing (null) feature and the model (${steps.join(' > ')}) has no imputer for it.`,
      )
    }
  }
  return cols
}

/**
 * A scikit-learn model rebuilt by lib/model-reader from a pickle. Features are its
 * `feature_names_in_`, else x0, x1, … by position (scikit-learn's own default names).
 */
export function servableFromPortable(model: PortableModel): ServableModel {
  const features = model.features ?? Array.from({ length: model.inputCount }, (_, j) => `x${j}`)
  const score = (columns: Float64Array[]) => {
    const named = Object.fromEntries(features.map((f, j) => [f, columns[j]!]))
    return checkFinite(
      scoreModel(model, named).cols.map((c) =>
        c instanceof Float64Array ? c : Float64Array.from(c, Number),
      ),
      model.steps,
    )
  }
  const classes = model.classes ?? []
  return {
    features,
    inputNames: features.map(inputNamesFor),
    kind: model.kind,
    steps: model.steps,
    classes,
    acceptsMissing: true,
    score,
    predict(columns) {
      const cols = score(columns)
      if (model.kind === 'regressor') return Array.from(cols[0] ?? [])
      const rows = cols[0]?.length ?? 0
      const out = new Array<Label>(rows)
      for (let i = 0; i < rows; i++) {
        let best = 0
        for (let k = 1; k < cols.length; k++) if (cols[k]![i]! > cols[best]![i]!) best = k
        out[i] = classes[best] ?? best
      }
      return out
    },
  }
}

/** A model as read from a store or a folder (a pickle's PortableModel or our model.json), ready to answer. */
export const servableFromLogged = (model: LoggedModel): ServableModel =>
  model.format === 'portable-model/1' ? servableFromPortable(model) : servableFromModelJson(model)
