import type { ModelJson } from '../../model/model-json'
import { predictProbaVector } from '../../model/predict-proba'
import type { PortableModel } from '../../model-reader/model-node'
import { scoreModel } from '../../model-reader/read-model-file'
import { positiveClassIndex } from '../../predictions/binary-value'
import type { LoggedModel } from '../../serving/read-logged-model'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'

const isPortable = (model: LoggedModel): model is PortableModel =>
  model.format === 'portable-model/1'

/** The model's inputs, in order: its feature names, else scikit-learn's positional x0, x1, … */
export function modelInputs(model: LoggedModel): string[] {
  if (!isPortable(model)) return model.features
  return model.features ?? Array.from({ length: model.inputCount }, (_, j) => `x${j}`)
}

export const modelKind = (model: LoggedModel): 'classifier' | 'regressor' =>
  isPortable(model) ? model.kind : 'classifier'

/**
 * The estimator as the selector names it: `LogisticRegression`, `DecisionTreeClassifier(max_depth=4)`
 * for our model.json, `Pipeline(StandardScaler, LogisticRegression)` for a pickle (PyCaret's
 * TransformerWrapper shells and repeats in a row left out).
 */
export function estimatorName(model: LoggedModel): string {
  if (!isPortable(model)) {
    return model.type === 'logistic_regression'
      ? 'LogisticRegression'
      : `DecisionTreeClassifier(max_depth=${model.hyperparameters.max_depth})`
  }
  // repeats in a row (a calibrated ensemble's members, imputers per column type) named once
  const steps = model.steps
    .filter((s) => !s.startsWith('TransformerWrapper'))
    .filter((s, i, all) => s !== all[i - 1])
  const [outer, ...inner] = steps
  return inner.length > 0 ? `${outer}(${inner.join(', ')})` : (outer ?? 'model')
}

interface OneHotLike {
  op: string
  features?: { categories: Array<string | number | null>; outNames: string[] }[]
}

/** Every OneHotEncoder node of a rebuilt model tree (pipeline steps, column transformers…). */
function oneHotNodes(value: unknown, out: OneHotLike[] = []): OneHotLike[] {
  if (Array.isArray(value)) for (const v of value) oneHotNodes(v, out)
  else if (value !== null && typeof value === 'object') {
    const node = value as OneHotLike
    if (node.op === 'one-hot-encoder' && Array.isArray(node.features)) out.push(node)
    else for (const v of Object.values(value)) oneHotNodes(v, out)
  }
  return out
}

/**
 * The categorical inputs of a model: each input a OneHotEncoder encodes (its output columns are
 * `<input>_<category>`), with the encoder's fitted categories as text (missing ones left out).
 */
export function categoricalInputs(model: LoggedModel): Record<string, string[]> {
  if (!isPortable(model)) return {}
  const inputs = modelInputs(model)
  const found: Record<string, string[]> = {}
  for (const node of oneHotNodes(model.root)) {
    for (const f of node.features ?? []) {
      const name = inputs
        .filter((i) => f.outNames.length > 0 && f.outNames.every((o) => o.startsWith(`${i}_`)))
        .sort((a, b) => b.length - a.length)[0]
      if (!name) continue
      const categories = f.categories.filter((c) => c !== null).map(String)
      found[name] = [...new Set([...(found[name] ?? []), ...categories])]
    }
  }
  return found
}

/**
 * Index of the positive class among a classifier's columns: class 1 (or "1", true, a decoded
 * label such as "made"; see positiveClassIndex), else the last.
 */
function positiveColumn(model: PortableModel): number {
  const classes = model.classes ?? []
  const i = positiveClassIndex(classes)
  return i >= 0 ? i : Math.max(0, classes.length - 1)
}

/** The class the what-if score is the probability of (its label), or null for a regressor. */
export function scoredClass(model: LoggedModel): number | string | null {
  if (!isPortable(model)) return 1
  if (model.kind === 'regressor') return null
  return model.classes?.[positiveColumn(model)] ?? null
}

/**
 * The what-if score of each row: a classifier's P(positive class), a regressor's output clipped
 * to [0, 1] (shown as a score, labelled as such). `columns` holds one array per input of `specs`
 * (a categorical input's values are indices into its spec's categories). Throws the model's
 * message when it cannot score them.
 */
export function scoreRows(
  model: LoggedModel,
  specs: readonly FeatureSpec[],
  columns: Readonly<Record<string, Float64Array>>,
): Float64Array {
  const inputs = modelInputs(model)
  const rows = columns[inputs[0] ?? '']?.length ?? 0
  for (const name of inputs) {
    const col = columns[name]
    if (!col || col.length !== rows) throw new Error(`what-if: input "${name}" has no value`)
    if (col.some((v) => !Number.isFinite(v)))
      throw new Error(`what-if: input "${name}" is not a finite number`)
  }
  if (!isPortable(model)) return scoreModelJson(model, inputs, columns, rows)
  const named: Record<string, ArrayLike<unknown>> = {}
  for (const name of inputs) {
    const categories = specs.find((s) => s.name === name)?.categories
    const col = columns[name]!
    named[name] = categories ? Array.from(col, (v) => categories[v] ?? null) : col
  }
  const out = scoreModel(model, named)
  const col = out.cols[model.kind === 'regressor' ? 0 : positiveColumn(model)]
  const scores = Float64Array.from(col ?? [], Number)
  return model.kind === 'regressor' ? scores.map((v) => Math.min(1, Math.max(0, v))) : scores
}

function scoreModelJson(
  model: ModelJson,
  inputs: string[],
  columns: Readonly<Record<string, Float64Array>>,
  rows: number,
): Float64Array {
  const out = new Float64Array(rows)
  const x = new Float64Array(inputs.length)
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < inputs.length; j++) x[j] = columns[inputs[j]!]![i]!
    out[i] = predictProbaVector(model, x)
  }
  return out
}

/** The what-if score of one row given by input name (see scoreRows). */
export function scoreRow(
  model: LoggedModel,
  specs: readonly FeatureSpec[],
  values: Readonly<Record<string, number>>,
): number {
  const columns = Object.fromEntries(
    modelInputs(model).map((name) => [name, Float64Array.of(values[name] ?? Number.NaN)]),
  )
  return scoreRows(model, specs, columns)[0]!
}
