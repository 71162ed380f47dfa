import { openFileStore } from '../mlflow/filestore/reader'
import { openSqliteStore } from '../mlflow/sqlite/store'
import { createProblemLog } from './problem-log'
import { scanProject } from './scan-project'
import { TrackingReadError } from './tracking-read-error'
import type { Problem, StoreKind, TrackingStore } from './types'

/** One tracking store found in a project folder, with what it holds (active entries only). */
export interface DiscoveredStore {
  kind: StoreKind
  /** mlruns folder or database file, absolute */
  path: string
  experiments: number
  runs: number
  registeredModels: number
}

export interface Discovery {
  stores: DiscoveredStore[]
  /** candidate predictions files (`*.parquet`), absolute, sorted */
  predictions: string[]
  /** pickled model files (`*.pkl`, `*.pickle`, `*.joblib`), absolute, sorted */
  models: string[]
  problems: Problem[]
}

/** A problem from an error, without repeating the path at the start of the message. */
export function problemFromError(path: string, error: unknown): Problem {
  if (error instanceof TrackingReadError) {
    return { path: error.path, message: error.message.slice(error.path.length + 2) }
  }
  const message = error instanceof Error ? error.message : String(error)
  const prefix = `${path}: `
  return { path, message: message.startsWith(prefix) ? message.slice(prefix.length) : message }
}

/** Counts what a store holds; its problems go to `problems`. */
export async function countStore(store: TrackingStore): Promise<DiscoveredStore> {
  const experiments = await store.listExperiments()
  let runs = 0
  for (const experiment of experiments) runs += (await store.listRuns(experiment.id)).length
  const registeredModels = (await store.listRegisteredModels()).length
  return {
    kind: store.kind,
    path: store.location,
    experiments: experiments.length,
    runs,
    registeredModels,
  }
}

/** Opens a discovered store by kind and path. */
export async function openDiscoveredStore(
  store: Pick<DiscoveredStore, 'kind' | 'path'>,
): Promise<TrackingStore> {
  if (store.kind === 'sqlite') return openSqliteStore(store.path)
  if (store.kind === 'filestore') return openFileStore(store.path)
  throw new TrackingReadError(store.path, 'REST stores are not found by discovery')
}

/**
 * Finds every MLflow tracking store under a folder, at any depth: FileStore roots (folders with
 * `<id>/meta.yaml` experiments) and SQLite files with MLflow tables (whatever their name), plus
 * `*.parquet` files as candidate predictions files. Skips node_modules, .git, .next, out, Python
 * environments and `.trash`. `visit` reads more from each store while it is open. Nothing throws:
 * unreadable or odd entries become problems.
 */
export async function discoverStores(
  folder: string,
  visit?: (store: TrackingStore, counted: DiscoveredStore) => Promise<void>,
): Promise<Discovery> {
  const scan = await scanProject(folder)
  const problems = createProblemLog()
  problems.addAll(scan.problems)
  const stores: DiscoveredStore[] = []
  const candidates = [
    ...scan.mlrunsFolders.map((path) => ({ kind: 'filestore' as const, path })),
    ...scan.sqliteFiles.map((path) => ({ kind: 'sqlite' as const, path })),
  ]
  for (const candidate of candidates) {
    let store: TrackingStore | null = null
    try {
      store = await openDiscoveredStore(candidate)
      const counted = await countStore(store)
      await visit?.(store, counted)
      stores.push(counted)
    } catch (error) {
      const problem = problemFromError(candidate.path, error)
      problems.add(problem.path, problem.message)
    } finally {
      if (store) problems.addAll(store.problems())
      if (store && 'close' in store && typeof store.close === 'function') store.close()
    }
  }
  stores.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {
    stores,
    predictions: scan.parquetFiles,
    models: scan.modelFiles,
    problems: problems.list(),
  }
}
