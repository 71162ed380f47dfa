import { createProblemLog, type ProblemLog } from '../../tracking/problem-log'
import type { Run, TrackingStore } from '../../tracking/types'
import { isSafeRunId } from './artifact-output-path'
import { exportArtifact, type CopyBudget } from './export-artifact'
import { collectHistories } from './metric-histories'
import { toRunRecord } from './run-record'
import { toRunsModels } from './runs-models'
import type {
  ArtifactNote,
  RunRecord,
  RunsExperiment,
  RunsLimits,
  RunsSnapshot,
} from '../../site-data/runs/runs-snapshot-types'
import { walkArtifacts } from './walk-artifacts'
import { siteJson, type SiteFileSink } from '../../site-data/site-file-sink'

export interface ReadRunsOptions {
  /** where run histories and artifact copies go */
  sink: SiteFileSink
  limits: RunsLimits
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Runs `read`; a failure becomes a problem on `path` and `fallback` is returned. */
async function orProblem<T>(log: ProblemLog, path: string, fallback: T, read: () => Promise<T>) {
  try {
    return await read()
  } catch (error) {
    log.add(path, message(error))
    return fallback
  }
}

/** The rule an artifact broke, for the problem line; null for notes that are not refusals. */
function refusalRule(note: ArtifactNote): string | null {
  if (note.code === 'unsafePath') return 'its path or run id is not a safe site file name'
  if (note.code === 'svgScript') return 'an SVG with nothing drawable left after DOMPurify'
  if (note.code === 'tooLarge')
    return note.setting
      ? `larger than the ${note.limit}-byte limit set by ${note.setting}`
      : `larger than the ${note.limit}-byte limit for its type`
  if (note.code === 'unreadable') return note.message
  return null
}

async function runRecord(
  store: TrackingStore,
  run: Run,
  options: ReadRunsOptions & { budget: CopyBudget; log: ProblemLog },
): Promise<RunRecord> {
  const { sink, limits, budget, log } = options
  const where = `${store.location} run ${run.id}`
  const histories = await collectHistories(store, run, limits.historyPoints, (key, error) =>
    log.add(`${where} metric ${key}`, message(error)),
  )
  let historyFile: string | null = null
  if (histories.file && isSafeRunId(run.id)) {
    historyFile = `data/runs-history/${run.id}.json`
    await sink.write(`runs-history/${run.id}.json`, siteJson(histories.file))
  }
  const walk = await walkArtifacts(
    store,
    run.id,
    { maxDepth: limits.artifactDepth, maxEntries: limits.artifactsPerRun },
    (path, error) => log.add(`${where} artifacts/${path}`, message(error)),
  )
  const target = { store, runId: run.id, sink, limits, budget }
  const artifacts = []
  for (const entry of walk.entries) {
    const artifact = await exportArtifact(entry, target).catch((error: unknown) => {
      log.add(`${where} artifacts/${entry.path}`, message(error))
      return { ...entry, view: null, file: null, note: null }
    })
    const refusal = artifact.note && refusalRule(artifact.note)
    if (refusal) log.add(`${where} artifacts/${entry.path}`, `not published: ${refusal}`)
    if (artifact.note?.code === 'activeContentRemoved') {
      log.add(
        `${where} artifacts/${entry.path}`,
        `active content removed from ${entry.path} before publishing: ${artifact.note.removed.join(', ')}`,
      )
    }
    artifacts.push(artifact)
  }
  const located = store.artifactLocation
    ? { artifactLocation: await store.artifactLocation(run.id).catch(() => null) }
    : {}
  return toRunRecord(run, {
    histories: histories.infos,
    historyFile,
    artifacts,
    artifactsTruncated: walk.truncated,
    ...located,
  })
}

/**
 * Reads an opened store into the runs snapshot: active experiments, their runs (deleted ones
 * included, flagged by lifecycle; newest first up to the limit), metric histories, artifacts
 * (copied or previewed under outDir) and registered models. Nothing here throws for a bad
 * entry: each one becomes a problem.
 */
export async function readRunsStore(
  store: TrackingStore,
  options: ReadRunsOptions,
): Promise<Omit<RunsSnapshot, 'version' | 'source' | 'unavailable' | 'limits'>> {
  const log = createProblemLog()
  const budget: CopyBudget = { remaining: options.limits.totalBytes }
  const experiments: RunsExperiment[] = []
  const runs: RunRecord[] = []
  const found = await orProblem(log, store.location, [], () => store.listExperiments())
  for (const experiment of found) {
    const all = await orProblem(log, `${store.location} experiment ${experiment.id}`, [], () =>
      store.listRuns(experiment.id, { includeDeleted: true }),
    )
    const newest = [...all].sort((a, b) => (b.startTime ?? 0) - (a.startTime ?? 0))
    const kept = newest.slice(0, options.limits.runsPerExperiment)
    if (kept.length < all.length) {
      log.add(
        `${store.location} experiment ${experiment.id}`,
        `${all.length} runs: only the newest ${kept.length} are shown`,
      )
    }
    experiments.push({
      id: experiment.id,
      name: experiment.name,
      lifecycle: experiment.lifecycle,
      description: experiment.tags['mlflow.note.content'] ?? null,
      runCount: all.length,
      creationTime: experiment.creationTime,
    })
    for (const run of kept) runs.push(await runRecord(store, run, { ...options, budget, log }))
  }
  const registered = await orProblem(log, `${store.location} registry`, [], () =>
    store.listRegisteredModels(),
  )
  const models = toRunsModels(registered, new Set(runs.map((run) => run.id)))
  return { experiments, runs, models, problems: [...store.problems(), ...log.list()] }
}
