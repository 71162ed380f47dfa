import { resolve } from 'node:path'
import { parseTrackingUri } from '../../tracking/tracking-uri'
import type { Problem } from '../../tracking/types'
import { chooseSources, SOURCES_RULE, type SourcesChoice } from './choose-sources'
import { surveyProject } from './project-survey'

/** One input of the build and why it was taken. */
export interface ChosenSource {
  path: string
  reason: string
}

/** Where the dashboard build reads from. */
export interface DashboardSources {
  dev: string | null
  prod: string | null
  /** MLflow tracking URI, path or project folder; null when there is none */
  tracking: string | null
  /** each input with the reason it was chosen (for the overview and the build report) */
  why: { dev: ChosenSource | null; prod: ChosenSource | null; tracking: ChosenSource | null }
  /** pickled model files found in the project folder (MONITOR_PROJECT only), absolute, sorted */
  modelFiles: string[]
  /** the project's stores, runs and candidate pairs (MONITOR_PROJECT only); null otherwise */
  choice: SourcesChoice | null
  /** the rule that chose, in one sentence */
  rule: string
  /** how each source was chosen, for the build log */
  notes: string[]
  /** what the project search met (unreadable stores or files) */
  problems: Problem[]
}

/** The environment, or any map of variable names to values (tests pass their own). */
export type DashboardEnv = Readonly<Record<string, string | undefined>>

const PIPELINE_RULE =
  "the pipeline's own outputs (data/output/predictions_{dev,prod}.parquet and ./mlruns): set " +
  'MONITOR_PROJECT to read a project, MONITOR_PREDICTIONS_DEV/PROD and MLFLOW_TRACKING_URI to name files and a store'

/** The local store path a tracking URI names (folder or database file), or undefined. */
function storePathOf(uri: string | undefined, cwd: string): string | undefined {
  if (!uri) return undefined
  try {
    const target = parseTrackingUri(uri, cwd)
    return target.kind === 'rest' ? undefined : resolve(target.path)
  } catch {
    return undefined
  }
}

/** A predictions file, folder or glob relative to cwd; a URL (s3://, gs://, https://…) as given. */
function predictionsLocation(cwd: string, given: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : resolve(cwd, given)
}

/**
 * Resolves the dashboard's inputs. A project folder (MONITOR_PROJECT) is surveyed and chosen from
 * by SOURCES_RULE (MONITOR_RUN_ID and MLFLOW_TRACKING_URI steer it); without one, the pipeline's
 * own outputs. Explicit files (MONITOR_PREDICTIONS_DEV/PROD) always win, and MLFLOW_TRACKING_URI
 * always names the tracking store when set.
 */
export async function resolveDashboardSources(
  env: DashboardEnv,
  cwd: string,
): Promise<DashboardSources> {
  const notes: string[] = []
  const why: DashboardSources['why'] = { dev: null, prod: null, tracking: null }
  let choice: SourcesChoice | null = null
  let problems: Problem[] = []
  let modelFiles: string[] = []
  if (env.MONITOR_PROJECT) {
    const folder = resolve(cwd, env.MONITOR_PROJECT)
    const survey = await surveyProject(folder)
    problems = survey.problems
    modelFiles = survey.models
    choice = chooseSources(survey, {
      runId: env.MONITOR_RUN_ID?.trim() || undefined,
      storePath: storePathOf(env.MLFLOW_TRACKING_URI, cwd),
    })
    const { store, run, dev, prod } = choice
    if (dev) why.dev = { path: dev.file, reason: dev.reason }
    if (prod) why.prod = { path: prod.file, reason: prod.reason }
    why.tracking = store
      ? { path: store.path, reason: store.reason }
      : { path: folder, reason: 'no MLflow store found in the project folder' }
    notes.push(
      `project folder ${folder}: ${survey.stores.length} store(s), ${survey.files.length} parquet file(s), ` +
        `${choice.pairs.length} candidate predictions pair(s)`,
    )
    if (run) notes.push(`run ${run.id} (${run.name || 'unnamed'}): ${run.reason}`)
    notes.push(...choice.notes)
  } else {
    why.dev = {
      path: resolve(cwd, 'data/output/predictions_dev.parquet'),
      reason: 'the pipeline output',
    }
    why.prod = {
      path: resolve(cwd, 'data/output/predictions_prod.parquet'),
      reason: 'the pipeline output',
    }
    why.tracking = { path: resolve(cwd, 'mlruns'), reason: "the pipeline's store" }
  }
  if (env.MONITOR_PREDICTIONS_DEV) {
    why.dev = {
      path: predictionsLocation(cwd, env.MONITOR_PREDICTIONS_DEV),
      reason: 'MONITOR_PREDICTIONS_DEV names it',
    }
  }
  if (env.MONITOR_PREDICTIONS_PROD) {
    why.prod = {
      path: predictionsLocation(cwd, env.MONITOR_PREDICTIONS_PROD),
      reason: 'MONITOR_PREDICTIONS_PROD names it',
    }
  }
  if (env.MLFLOW_TRACKING_URI) {
    why.tracking = { path: env.MLFLOW_TRACKING_URI, reason: 'MLFLOW_TRACKING_URI names it' }
  }
  const dev = why.dev?.path ?? null
  const prod = why.prod?.path ?? null
  const tracking = why.tracking?.path ?? null
  notes.push(`dev predictions: ${dev ?? 'none'}`, `prod predictions: ${prod ?? 'none'}`)
  notes.push(`tracking: ${tracking ?? 'none'}`)
  const rule = env.MONITOR_PROJECT ? SOURCES_RULE : PIPELINE_RULE
  return { dev, prod, tracking, why, modelFiles, choice, rule, notes, problems }
}
