import type {
  ArtifactEntry,
  Experiment,
  MetricPoint,
  Problem,
  RegisteredModel,
  Run,
} from '../../tracking/types'
import type { LoggedModel } from './logged-models'
import type { FileStoreTrackingStore } from './reader'

/** Everything a FileStore holds, as read through the reader: used by tests and inspection. */
export interface FileStoreSnapshot {
  /** with includeDeleted */
  experiments: Experiment[]
  activeExperimentIds: string[]
  /** experiment id → runs, with includeDeleted */
  runs: Record<string, Run[]>
  /** experiment id → ids listed by default (deleted runs hidden) */
  activeRunIds: Record<string, string[]>
  /** run id → metric key → full history in file order */
  metricHistories: Record<string, Record<string, MetricPoint[]>>
  /** run id → every artifact, walked recursively */
  artifacts: Record<string, ArtifactEntry[]>
  registeredModels: RegisteredModel[]
  /** experiment id → 3.x LoggedModels (experiments without any are left out) */
  loggedModels: Record<string, LoggedModel[]>
  problems: Problem[]
}

/** Artifact folders deeper than this are not walked (a symlink loop would never end). */
const MAX_ARTIFACT_DEPTH = 32

async function allArtifacts(
  store: FileStoreTrackingStore,
  runId: string,
  path = '',
  depth = 0,
): Promise<ArtifactEntry[]> {
  if (depth > MAX_ARTIFACT_DEPTH) return []
  const entries = await store.listArtifacts(runId, path)
  const nested: ArtifactEntry[][] = await Promise.all(
    entries.map(async (entry) => [
      entry,
      ...(entry.isDir ? await allArtifacts(store, runId, entry.path, depth + 1) : []),
    ]),
  )
  return nested.flat()
}

/** Reads every experiment, run, metric history, artifact listing and registry entry. */
export async function snapshotFileStore(store: FileStoreTrackingStore): Promise<FileStoreSnapshot> {
  const experiments = await store.listExperiments({ includeDeleted: true })
  const active = await store.listExperiments()
  const snapshot: FileStoreSnapshot = {
    experiments,
    activeExperimentIds: active.map((experiment) => experiment.id),
    runs: {},
    activeRunIds: {},
    metricHistories: {},
    artifacts: {},
    registeredModels: [],
    loggedModels: {},
    problems: [],
  }
  for (const experiment of experiments) {
    const runs = await store.listRuns(experiment.id, { includeDeleted: true })
    snapshot.runs[experiment.id] = runs
    snapshot.activeRunIds[experiment.id] = (await store.listRuns(experiment.id)).map((r) => r.id)
    for (const run of runs) {
      const histories: Record<string, MetricPoint[]> = {}
      for (const key of Object.keys(run.metrics)) {
        histories[key] = await store.getMetricHistory(run.id, key)
      }
      snapshot.metricHistories[run.id] = histories
      snapshot.artifacts[run.id] = await allArtifacts(store, run.id)
    }
    const logged = await store.listLoggedModels(experiment.id)
    if (logged.length > 0) snapshot.loggedModels[experiment.id] = logged
  }
  snapshot.registeredModels = await store.listRegisteredModels()
  snapshot.problems = store.problems()
  return snapshot
}

/**
 * The snapshot as JSON text that does not depend on where the store sits: the root folder
 * becomes `<root>`, NaN and infinities become "NaN", "Infinity", "-Infinity", problems sorted.
 */
export function portableSnapshotJson(snapshot: FileStoreSnapshot, root: string): string {
  const problems = snapshot.problems
    .map((problem) => ({
      path: problem.path.split(root).join('<root>'),
      message: problem.message.split(root).join('<root>'),
    }))
    .sort((a, b) => (a.path + a.message < b.path + b.message ? -1 : 1))
  const json = JSON.stringify(
    { ...snapshot, problems },
    (_key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
      return value
    },
    2,
  )
  return `${json}\n`
}
