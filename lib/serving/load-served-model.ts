import { readFile, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { parseModelJson } from '../model/parse-model-json'
import { readModelFile } from '../model-reader/read-model-file'
import { openTrackingStore } from '../tracking/open-store'
import type { TrackingStore } from '../tracking/types'
import { findServedModel } from '../views/what-if/find-served-model'
import {
  DEFAULT_MODEL_ARTIFACT,
  MODEL_FILE_NAME,
  modelArtifactFolder,
} from '../views/what-if/model-artifact-path'
import { readMlmodelServing } from './mlmodel-serving'
import {
  servableFromModelJson,
  servableFromPortable,
  type PredictFn,
  type ServableModel,
} from './servable-model'

export { servableFromModelJson, type ServableModel } from './servable-model'

export interface LoadedModel {
  model: ServableModel
  /** where it came from, for the startup line ("kobe-shot-model version 1 (run …)") */
  description: string
  /** the MLmodel's python_function.predict_fn, when the model came with one */
  predictFn: PredictFn | null
}

/** No model could be found or read; the message says what was tried, in one sentence. */
export class ModelNotFoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ModelNotFoundError'
  }
}

export interface LoadModelOptions {
  /** tracking store (default MLFLOW_TRACKING_URI, else ./mlruns) */
  trackingUri?: string
  cwd?: string
}

const PICKLE_NAMES = ['model.pkl', 'model.pickle']

/**
 * Reads model bytes as a servable model: a pickle (through lib/model-reader's whitelisted
 * unpickler) or our model.json, told apart by the first byte (pickle protocols 2-5 start with
 * 0x80) or a .pkl / .pickle / .joblib name, so the reader names what it cannot read.
 */
export function parseServableModel(bytes: Uint8Array, source: string): ServableModel {
  if (bytes[0] === 0x80 || /\.(pkl|pickle|joblib)$/i.test(source)) {
    const read = readModelFile(bytes, source)
    if (!read.ok) throw new ModelNotFoundError(read.error)
    return servableFromPortable(read.model)
  }
  return servableFromModelJson(parseModelJson(new TextDecoder().decode(bytes), source))
}

type ReadFile = (name: string) => Promise<Uint8Array | null>

/**
 * A logged-model folder read through `read`: its MLmodel names the file (sklearn's pickle or
 * our model.json) and predict_fn; without an MLmodel, model.json then model.pkl.
 */
async function fromModelFolder(
  read: ReadFile,
  where: string,
): Promise<{ model: ServableModel; file: string; predictFn: PredictFn | null }> {
  const mlmodel = await read('MLmodel')
  const serving = mlmodel
    ? readMlmodelServing(new TextDecoder().decode(mlmodel), `${where}/MLmodel`)
    : null
  const names = serving?.modelFile ? [serving.modelFile] : [MODEL_FILE_NAME, ...PICKLE_NAMES]
  for (const name of names) {
    const bytes = await read(name)
    if (bytes) {
      const file = `${where}/${name}`
      return { model: parseServableModel(bytes, file), file, predictFn: serving?.predictFn ?? null }
    }
  }
  throw new ModelNotFoundError(
    serving?.modelFile
      ? `${where}/MLmodel names ${serving.modelFile}, which is not in the folder`
      : `${where} holds no MLmodel, ${[MODEL_FILE_NAME, ...PICKLE_NAMES].join(' or ')}`,
  )
}

const readOrNull = (path: string) =>
  readFile(path).then(
    (b) => new Uint8Array(b),
    () => null,
  )

async function fromPath(path: string): Promise<LoadedModel> {
  const info = await stat(path)
  if (info.isDirectory()) {
    const found = await fromModelFolder((name) => readOrNull(join(path, name)), path)
    return { model: found.model, description: found.file, predictFn: found.predictFn }
  }
  const bytes = await readOrNull(path)
  if (!bytes) throw new ModelNotFoundError(`no model file at ${path}`)
  // a pickle inside an MLflow model folder answers what the MLmodel beside it says
  const beside =
    basename(path) === MODEL_FILE_NAME ? null : await readOrNull(join(path, '..', 'MLmodel'))
  const predictFn = beside
    ? readMlmodelServing(new TextDecoder().decode(beside), join(path, '..', 'MLmodel')).predictFn
    : null
  return { model: parseServableModel(bytes, path), description: path, predictFn }
}

