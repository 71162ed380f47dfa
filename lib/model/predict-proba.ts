import { sigmoid } from './logistic-objective'
import type { ModelJson } from './model-json'
import { ModelInputError } from './model-json-error'

/**
 * P(class 1) of one input vector, values in the order of `model.features`. The single place
 * where a score is computed, so the pipeline's prediction_score and the browser's what-if form
 * give bit-identical numbers.
 */
export function predictProbaVector(model: ModelJson, x: ArrayLike<number>): number {
  if (model.type === 'logistic_regression') {
    let z = model.intercept
    for (let j = 0; j < model.coefficients.length; j++) z += model.coefficients[j]! * x[j]!
    return sigmoid(z)
  }
  const { feature, threshold, left, right, value } = model.tree
  let node = 0
  while (feature[node]! >= 0) {
    node = Math.fround(x[feature[node]!]!) <= threshold[node]! ? left[node]! : right[node]!
  }
  return value[node]!
}

/** P(class 1) of one row given by feature name; a missing or non-finite value is an error. */
export function predictProba(model: ModelJson, row: Readonly<Record<string, number>>): number {
  const x = model.features.map((name) => {
    const v = row[name]
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ModelInputError(`feature "${name}" must be a finite number, got ${String(v)}`)
    }
    return v
  })
  return predictProbaVector(model, x)
}

/**
 * P(class 1) for every row of a column table (one array per feature name, equal lengths).
 * Throws ModelInputError naming the feature and row of the first missing or non-finite value.
 */
export function predictProbaColumns(
  model: ModelJson,
  columns: Readonly<Record<string, ArrayLike<number>>>,
): Float64Array {
  const cols = model.features.map((name) => {
    const col = columns[name]
    if (!col) throw new ModelInputError(`no column for feature "${name}"`)
    return col
  })
  const n = cols[0]?.length ?? 0
  cols.forEach((col, j) => {
    if (col.length !== n) {
      throw new ModelInputError(
        `feature "${model.features[j]}" has ${col.length} rows, "${model.features[0]}" has ${n}`,
      )
    }
  })
  const out = new Float64Array(n)
  const x = new Float64Array(cols.length)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < cols.length; j++) {
      const v = cols[j]![i]!
      if (!Number.isFinite(v)) {
        throw new ModelInputError(
          `feature "${model.features[j]}" row ${i} is ${v}, not a finite number`,
        )
      }
      x[j] = v
    }
    out[i] = predictProbaVector(model, x)
  }
  return out
}
