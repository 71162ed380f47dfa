import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ModelJson } from '../model/model-json'
import { parseModelJson } from '../model/parse-model-json'
import { predictProbaVector } from '../model/predict-proba'
import { openTrackingStore } from '../tracking/open-store'
import type { TrackingStore } from '../tracking/types'
import { findServedModel } from '../views/what-if/find-served-model'
import {
  DEFAULT_MODEL_ARTIFACT,
  MODEL_FILE_NAME,
  modelArtifactFolder,
} from '../views/what-if/model-artifact-path'

/** A model the scoring server can answer with: P(class 1) per row, features in order. */
export interface ServableModel {
  features: string[]
  /** P(class 1) of each row; `columns` holds one array per feature, equal lengths */
  predictProba(columns: Float64Array[]): Float64Array
}

export interface LoadedModel {
  model: ServableModel
  /** where it came from, for the startup line ("kobe-shot-model version 1 (run …)") */
  description: string
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

/** Wraps a kobe-model-json model; the pickle reader's models will get their own adapter here. */
export function servableFromModelJson(json: ModelJson): ServableModel {
  const n = json.features.length
  return {
    features: json.features,
    predictProba(columns) {
      const rows = columns[0]?.length ?? 0
      const out = new Float64Array(rows)
      const x = new Float64Array(n)
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < n; j++) x[j] = columns[j]![i]!
        out[i] = predictProbaVector(json, x)
      }
      return out
    },
  }
}

/** Reads model bytes as a servable model. The one place a new model format plugs in. */
export function parseServableModel(bytes: Uint8Array, source: string): ServableModel {
  return servableFromModelJson(parseModelJson(new TextDecoder().decode(bytes), source))
}

async function fromPath(path: string): Promise<LoadedModel> {
  const info = await stat(path)
  const file = info.isDirectory() ? join(path, MODEL_FILE_NAME) : path
  const bytes = await readFile(file).catch(() => {
    throw new ModelNotFoundError(`no model file at ${file}`)
  })
  return { model: parseServableModel(bytes, file), description: file }
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
  const path = `${modelArtifactFolder(mv.source)}/${MODEL_FILE_NAME}`
  const bytes = await store.readArtifact(mv.runId, path)
  return {
    model: parseServableModel(bytes, `${mv.runId}/${path}`),
    description: `${name} version ${mv.version}${alias ? ` (@${alias})` : ''}, run ${mv.runId}`,
  }
}

/**
 * The model to serve: `spec` is a run id, `models:/name/version`, `models:/name@alias`, or a
 * path to a model file or folder; without one, the pipeline's chosen model (registry alias
 * `@champion`, else the newest registered or run model, as the what-if view picks it).
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
  if (spec) {
    const path = `${DEFAULT_MODEL_ARTIFACT}/${MODEL_FILE_NAME}`
    const bytes = await store.readArtifact(spec, path)
    return { model: parseServableModel(bytes, `${spec}/${path}`), description: `run ${spec}` }
  }
  const found = await findServedModel(store)
  if (found.status === 'missing') throw new ModelNotFoundError(found.detail)
  const s = found.source
  const description =
    s.registeredModel !== null
      ? `${s.registeredModel} version ${s.version}${s.alias ? ` (@${s.alias})` : ''}, run ${s.runId}`
      : `run ${s.runId}`
  return { model: servableFromModelJson(found.model), description }
}
