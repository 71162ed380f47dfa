import type { StoreKind } from '../../tracking/types'
import type { CandidateRun, PredictionsCandidate } from './predictions-candidate'
import type { ProjectSurvey } from './project-survey'

/** The rule, as the README, the build log and the overview state it. */
export const SOURCES_RULE =
  'the store holding the latest finished run that logged prod predictions (a file with model ' +
  'output), and that run’s prod file; the dev reference from the same run, else the latest run ' +
  'of the same model, else a project file; a dataset without model output only when no file ' +
  'with output exists. MONITOR_RUN_ID, MLFLOW_TRACKING_URI and MONITOR_PREDICTIONS_DEV/PROD ' +
  'choose otherwise.'

/** One store as the choice lists it. */
export interface StoreSummary {
  kind: StoreKind
  path: string
  experiments: number
  runs: number
  finishedRuns: number
  /** runs that logged a prod file with model output */
  predictionRuns: number
}

/** One candidate (dev, prod) pair: a run's prod predictions and the dev reference found for them. */
export interface PredictionsPair {
  run: CandidateRun | null
  /** the run's end time, else the prod file's date */
  date: number | null
  model: string | null
  prod: { file: string; rows: number; hasOutput: boolean }
  dev: { file: string; rows: number; hasOutput: boolean } | null
}

/** What the build reads, and why (each `reason` one sentence). */
export interface SourcesChoice {
  rule: string
  store: (StoreSummary & { reason: string }) | null
  run: (CandidateRun & { reason: string }) | null
  prod: { file: string; rows: number; reason: string } | null
  dev: { file: string; rows: number; reason: string } | null
  stores: StoreSummary[]
  pairs: PredictionsPair[]
  /** what an override asked for and could not get, one sentence each */
  notes: string[]
}

export interface ChoiceOverrides {
  /** MONITOR_RUN_ID */
  runId?: string
  /** the store MLFLOW_TRACKING_URI names, resolved to a path (folder or database file) */
  storePath?: string
}

const newestFirst = (a: { date: number | null }, b: { date: number | null }) =>
  (b.date ?? -Infinity) - (a.date ?? -Infinity)

/** Best file first: with model output, named like predictions, more rows, then by path. */
function byPreference(a: PredictionsCandidate, b: PredictionsCandidate): number {
  return (
    Number(b.hasOutput) - Number(a.hasOutput) ||
    Number(b.namedLikePredictions) - Number(a.namedLikePredictions) ||
    b.rows - a.rows ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  )
}

const brief = (c: PredictionsCandidate) => ({ file: c.file, rows: c.rows, hasOutput: c.hasOutput })
const finished = (run: CandidateRun | null) => run?.status === 'FINISHED'
const when = (date: number | null) => (date === null ? 'no date' : new Date(date).toISOString())

/** The dev reference for a prod file, with the reason (see SOURCES_RULE). */
function devFor(
  run: CandidateRun | null,
  files: PredictionsCandidate[],
): { file: PredictionsCandidate; reason: string } | null {
  const dev = files.filter((f) => f.side === 'dev')
  const withOutput = dev.filter((f) => f.hasOutput)
  const pick = (list: PredictionsCandidate[]) => [...list].sort(byPreference)[0] ?? null
  const sameRun = run && pick(withOutput.filter((f) => f.run?.id === run.id))
  if (sameRun) return { file: sameRun, reason: 'logged by the same run' }
  if (run?.model) {
    const sameModel = withOutput
      .filter((f) => f.run && f.run.store === run.store && f.run.model === run.model)
      .sort((a, b) => newestFirst(a, b) || byPreference(a, b))[0]
    if (sameModel) {
      return {
        file: sameModel,
        reason: `logged by run ${sameModel.run!.id}, the latest run of the same model (${run.model})`,
      }
    }
  }
  const project = pick(withOutput.filter((f) => f.run === null))
  if (project) return { file: project, reason: 'a project file with model output' }
  const other = [...withOutput].sort((a, b) => newestFirst(a, b) || byPreference(a, b))[0]
  if (other) {
    return {
      file: other,
      reason: `logged by run ${other.run?.id}: the only dev file with model output (another model)`,
    }
  }
  const raw = pick(dev.filter((f) => !run || f.run === null || f.run.id === run.id))
  return raw && { file: raw, reason: 'no dev file with model output exists: a dataset without it' }
}

