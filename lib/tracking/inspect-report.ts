import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { loadPredictionsFile } from '../predictions/load-predictions'
import type { PredictionsReport } from '../predictions/types'
import { openDiscoveredStore, problemFromError } from './discover-stores'
import { openTrackingStore } from './open-store'
import { createProblemLog, type ProblemLog } from './problem-log'
import { scanProject } from './scan-project'
import { parseTrackingUri } from './tracking-uri'
import type {
  ArtifactLocation,
  Lifecycle,
  Problem,
  RunStatus,
  StoreKind,
  TrackingStore,
} from './types'

export interface InspectRun {
  id: string
  name: string
  status: RunStatus
  lifecycle: Lifecycle
  /** latest value per metric (NaN and ±Infinity kept as numbers) */
  metrics: Record<string, number>
  params: Record<string, string>
  /** where the run's artifacts were found on this machine (local stores); null: nowhere */
  artifacts?: ArtifactLocation | null
}

export interface InspectLoggedModel {
  id: string
  name: string
  status: string
  lifecycle: Lifecycle
  sourceRunId: string | null
}

export interface InspectStore {
  kind: StoreKind
  path: string
  experiments: {
    id: string
    name: string
    runs: InspectRun[]
    /** MLflow 3.x LoggedModels (`models:/m-…`); absent when the store has none to list */
    loggedModels?: InspectLoggedModel[]
  }[]
  models: {
    name: string
    aliases: Record<string, number>
    versions: { version: number; stage: string; runId: string | null; status: string }[]
  }[]
}

export interface InspectReport {
  stores: InspectStore[]
  predictions: PredictionsReport[]
  problems: Problem[]
}

export interface InspectOptions {
  /** include deleted experiments and runs */
  all?: boolean
  cwd?: string
}

/** Runs `read`; a failure becomes a problem on `path` and the fallback is returned. */
async function orProblem<T>(
  read: () => Promise<T>,
  fallback: T,
  path: string,
  problems: ProblemLog,
) {
  try {
    return await read()
  } catch (error) {
    const problem = problemFromError(path, error)
    problems.add(problem.path, problem.message)
    return fallback
  }
}

/**
 * Everything one store holds, in the inspect shape. Listing the experiments must work; a failure
 * on one experiment's runs or on the registry becomes a problem and the rest is still shown.
 */
export async function describeStore(
  store: TrackingStore,
  all: boolean,
  problems: ProblemLog,
): Promise<InspectStore> {
  const experiments: InspectStore['experiments'] = []
  for (const experiment of await store.listExperiments({ includeDeleted: all })) {
    const where = `${store.location}#experiments/${experiment.id}`
    const runs = await orProblem(
      () => store.listRuns(experiment.id, { includeDeleted: all }),
      [],
      where,
      problems,
    )
    const located = store.artifactLocation
      ? await Promise.all(runs.map((run) => store.artifactLocation!(run.id).catch(() => null)))
      : null
    const logged = store.listLoggedModels
      ? await orProblem(() => store.listLoggedModels!(experiment.id), [], where, problems)
      : []
    experiments.push({
      id: experiment.id,
      name: experiment.name,
      ...(logged.length > 0
        ? {
            loggedModels: logged
              .filter((model) => all || model.lifecycle !== 'deleted')
              .map(({ id, name, status, lifecycle, sourceRunId }) => ({
                id,
                name,
                status,
                lifecycle,
                sourceRunId,
              })),
          }
        : {}),
      runs: runs.map((run, i) => ({
        id: run.id,
        name: run.name,
        status: run.status,
        lifecycle: run.lifecycle,
        metrics: Object.fromEntries(Object.entries(run.metrics).map(([k, p]) => [k, p.value])),
        params: run.params,
        ...(located ? { artifacts: located[i] ?? null } : {}),
      })),
    })
  }
  const registered = await orProblem(
    () => store.listRegisteredModels(),
    [],
    store.location,
    problems,
  )
  const models = registered.map((model) => ({
    name: model.name,
    aliases: model.aliases,
    versions: model.versions.map((v) => ({
      version: v.version,
      stage: v.stage,
      runId: v.runId,
      status: v.status,
    })),
  }))
  return { kind: store.kind, path: store.location, experiments, models }
}

async function collectStore(
  open: () => Promise<TrackingStore>,
  path: string,
  options: InspectOptions,
  stores: InspectStore[],
  problems: ProblemLog,
) {
  let store: TrackingStore | null = null
  try {
    store = await open()
    stores.push(await describeStore(store, options.all ?? false, problems))
  } catch (error) {
    const problem = problemFromError(store?.location ?? path, error)
    problems.add(problem.path, problem.message)
  } finally {
    if (store) problems.addAll(store.problems())
    if (store && 'close' in store && typeof store.close === 'function') store.close()
  }
}

async function collectPredictions(
  path: string,
  reports: PredictionsReport[],
  problems: ProblemLog,
) {
  try {
    reports.push((await loadPredictionsFile(path)).report)
  } catch (error) {
    const problem = problemFromError(path, error)
    problems.add(problem.path, problem.message)
  }
}

/**
 * Reads everything a folder, a file (.db, .parquet, mlruns folder) or a tracking URI
 * (sqlite:///…, http(s)://…) holds: every tracking store with its experiments, runs and models,
 * the loader report of every parquet file, and every problem. Never throws.
 */
export async function inspectTarget(
  target: string,
  options: InspectOptions = {},
): Promise<InspectReport> {
  const problems = createProblemLog()
  const stores: InspectStore[] = []
  const predictions: PredictionsReport[] = []
  let parsed
  try {
    parsed = parseTrackingUri(target, options.cwd)
  } catch (error) {
    const problem = problemFromError(target, error)
    return { stores, predictions, problems: [problem] }
  }
  if (parsed.kind !== 'path') {
    const where = parsed.kind === 'rest' ? parsed.url : parsed.path
    await collectStore(() => openTrackingStore(target, options), where, options, stores, problems)
    return { stores, predictions, problems: problems.list() }
  }
  const info = await stat(parsed.path).catch(() => null)
  if (info?.isFile() && extname(parsed.path).toLowerCase() !== '.parquet') {
    await collectStore(() => openTrackingStore(parsed.path), parsed.path, options, stores, problems)
    return { stores, predictions, problems: problems.list() }
  }
  const scan = await scanProject(parsed.path)
  problems.addAll(scan.problems)
  const candidates = [
    ...scan.mlrunsFolders.map((path) => ({ kind: 'filestore' as const, path })),
    ...scan.sqliteFiles.map((path) => ({ kind: 'sqlite' as const, path })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const candidate of candidates) {
    await collectStore(
      () => openDiscoveredStore(candidate),
      candidate.path,
      options,
      stores,
      problems,
    )
  }
  for (const file of scan.parquetFiles) await collectPredictions(file, predictions, problems)
  return { stores, predictions, problems: problems.list() }
}
