import { parseMlflowYaml } from '../mlflow/mlflow-yaml-read'
import type { PredictFn } from './servable-model'

/** What an MLmodel file says about serving: which file holds the model and what predict answers. */
export interface MlmodelServing {
  /** the model file inside the folder: the sklearn flavour's pickle or our model.json */
  modelFile: string | null
  format: 'pickle' | 'model-json' | null
  /** python_function.predict_fn, as `pyfunc_predict_fn` wrote it at logging time */
  predictFn: PredictFn | null
  /** the signature's input column names, in order; null without a column signature */
  signatureInputs: string[] | null
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** The column names of `signature.inputs` (a JSON string of `{name, type}`), or null. */
function signatureInputs(signature: Record<string, unknown>): string[] | null {
  const inputs = text(signature.inputs)
  if (!inputs) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(inputs)
  } catch {
    return null
  }
  if (!Array.isArray(parsed)) return null
  const names = parsed.map((c) => record(c).name)
  return names.length > 0 && names.every((n) => typeof n === 'string') ? (names as string[]) : null
}

/**
 * Reads an MLmodel's flavours: `sklearn.pickled_model` (cloudpickle or pickle; skops refused),
 * `python_function.model_path` / `predict_fn`, or our `kobe_model_json.model_file`. Throws an
 * Error naming the file, the field and the value it cannot serve.
 */
export function readMlmodelServing(yamlText: string, file: string): MlmodelServing {
  const doc = parseMlflowYaml(yamlText, file)
  const flavors = record(doc.flavors)
  const pyfunc = record(flavors.python_function)
  const sklearn = record(flavors.sklearn)
  const ours = record(flavors.kobe_model_json)
  const fn = text(pyfunc.predict_fn)
  if (fn !== null && fn !== 'predict' && fn !== 'predict_proba') {
    throw new Error(
      `${file}: python_function.predict_fn is "${fn}"; the server answers predict or predict_proba`,
    )
  }
  const serialization = text(sklearn.serialization_format)
  if (serialization !== null && serialization !== 'cloudpickle' && serialization !== 'pickle') {
    throw new Error(
      `${file}: sklearn.serialization_format is "${serialization}"; only pickle and cloudpickle models can be read`,
    )
  }
  const pickled = text(sklearn.pickled_model) ?? text(pyfunc.model_path)
  const json = text(ours.model_file)
  return {
    signatureInputs: signatureInputs(record(doc.signature)),
    modelFile: pickled ?? json,
    format: pickled ? 'pickle' : json ? 'model-json' : null,
    predictFn: fn as PredictFn | null,
  }
}