function pairsOf(survey: ProjectSurvey): PredictionsPair[] {
  const prodFiles = survey.files.filter((f) => f.side === 'prod' && f.hasOutput)
  const byRun = new Map<string, PredictionsCandidate[]>()
  for (const file of prodFiles) {
    const key = file.run ? `${file.run.store}\u0000${file.run.id}` : ''
    byRun.set(key, [...(byRun.get(key) ?? []), file])
  }
  if (!byRun.has('')) {
    // no project prod file with output: a raw prod dataset still gives drift and counts
    const raw = survey.files.filter((f) => f.side === 'prod' && f.run === null)
    if (raw.length > 0 && prodFiles.length === 0) byRun.set('', raw)
  }
  const pairs: PredictionsPair[] = []
  for (const files of byRun.values()) {
    const prod = [...files].sort(byPreference)[0]!
    const dev = devFor(prod.run, survey.files)
    pairs.push({
      run: prod.run,
      date: prod.date,
      model: prod.run?.model ?? null,
      prod: brief(prod),
      dev: dev && brief(dev.file),
    })
  }
  // finished runs first, newest first; the project's own files last
  return pairs.sort(
    (a, b) =>
      Number(b.run !== null) - Number(a.run !== null) ||
      Number(finished(b.run)) - Number(finished(a.run)) ||
      newestFirst(a, b),
  )
}

/**
 * Chooses the store, the run and the dev/prod predictions files of a surveyed project by
 * SOURCES_RULE, honouring MONITOR_RUN_ID and MLFLOW_TRACKING_URI. Pure: every candidate and the
 * reason for each pick are in the result.
 */
export function chooseSources(
  survey: ProjectSurvey,
  overrides: ChoiceOverrides = {},
): SourcesChoice {
  const notes: string[] = []
  const pairs = pairsOf(survey)
  const stores: StoreSummary[] = survey.stores.map((s) => ({
    kind: s.kind,
    path: s.path,
    experiments: s.experiments,
    runs: s.runs,
    finishedRuns: s.finishedRuns,
    predictionRuns: new Set(
      pairs.filter((p) => p.run?.store === s.path && p.prod.hasOutput).map((p) => p.run!.id),
    ).size,
  }))
  const storeOf = (path: string | undefined) => stores.find((s) => s.path === path) ?? null

  let pair: PredictionsPair | null = null
  let runReason = ''
  let store: (StoreSummary & { reason: string }) | null = null
  if (overrides.runId) {
    pair = pairs.find((p) => p.run?.id === overrides.runId) ?? null
    const owner = survey.stores.find((s) => s.runList.some((r) => r.id === overrides.runId))
    if (pair) runReason = 'MONITOR_RUN_ID names it'
    else if (owner)
      notes.push(`MONITOR_RUN_ID ${overrides.runId}: that run logged no prod predictions`)
    else notes.push(`MONITOR_RUN_ID ${overrides.runId}: no run with that id in any store found`)
    const s = storeOf(owner?.path)
    if (s) store = { ...s, reason: `it holds run ${overrides.runId} (MONITOR_RUN_ID)` }
  }
  if (!store && overrides.storePath) {
    const s = storeOf(overrides.storePath)
    if (s) store = { ...s, reason: 'MLFLOW_TRACKING_URI names it' }
  }
  const usable = (p: PredictionsPair) => p.run && finished(p.run) && p.prod.hasOutput
  if (!store && !overrides.storePath) {
    const latest = pairs.find(usable)
    const s = storeOf(latest?.run?.store)
    if (latest && s) {
      store = {
        ...s,
        reason: `it holds the latest finished run that logged prod predictions (${latest.run!.id}, ended ${when(latest.date)})`,
      }
    } else {
      const biggest = [...stores]
        .filter((x) => x.runs > 0)
        .sort((a, b) => b.runs - a.runs || b.finishedRuns - a.finishedRuns)[0]
      if (biggest) {
        store = {
          ...biggest,
          reason: 'no run logged prod predictions: the store with the most runs',
        }
      }
    }
  }
  if (!pair) {
    const inStore = store ? pairs.find((p) => usable(p) && p.run!.store === store!.path) : null
    if (inStore) {
      pair = inStore
      runReason = 'the latest finished run of this store that logged prod predictions'
    } else {
      pair = pairs.find((p) => p.run === null) ?? pairs.find(usable) ?? null
      if (pair?.run) {
        runReason = `the chosen store logged no prod predictions: the latest finished run of ${pair.run.store} that did`
      }
    }
  }
  const dev = pair && devFor(pair.run, survey.files)
  return {
    rule: SOURCES_RULE,
    store,
    run: pair?.run ? { ...pair.run, reason: runReason } : null,
    prod: pair
      ? {
          file: pair.prod.file,
          rows: pair.prod.rows,
          reason: pair.run
            ? `logged by run ${pair.run.id}`
            : pair.prod.hasOutput
              ? 'a project file with model output (no run logged prod predictions)'
              : 'no file with model output exists: the prod dataset without it',
        }
      : null,
    dev: dev ? { file: dev.file.file, rows: dev.file.rows, reason: dev.reason } : null,
    stores,
    pairs,
    notes,
  }
}
