import {
  readModelFolder,
  type LoggedModel,
  type ReadModelFolderFile,
} from '../../serving/read-logged-model'
import {
  heldLoggedModels,
  loggedModelId,
  readLoggedModelFolder,
} from '../../serving/logged-model-id'
import type {
  LoggedModelInfo,
  ModelVersion,
  RegisteredModel,
  Run,
  TrackingStore,
} from '../../tracking/types'
import type {
  ModelChoice,
  ServedModelSource,
  UnloadableModel,
} from '../../site-data/model/model-snapshot-types'
import { MODEL_FILE_NAME, modelArtifactFolder } from './model-artifact-path'

export type ServedModel =
  | { status: 'found'; source: ServedModelSource; model: LoggedModel; notes: string[] }
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
  /** an MLflow 3.x LoggedModel (`models:/m-…`) holding the model; null for a run's artifact folder */
  modelId: string | null
  /** the logged model's folder inside the run's artifacts ('' = the artifact root) */
  folder: string
}

/** Most models listed (loaded ones; as many unloadable lines at most), the served one first. */
export const MODEL_LIST_LIMIT = 20

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
const newestFirst = (a: { t: number | null }, b: { t: number | null }) =>
  (b.t ?? -Infinity) - (a.t ?? -Infinity)
const STAGE_RANK: Record<string, number> = { Production: 0, Staging: 1 }

/**
 * Registry candidates: every version holding the alias, then versions in a stage (Production,
 * then Staging), then each model's other versions, newest first.
 */