function artifactReader(store: TrackingStore, runId: string, folder: string): ReadFile {
  return (name) =>
    store.readArtifact(runId, `${folder}/${name}`).then(
      (b) => b,
      () => null,
    )
}

async function fromRun(
  store: TrackingStore,
  runId: string,
  folder: string,
  description: string,
): Promise<LoadedModel> {
  const found = await fromModelFolder(artifactReader(store, runId, folder), `${runId}/${folder}`)
  return { model: found.model, description, predictFn: found.predictFn }
}

async function fromRegistry(
  store: TrackingStore,
  name: string,
  version: number | null,
  alias: string | null,
): Promise<LoadedModel> {
  const models = await store.listRegisteredModels()
  const registered = models.find((m) => m.name === name)
  if (!registered) {
    const known = models.map((m) => m.name).join(', ') || 'none'
    throw new ModelNotFoundError(
      `no registered model "${name}" in ${store.location} (registered: ${known})`,
    )
  }
  const number = alias !== null ? registered.aliases[alias] : version
  const mv = registered.versions.find((v) => v.version === number)
  if (!mv || !mv.runId) {
    const what = alias !== null ? `alias @${alias}` : `version ${version}`
    throw new ModelNotFoundError(`registered model "${name}" has no ${what} with a run`)
  }
  const description = `${name} version ${mv.version}${alias ? ` (@${alias})` : ''}, run ${mv.runId}`
  return fromRun(store, mv.runId, modelArtifactFolder(mv.source), description)
}

/**
 * The model to serve: `spec` is a run id, `models:/name/version`, `models:/name@alias`, or a
 * path to a model file (model.pkl, model.json) or an MLflow model folder; without one, the
 * pipeline's chosen model (registry alias `@champion`, else the newest registered or run model,
 * as the what-if view picks it).
 */
export async function loadServedModel(
  spec: string | undefined,
  options: LoadModelOptions = {},
): Promise<LoadedModel> {
  const cwd = options.cwd ?? process.cwd()
  if (spec && !spec.startsWith('models:/') && !/^[0-9a-f]{32}$/.test(spec)) {
    const path = resolve(cwd, spec)
    if (await stat(path).catch(() => null)) return fromPath(path)
    throw new ModelNotFoundError(`--model ${spec} is no file, folder, run id or models:/ URI`)
  }
  const uri = options.trackingUri ?? process.env.MLFLOW_TRACKING_URI ?? join(cwd, 'mlruns')
  const store = await openTrackingStore(uri, { cwd })
  return loadModelFromStore(spec, store)
}

/**
 * loadServedModel with a store already open (the build's): a run id, `models:/name/version`,
 * `models:/name@alias`, or without `spec` the pipeline's chosen model.
 */
export async function loadModelFromStore(
  spec: string | undefined,
  store: TrackingStore,
): Promise<LoadedModel> {
  if (spec?.startsWith('models:/')) {
    const rest = spec.slice('models:/'.length)
    const at = rest.match(/^([^/@]+)@(.+)$/)
    if (at) return fromRegistry(store, at[1]!, null, at[2]!)
    const ver = rest.match(/^([^/@]+)\/(\d+)$/)
    if (ver) return fromRegistry(store, ver[1]!, Number(ver[2]), null)
    throw new ModelNotFoundError(
      `--model ${spec} is not models:/name/version or models:/name@alias`,
    )
  }
  if (spec) return fromRun(store, spec, DEFAULT_MODEL_ARTIFACT, `run ${spec}`)
  const found = await findServedModel(store)
  if (found.status === 'missing') throw new ModelNotFoundError(found.detail)
  const s = found.source
  const description =
    s.registeredModel !== null
      ? `${s.registeredModel} version ${s.version}${s.alias ? ` (@${s.alias})` : ''}, run ${s.runId}`
      : `run ${s.runId}`
  return { model: servableFromModelJson(found.model), description, predictFn: null }
}
