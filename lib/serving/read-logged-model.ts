import { MODEL_JSON_FORMAT, type ModelJson } from '../model/model-json'
import { parseModelJson } from '../model/parse-model-json'
import type { PortableModel } from '../model-reader/model-node'
import { readModelFile } from '../model-reader/read-model-file'
import { MODEL_FILE_NAME } from '../views/what-if/model-artifact-path'
import { readMlmodelServing } from './mlmodel-serving'
import type { PredictFn } from './servable-model'

/** No model could be found or read; the message says what was tried, in one sentence. */
export class ModelNotFoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ModelNotFoundError'
  }
}

/** A model file as read: our pipeline's kobe-model-json, or a pickle rebuilt by lib/model-reader. */
export type LoggedModel = ModelJson | PortableModel

export const PICKLE_NAMES = ['model.pkl', 'model.pickle']

/**
 * Model bytes → a model: a pickle (through lib/model-reader's whitelisted unpickler, nothing
 * executed) or our model.json, told apart by the first byte (pickle protocols 2-5 start with
 * 0x80) or a .pkl / .pickle / .joblib name, so the reader names what it cannot read.
 */
export function parseLoggedModel(bytes: Uint8Array, source: string): LoggedModel {
  if (bytes[0] === 0x80 || /\.(pkl|pickle|joblib)$/i.test(source)) {
    const read = readModelFile(bytes, source)
    if (!read.ok) throw new ModelNotFoundError(read.error)
    return read.model
  }
  return parseModelJson(new TextDecoder().decode(bytes), source)
}

/** Reads one file of a model folder; null when it is absent. */
export type ReadModelFolderFile = (name: string) => Promise<Uint8Array | null>

export interface ReadFolderResult {
  model: LoggedModel
  /** `<where>/<file>` of the model file that was read */
  file: string
  /** the model file's name inside the folder (`model.pkl`, `model.json`) */
  name: string
  predictFn: PredictFn | null
}

/**
 * A logged-model folder read through `read`: its MLmodel names the file (sklearn's pickle or
 * our model.json) and predict_fn; without an MLmodel, model.json then model.pkl. A pickle
 * without `feature_names_in_` takes its input names from the MLmodel's signature.
 */
export async function readModelFolder(
  read: ReadModelFolderFile,
  where: string,
): Promise<ReadFolderResult> {
  const mlmodel = await read('MLmodel')
  const serving = mlmodel
    ? readMlmodelServing(new TextDecoder().decode(mlmodel), `${where}/MLmodel`)
    : null
  const names = serving?.modelFile ? [serving.modelFile] : [MODEL_FILE_NAME, ...PICKLE_NAMES]
  for (const name of names) {
    const bytes = await read(name)
    if (!bytes) continue
    const file = `${where}/${name}`
    let model = parseLoggedModel(bytes, file)
    const signed = serving?.signatureInputs
    if (
      model.format === 'portable-model/1' &&
      !model.features &&
      signed?.length === model.inputCount
    )
      model = { ...model, features: signed }
    return { model, file, name, predictFn: serving?.predictFn ?? null }
  }
  throw new ModelNotFoundError(
    serving?.modelFile
      ? `${where}/MLmodel names ${serving.modelFile}, which is not in the folder`
      : `${where} holds no MLmodel, ${[MODEL_FILE_NAME, ...PICKLE_NAMES].join(' or ')}`,
  )
}

/** Our own model.json model, or null for a pickled one (whose coefficients importance cannot read). */
export function ownModelJson(model: LoggedModel | null): ModelJson | null {
  // both kinds carry a `format`: ours is MODEL_JSON_FORMAT, a pickle's 'portable-model/1'
  return model && model.format === MODEL_JSON_FORMAT ? (model as ModelJson) : null
}
