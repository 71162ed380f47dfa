import { basename, resolve } from 'node:path'
import { scanProject } from '../tracking/scan-project'

/** Where the dashboard build reads from. */
export interface DashboardSources {
  dev: string | null
  prod: string | null
  /** MLflow tracking URI, path or project folder; null when there is none */
  tracking: string | null
  /** how each source was chosen, for the build log */
  notes: string[]
}

/** The environment, or any map of variable names to values (tests pass their own). */
export type DashboardEnv = Readonly<Record<string, string | undefined>>

const PROD = /prod/i
const DEV = /(dev|test|valid|holdout)/i

/** The predictions file for a side among a project's parquet files: predictions_* first. */
function pick(files: string[], side: RegExp): string | null {
  const candidates = files.filter((f) => side.test(basename(f)))
  const predictions = candidates.filter((f) => /pred/i.test(basename(f)))
  return predictions[0] ?? candidates[0] ?? null
}

/**
 * Resolves the dashboard's inputs. Explicit files win (MONITOR_PREDICTIONS_DEV/PROD), then a
 * project folder (MONITOR_PROJECT: its predictions_*prod* / *dev|test* parquet files and its
 * MLflow store), then the pipeline's own outputs (data/output/predictions_{dev,prod}.parquet and
 * ./mlruns). MLFLOW_TRACKING_URI always names the tracking store when set.
 */
export async function resolveDashboardSources(
  env: DashboardEnv,
  cwd: string,
): Promise<DashboardSources> {
  const notes: string[] = []
  let dev: string | null = null
  let prod: string | null = null
  let tracking: string | null = null
  if (env.MONITOR_PROJECT) {
    const folder = resolve(cwd, env.MONITOR_PROJECT)
    const scan = await scanProject(folder)
    dev = pick(scan.parquetFiles, DEV)
    prod = pick(
      scan.parquetFiles.filter((f) => f !== dev),
      PROD,
    )
    tracking = folder
    notes.push(`project folder ${folder}: ${scan.parquetFiles.length} parquet file(s) found`)
  } else {
    dev = resolve(cwd, 'data/output/predictions_dev.parquet')
    prod = resolve(cwd, 'data/output/predictions_prod.parquet')
    tracking = resolve(cwd, 'mlruns')
  }
  if (env.MONITOR_PREDICTIONS_DEV) dev = resolve(cwd, env.MONITOR_PREDICTIONS_DEV)
  if (env.MONITOR_PREDICTIONS_PROD) prod = resolve(cwd, env.MONITOR_PREDICTIONS_PROD)
  if (env.MLFLOW_TRACKING_URI) tracking = env.MLFLOW_TRACKING_URI
  notes.push(`dev predictions: ${dev ?? 'none'}`, `prod predictions: ${prod ?? 'none'}`)
  notes.push(`tracking: ${tracking ?? 'none'}`)
  return { dev, prod, tracking, notes }
}