function registryCandidates(
  models: RegisteredModel[],
  alias: string,
  notes: string[],
  /** the MLflow 3 LoggedModels (`models:/m-…` sources) the store holds and reads */
  holdsLoggedModel: (id: string) => boolean,
): Candidate[] {
  const ordered = models
    .map((m) => ({ m, t: m.lastUpdatedTime }))
    .sort(newestFirst)
    .map(({ m }) => m)
  const out: Candidate[] = []
  const add = (version: ModelVersion, chosenBy: ModelChoice) => {
    // MLflow 3's `models:/m-…` source, read where the store holds it (else the run's model folder)
    const source = loggedModelId(version.source)
    const modelId = source && holdsLoggedModel(source) ? source : null
    if (!version.runId && !modelId) {
      notes.push(
        `${version.name} version ${version.version} has no run id (source ${version.source}): skipped`,
      )
      return
    }
    out.push({
      version,
      alias: chosenBy === 'alias' ? alias : null,
      chosenBy,
      runId: version.runId ?? modelId!,
      modelId,
      folder: modelId ? '' : modelArtifactFolder(version.source),
    })
  }
  for (const m of ordered) {
    const number = m.aliases[alias]
    const version = m.versions.find((v) => v.version === number)
    if (version) add(version, 'alias')
  }
  const rest = ordered.flatMap((m) =>
    m.versions
      .filter((v) => v.stage !== 'Deleted_Internal')
      .reverse()
      .map((v, i) => ({ m, v, latest: i === 0 })),
  )
  const staged = rest
    .filter(({ m, v }) => m.aliases[alias] !== v.version)
    .map((r, i) => ({ ...r, rank: STAGE_RANK[r.v.stage] ?? 2, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
  for (const { v, latest } of staged) add(v, latest ? 'latest_version' : 'older_version')
  return out
}

export interface FoundModel {
  source: ServedModelSource
  model: LoggedModel
}

export interface FoundModels {
  /** readable models, the served one first; empty when none */
  models: FoundModel[]
  /** one line per logged model that could not be read, with its reason */
  unloadable: UnloadableModel[]
  /** what was skipped on the way, in full (the build's problems) */
  notes: string[]
  /** why there is none (set exactly when models is empty) */
  detail: string | null
}

export interface FindModelsOptions extends FindModelOptions {
  /** stop after this many readable models (default MODEL_LIST_LIMIT) */
  limit?: number
}

/** The logged-model folders at the top of a run's artifacts: those holding an MLmodel or model.json. */
async function modelFolders(store: TrackingStore, runId: string): Promise<string[]> {
  const isModel = (entries: { path: string; isDir: boolean }[], folder: string) =>
    entries.some(
      (e) =>
        !e.isDir &&
        (e.path === join(folder, 'MLmodel') || e.path === join(folder, MODEL_FILE_NAME)),
    )
  const root = await store.listArtifacts(runId)
  const folders: string[] = isModel(root, '') ? [''] : []
  for (const dir of root.filter((e) => e.isDir)) {
    if (isModel(await store.listArtifacts(runId, dir.path), dir.path)) folders.push(dir.path)
  }
  return folders
}

const join = (folder: string, name: string) => (folder ? `${folder}/${name}` : name)

/** A run's logged-model folder, read as the scoring server reads it; throws one sentence. */
async function readRunModel(store: TrackingStore, c: Candidate) {
  const location = store.artifactLocation ? await store.artifactLocation(c.runId) : undefined
  if (location === null) throw new Error(`no artifact folder of run ${c.runId} on this machine.`)
  const read: ReadModelFolderFile = (name) =>
    store.readArtifact(c.runId, join(c.folder, name)).then(
      (b) => b,
      () => null,
    )
  return readModelFolder(read, `${c.runId}/${c.folder || 'artifacts'}`)
}

/** The store's MLflow 3.x LoggedModels ready to load (READY or unspecified, not deleted), newest first. */
async function loggedModels(store: TrackingStore): Promise<LoggedModelInfo[]> {
  if (!store.listLoggedModels) return []
  const all: LoggedModelInfo[] = []
  for (const e of await store.listExperiments()) all.push(...(await store.listLoggedModels(e.id)))
  return all
    .filter((m) => m.lifecycle === 'active' && (m.status === 'READY' || m.status === 'UNSPECIFIED'))
    .map((m) => ({ m, t: m.creationTime }))
    .sort(newestFirst)
    .map(({ m }) => m)
}

/**
 * The reason of an unloadable model in one line: files named inside the run (the label names the
 * run), the reader's supported list left to the notes.
 */
const shortReason = (message: string, runId: string) =>
  message
    .split(`${runId}/`)
    .join('')
    .replace(/; supported: [^]*$/, ' (the README lists the supported classes).')

/**
 * Every model of the store, in serving order: the registered version holding `alias` (default
 * `champion`), versions in a stage, the other registered versions (newest first), then finished
 * runs with a logged model (a top-level artifact folder with an `MLmodel` or our `model.json`)
 * not already listed (newest first), deduplicated by run and folder, up to `limit` readable
 * ones. Each folder is read as the scoring server reads it (readModelFolder: a pickle through
 * the model reader, or our model.json); what cannot be read is one line with its reason.
 */
export async function findModels(
  store: TrackingStore,
  options: FindModelsOptions = {},
): Promise<FoundModels> {
  const alias = options.alias ?? 'champion'
  const limit = options.limit ?? MODEL_LIST_LIMIT
  const notes: string[] = []
  const models: FoundModel[] = []
  const unloadable: UnloadableModel[] = []
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
    const id = c.modelId ?? `${c.runId}/${c.folder}`
    if (tried.has(id) || models.length >= limit) return
    tried.add(id)
    const run = (await allRuns()).get(c.runId) ?? null
    const runLabel = c.modelId
      ? `logged model ${c.modelId}${run?.name ? ` of run ${run.name}` : ''}`
      : `run ${run?.name ? `${run.name} (${c.runId.slice(0, 8)})` : c.runId}`
    const label = c.version ? `${c.version.name} version ${c.version.version}` : runLabel
    const fail = (reason: string) => {
      notes.push(`${label}: ${reason}`)
      if (unloadable.length < limit)
        unloadable.push({ label, reason: shortReason(reason, c.runId) })
    }
    let found
    try {
      found = c.modelId
        ? await readLoggedModelFolder(store, c.modelId)
        : await readRunModel(store, c)
    } catch (error) {
      fail(describe(error))
      return
    }
    const parentId = run?.tags['mlflow.parentRunId']
    const parent = parentId ? (await allRuns()).get(parentId) : undefined
    // the parent's reason explains its selected run only (when it names one)
    const selected = parent?.tags['model.selected_run_id']
    const parentReason =
      !selected || selected === c.runId ? parent?.tags['model.selection_reason'] : undefined
    models.push({
      model: found.model,
      source: {
        registeredModel: c.version?.name ?? null,
        version: c.version?.version ?? null,
        alias: c.alias,
        stage:
          c.version && c.version.stage !== 'None' && c.version.stage !== 'Deleted_Internal'
            ? c.version.stage
            : null,
        runId: c.runId,
        runName: run?.name ?? null,
        experimentId: run?.experimentId ?? null,
        artifactPath: c.modelId ? `models/${c.modelId}/${found.name}` : join(c.folder, found.name),
        chosenBy: c.chosenBy,
        selectionReason: parentReason ?? c.version?.description ?? null,
        store: store.location,
      },
    })
  }

  const registered = await store.listRegisteredModels()
  const held = await heldLoggedModels(store)
  for (const c of registryCandidates(registered, alias, notes, held)) await tryLoad(c)
  const finished = [...(await allRuns()).values()]
    .filter((r) => r.status === 'FINISHED')
    .map((r) => ({ r, t: r.startTime }))
    .sort(newestFirst)
  for (const { r } of finished) {
    if (models.length >= limit) break
    for (const folder of await modelFolders(store, r.id)) {
      if (tried.has(`${r.id}/${folder}`)) continue
      const chosenBy = models.length === 0 ? 'newest_run' : 'other_run'
      await tryLoad({ version: null, alias: null, chosenBy, runId: r.id, modelId: null, folder })
    }
  }
  for (const m of await loggedModels(store)) {
    if (models.length >= limit) break
    const chosenBy = models.length === 0 ? 'newest_run' : 'other_run'
    const runId = m.sourceRunId ?? m.id
    await tryLoad({ version: null, alias: null, chosenBy, runId, modelId: m.id, folder: '' })
  }
  if (models.length > 0) return { models, unloadable, notes, detail: null }
  const what =
    `${registered.length} registered model(s), ${finished.length} finished run(s)` +
    (unloadable.length > 0 ? `, ${unloadable.length} logged model(s) unreadable` : '')
  return {
    models,
    unloadable,
    notes,
    detail: `no readable logged model (MLmodel folder or ${MODEL_FILE_NAME}) in the tracking store ${store.location} (${what})`,
  }
}

/**
 * The model the what-if view and the scoring server serve by default: the first of
 * `findModels` (the registered version holding `alias`, else a staged or the newest registered
 * version with a readable model, else the newest finished run with a logged model).
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
