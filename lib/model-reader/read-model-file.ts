import type { Columns, ModelNode, OpSpec, PortableModel } from './model-node'
import { labels, shortName } from './nd'
import { OPS } from './ops'
import { unpickle } from './pickle/unpickle'
import { pycaretFeatures } from './pycaret/pycaret-pipeline'
import { pycaret2Features } from './pycaret/pycaret2-steps'
import type { PyObject, PyValue } from './py-value'

const BY_CLASS = new Map<string, OpSpec>()
for (const op of OPS) for (const c of op.classNames) BY_CLASS.set(c, op)
const BY_OP = new Map<string, OpSpec>(OPS.map((o) => [o.op, o]))

export type ReadModelResult = { ok: true; model: PortableModel } | { ok: false; error: string }

function supportedList(): string {
  return [...new Set(OPS.flatMap((o) => o.classNames.map((c) => c.split('.').pop() ?? c)))]
    .sort()
    .join(', ')
}

function isObject(v: PyValue): v is PyObject {
  return v !== null && typeof v === 'object' && 'kind' in v && v.kind === 'object'
}

/** Rebuild a pickled scikit-learn model as a PortableModel, or one sentence naming the file and class. */
export function readModelFile(bytes: Uint8Array, file: string): ReadModelResult {
  try {
    const root = unpickle(bytes, file)
    if (!isObject(root))
      return { ok: false, error: `${file} does not hold a model object but a plain value.` }
    const steps: string[] = []
    let finalRole: OpSpec['role'] | null = null
    let finalNode: ModelNode | null = null
    let decoded: Array<number | string> | null = null
    const build = (obj: PyObject): ModelNode => {
      const spec = BY_CLASS.get(obj.className)
      if (!spec)
        throw new Error(
          `${file} holds the class ${shortName(obj)} (${obj.className}), which the model reader does not support; supported: ${supportedList()}.`,
        )
      steps.push(shortName(obj))
      const node = spec.build(obj, { file, build, decodedLabels: (l) => (decoded = l) })
      if (spec.role !== 'pipeline' && spec.role !== 'transformer') {
        finalRole = spec.role
        finalNode = node
      }
      return node
    }
    const node = build(root)
    if (!finalRole || !finalNode)
      return {
        ok: false,
        error: `${file} holds a ${shortName(root)} with no final classifier or regressor.`,
      }
    const kind = finalRole === 'regressor' ? 'regressor' : 'classifier'
    const fin = finalNode as ModelNode
    // a model alone that keeps its inputs in its own format (an XGBoost Booster's feature names)
    const own = node === fin ? (fin as { featureNames?: string[] | null; numFeature?: number }) : {}
    const features =
      inputStep(root).state.feature_names_in_ != null
        ? labels(inputStep(root).state.feature_names_in_).map(String)
        : (pycaretFeatures(root) ?? pycaret2Features(inputStep(root)) ?? own.featureNames ?? null)
    const nIn = Number(
      inputStep(root).state.n_features_in_ ?? features?.length ?? own.numFeature ?? 0,
    )
    return {
      ok: true,
      model: {
        format: 'portable-model/1',
        kind,
        steps,
        classes:
          kind === 'classifier'
            ? decodeClasses((fin.classes as Array<number | string> | undefined) ?? null, decoded)
            : null,
        features,
        inputCount: nIn,
        root: node,
      },
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
}

/**
 * The final classifier's classes as the user's labels: when the target was label-encoded
 * (PyCaret's LabelEncoder) and the classes are its codes 0…n−1, the encoder's `classes_`.
 */
function decodeClasses(
  classes: Array<number | string> | null,
  decoded: Array<number | string> | null,
): Array<number | string> | null {
  if (!classes || !decoded) return classes
  const codes = classes.every((c, i) => Number(c) === i) && classes.length <= decoded.length
  return codes ? classes.map((_, i) => decoded[i]!) : classes
}

/** The object that saw the raw input: a Pipeline keeps feature names on its first real step. */
function inputStep(obj: PyObject): PyObject {
  if (obj.state.feature_names_in_ != null || obj.state.n_features_in_ != null) return obj
  const steps = obj.state.steps
  if (Array.isArray(steps)) {
    for (const step of steps) {
      const est = Array.isArray(step)
        ? step[1]
        : ((step as { items?: PyValue[] } | null)?.items?.[1] ?? null)
      if (est && isObject(est)) return inputStep(est)
    }
  }
  return obj
}

/** Apply one rebuilt node (recursively, through the op registry). */
export function applyNode(node: ModelNode, input: Columns): Columns {
  const spec = BY_OP.get(node.op)
  if (!spec) throw new Error(`The model node ${node.className} names an unknown op ${node.op}.`)
  return spec.apply(node, input, applyNode)
}

const ALIASES: Record<string, string[]> = {
  lng: ['lon', 'long', 'longitude'],
  lat: ['latitude'],
  lon: ['lng'],
}

/**
 * Score input columns (by name) with a PortableModel: columns are matched to the model's features by
 * name (with aliases such as lon for lng), else taken by position. Classifiers return one
 * probability column per class; regressors a `prediction` column.
 */
export function scoreModel(
  model: PortableModel,
  columns: Record<string, ArrayLike<unknown>>,
): Columns {
  const names = Object.keys(columns)
  const rows = names.length ? (columns[names[0]!]?.length ?? 0) : 0
  let picked: string[]
  if (model.features) {
    picked = model.features.map((f) => {
      if (f in columns) return f
      const alias = (ALIASES[f] ?? []).find((a) => a in columns)
      if (alias) return alias
      throw new Error(
        `The model expects the column ${f}, which the input lacks (it has ${names.join(', ')}).`,
      )
    })
  } else {
    if (names.length < model.inputCount)
      throw new Error(
        `The model expects ${model.inputCount} columns but the input has ${names.length}.`,
      )
    picked = names.slice(0, model.inputCount)
  }
  const cols = picked.map((n) => {
    const c = columns[n]
    if (c instanceof Float64Array) return c
    const arr = Array.from(c ?? [])
    if (
      arr.every(
        (x) =>
          x === null ||
          x === undefined ||
          typeof x === 'number' ||
          typeof x === 'bigint' ||
          typeof x === 'boolean',
      )
    )
      return Float64Array.from(arr, (x) => (x === null || x === undefined ? NaN : Number(x)))
    return arr.map((x) => (x === null || x === undefined ? null : String(x)))
  })
  return applyNode(model.root, { names: model.features ?? picked, cols, rows })
}
