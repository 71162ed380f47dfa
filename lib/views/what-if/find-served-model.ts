import type { ModelJson } from '../../model/model-json'
import { parseModelJson } from '../../model/parse-model-json'
import type { ModelVersion, RegisteredModel, Run, TrackingStore } from '../../tracking/types'
import { DEFAULT_MODEL_ARTIFACT, MODEL_FILE_NAME, modelArtifactFolder } from './model-artifact-path'
import type { ModelChoice, ServedModelSource } from '../../site-data/model/model-snapshot-types'

export type ServedModel =
  | { status: 'found'; source: ServedModelSource; model: ModelJson; notes: string[] }
  | { status: 'missing'; detail: string; notes: string[] }

export interface FindModelOptions {
  /** the alias that names the model to serve (default `champion`) */
  alias?: string
}

interface Candidate {
  version: ModelVersion | null
  alias: string | null
  chosenBy: ModelChoice
  runId: string
  artifactPath: string
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
const newestFirst = (a: { t: number | null }, b: { t: number | null }) =>
  (b.t ?? -Infinity) - (a.t ?? -Infinity)

/** Registry candidates: every version holding the alias, then each model's versions, newest first. */
function registryCandidates(
  models: RegisteredModel[],
  alias: string,
  notes: string[],
): Candidate[] {
  const ordered = models
    .map((m) => ({ m, t: m.lastUpdatedTime }))
    .sort(newestFirst)
    .map(({ m }) => m)
  const out: Candidate[] = []
  const add = (version: ModelVersion, chosenBy: ModelChoice) => {
    if (!version.runId) {
      notes.push(
        `${version.name} version ${version.version} has no run id (source ${version.source}): skipped`,
      )
      return
    }
    const artifactPath = `${modelArtifactFolder(version.source)}/${MODEL_FILE_NAME}`
    out.push({
      version,
      alias: chosenBy === 'alias' ? alias : null,
      chosenBy,
      runId: version.runId,
      artifactPath,
    })
  }
  for (const m of ordered) {
    const number = m.aliases[alias]
    const version = m.versions.find((v) => v.version === number)
    if (version) add(version, 'alias')
  }
  for (const m of ordered) {
    const live = m.versions.filter((v) => v.stage !== 'Deleted_Internal').reverse()
    live.forEach((version, i) => {
      if (m.aliases[alias] !== version.version)
        add(version, i === 0 ? 'latest_version' : 'older_version')
    })
  }
  return out
}

export interface FoundModel {
  source: ServedModelSource
  model: ModelJson
}

export interface FoundModels {
  /** readable models, the served one first; empty when none */
  models: FoundModel[]
  notes: string[]
  /** why there is none (set exactly when models is empty) */
  detail: string | null
}

export interface FindModelsOptions extends FindModelOptions {
  /** stop after this many readable models (default 20) */
  limit?: number
}

/**
 * Every readable model of the store, in serving order: the registered version holding `alias`
 * (default `champion`), the other registered versions (newest first), then finished runs with a
 * `model/model.json` artifact not already listed (newest first), up to `limit`. Each file must
 * parse as kobe-model-json; what fails is noted and the search goes on. None → `detail` names
 * what was tried.
 */
export async function findModels(
  store: TrackingStore,
  options: FindModelsOptions = {},
): Promise<FoundModels> {
  const alias = options.alias ?? 'champion'
  const limit = options.limit ?? 20
  const notes: string[] = []
  const models: FoundModel[] = []
  const tried = new Set<string>()
  let runs: Map<string, Run> | null = null
  const allRuns = async () => {
    if (!runs) {
      runs = new Map()
      for (const e of await store.listExperiments())
        for (const r of await store.listRuns(e.id)) runs.set(r.id, r)
    }
    return runs
  }
  const tryLoad = async (c: Candidate): Promise<void> => {
    const id = `${c.runId}/${c.artifactPath}`
    if (tried.has(id) || models.length >= limit) return
    tried.add(id)
    const what = c.version ? `${c.version.name} version ${c.version.version}` : `run ${c.runId}`
    let model: ModelJson
    try {
      const bytes = await store.readArtifact(c.runId, c.artifactPath)
      model = parseModelJson(new TextDecoder().decode(bytes), id)
    } catch (error) {
      notes.push(`${what}: ${describe(error)}`)
      return
    }
    const run = (await allRuns()).get(c.runId) ?? null
    const parentId = run?.tags['mlflow.parentRunId']
    const parent = parentId ? (await allRuns()).get(parentId) : undefined
    // the parent's reason explains its selected run only (when it names one)
    const selected = parent?.tags['model.selected_run_id']
    const parentReason =
      !selected || selected === c.runId ? parent?.tags['model.selection_reason'] : undefined
    models.push({
      model,
      source: {
        registeredModel: c.version?.name ?? null,
        version: c.version?.version ?? null,
        alias: c.alias,
        runId: c.runId,
        runName: run?.name ?? null,
        experimentId: run?.experimentId ?? null,
        artifactPath: c.artifactPath,
        chosenBy: c.chosenBy,
        selectionReason: parentReason ?? c.version?.description ?? null,
        store: store.location,
      },
    })
  }

  const registered = await store.listRegisteredModels()
  for (const c of registryCandidates(registered, alias, notes)) await tryLoad(c)
  const finished = [...(await allRuns()).values()]
    .filter((r) => r.status === 'FINISHED')
    .map((r) => ({ r, t: r.startTime }))
    .sort(newestFirst)
  const artifactPath = `${DEFAULT_MODEL_ARTIFACT}/${MODEL_FILE_NAME}`
  for (const { r } of finished) {
    if (models.length >= limit) break
    if (tried.has(`${r.id}/${artifactPath}`)) continue
    const entries = await store.listArtifacts(r.id, DEFAULT_MODEL_ARTIFACT)
    if (!entries.some((e) => e.path === artifactPath && !e.isDir)) continue
    const chosenBy = models.length === 0 ? 'newest_run' : 'other_run'
    await tryLoad({ version: null, alias: null, chosenBy, runId: r.id, artifactPath })
  }
  if (models.length > 0) return { models, notes, detail: null }
  const what =
    `${registered.length} registered model(s), ${finished.length} finished run(s)` +
    (notes.length > 0 ? `; ${notes.join('; ')}` : '')
  return {
    models,
    notes,
    detail: `no ${artifactPath} artifact in the tracking store ${store.location} (${what})`,
  }
}

/**
 * The model the what-if view serves by default: the first of `findModels` (the registered
 * version holding `alias`, else the newest registered version with a readable file, else the
 * newest finished run with a `model/model.json` artifact).
 */
export async function findServedModel(
  store: TrackingStore,
  options: FindModelOptions = {},
): Promise<ServedModel> {
  const found = await findModels(store, { ...options, limit: 1 })
  const first = found.models[0]
  return first
    ? { status: 'found', ...first, notes: found.notes }
    : { status: 'missing', detail: found.detail ?? 'no model', notes: found.notes }
}
