import { readFile, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { openTrackingStore } from '../tracking/open-store'
import type { TrackingStore } from '../tracking/types'
import { findServedModel } from '../views/what-if/find-served-model'
import {
  DEFAULT_MODEL_ARTIFACT,
  MODEL_FILE_NAME,
  modelArtifactFolder,
} from '../views/what-if/model-artifact-path'
import { heldLoggedModels, loggedModelId, readLoggedModelFolder } from './logged-model-id'
import { readMlmodelServing } from './mlmodel-serving'
import {
  ModelNotFoundError,
  parseLoggedModel,
  readModelFolder,
  type ReadModelFolderFile,
} from './read-logged-model'
import { servableFromLogged, type PredictFn, type ServableModel } from './servable-model'

export { servableFromModelJson, type ServableModel } from './servable-model'
export { ModelNotFoundError } from './read-logged-model'

export interface LoadedModel {
  model: ServableModel
  /** where it came from, for the startup line ("kobe-shot-model version 1 (run …)") */
  description: string
  /** the MLmodel's python_function.predict_fn, when the model came with one */
  predictFn: PredictFn | null
}

export interface LoadModelOptions {
  /** tracking store (default MLFLOW_TRACKING_URI, else ./mlruns) */
  trackingUri?: string
  cwd?: string
}

/** Reads model bytes as a servable model (a pickle or our model.json; see parseLoggedModel). */
export function parseServableModel(bytes: Uint8Array, source: string): ServableModel {
  return servableFromLogged(parseLoggedModel(bytes, source))
}

async function fromModelFolder(read: ReadModelFolderFile, where: string) {
  const found = await readModelFolder(read, where)
  return { ...found, model: servableFromLogged(found.model) }
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

function artifactReader(store: TrackingStore, runId: string, folder: string): ReadModelFolderFile {
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

/** An MLflow 3.x LoggedModel (`models:/m-…`): its artifacts are its own, not its run's. */
async function fromLoggedModel(
  store: TrackingStore,
  modelId: string,
  description: string,
): Promise<LoadedModel> {
  const found = await readLoggedModelFolder(store, modelId).catch((error: Error) => {
    throw error instanceof ModelNotFoundError ? error : new ModelNotFoundError(error.message)
  })
  return { model: servableFromLogged(found.model), description, predictFn: found.predictFn }
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
  // MLflow 3's `models:/m-…` source, read where the store holds it (else the run's model folder)
  const logged = mv ? loggedModelId(mv.source) : null
  if (mv && logged && (await heldLoggedModels(store))(logged)) {
    const run = mv.runId ? `, run ${mv.runId}` : ''
    const what = `${name} version ${mv.version}${alias ? ` (@${alias})` : ''}, models:/${logged}${run}`
    return fromLoggedModel(store, logged, what)
  }
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
 * `models:/name@alias`, an MLflow 3.x logged model `models:/m-<id>` (also what a registered
 * version's source names in MLflow 3), or without `spec` the pipeline's chosen model.
 */
export async function loadModelFromStore(
  spec: string | undefined,
  store: TrackingStore,
): Promise<LoadedModel> {
  const logged = spec && loggedModelId(spec)
  if (logged) return fromLoggedModel(store, logged, `logged model ${logged}`)
  if (spec?.startsWith('models:/')) {
    const rest = spec.slice('models:/'.length)
    const at = rest.match(/^([^/@]+)@(.+)$/)
    if (at) return fromRegistry(store, at[1]!, null, at[2]!)
    const ver = rest.match(/^([^/@]+)\/(\d+)$/)
    if (ver) return fromRegistry(store, ver[1]!, Number(ver[2]), null)
    throw new ModelNotFoundError(
      `--model ${spec} is not models:/name/version, models:/name@alias or models:/m-<id>`,
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
  return { model: servableFromLogged(found.model), description, predictFn: null }
}
