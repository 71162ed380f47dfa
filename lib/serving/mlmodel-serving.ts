import { parseMlflowYaml } from '../mlflow/mlflow-yaml-read'
import type { PredictFn } from './servable-model'

/** What an MLmodel file says about serving: which file holds the model and what predict answers. */
export interface MlmodelServing {
  /** the model file inside the folder: the sklearn flavour's pickle or our model.json */
  modelFile: string | null
  format: 'pickle' | 'model-json' | null
  /** python_function.predict_fn, as `pyfunc_predict_fn` wrote it at logging time */
  predictFn: PredictFn | null
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/**
 * Reads an MLmodel's flavours: `sklearn.pickled_model` (cloudpickle or pickle; skops refused),
 * `python_function.model_path` / `predict_fn`, or our `kobe_model_json.model_file`. Throws an
 * Error naming the file, the field and the value it cannot serve.
 */
export function readMlmodelServing(yamlText: string, file: string): MlmodelServing {
  const flavors = record(parseMlflowYaml(yamlText, file).flavors)
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
    modelFile: pickled ?? json,
    format: pickled ? 'pickle' : json ? 'model-json' : null,
    predictFn: fn as PredictFn | null,
  }
}
