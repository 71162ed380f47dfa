import { buildRunsSnapshot, type RunsSnapshotResult } from '../views/runs/build-runs-snapshot'
import { buildModelSnapshot } from '../views/what-if/build-model-snapshot'
import type { ModelSnapshot } from '../views/what-if/model-snapshot-types'
import { buildSnapshot } from './build-snapshot'
import { resolveDashboardSources, type DashboardEnv } from './dashboard-sources'
import type { Snapshot } from './snapshot-types'

/** Where the build step writes its lines: the CLI passes the console, tests collect them. */
export interface BuildLog {
  info(line: string): void
  warn(line: string): void
}

export interface SiteData {
  snapshot: Snapshot
  runs: RunsSnapshotResult
  model: ModelSnapshot
}

/**
 * The build step (`npm run prebuild`, scripts/build-data.ts): resolves the sources from `env`,
 * then writes snapshot.json with the rows files, runs.json with the artifacts, and model.json
 * into `outDir`. Bad or missing inputs become problems the pages explain; it does not throw for
 * them, and each output is written whatever the others met.
 */
export async function buildSiteData(options: {
  env: DashboardEnv
  cwd: string
  outDir: string
  log: BuildLog
}): Promise<SiteData> {
  const { env, cwd, outDir, log } = options
  const sources = await resolveDashboardSources(env, cwd)
  for (const note of sources.notes) log.info(`build-data: ${note}`)

  const snapshot = await buildSnapshot({ dev: sources.dev, prod: sources.prod, outDir })
  for (const name of ['dev', 'prod'] as const) {
    const d = snapshot.datasets[name]
    if (d) {
      log.info(
        `build-data: ${name}: ${d.rows} rows (${d.labelledRows} labelled), shipped ${d.shippedRows}` +
          `${d.sampled ? ' (sampled)' : ''} in ${(d.rowsFileBytes / 1024).toFixed(0)} KB`,
      )
    }
  }
  for (const problem of snapshot.problems) {
    log.warn(`build-data: problem: ${problem.path}: ${problem.message}`)
  }

  const runs = await buildRunsSnapshot({ tracking: sources.tracking, outDir, cwd })
  const r = runs.snapshot
  log.info(
    r.unavailable
      ? `build-data: runs: ${r.unavailable}`
      : `build-data: runs: ${r.runs.length} runs in ${r.experiments.length} experiments, ` +
          `${r.models.length} registered models from ${r.source?.location} ` +
          `(runs.json ${(runs.bytes / 1024).toFixed(0)} KB, ${r.problems.length} problems)`,
  )

  const model = await buildModelSnapshot({
    tracking: sources.tracking,
    dev: sources.dev,
    prod: sources.prod,
    outDir,
    cwd,
  })
  log.info(
    model.source
      ? `build-data: what-if model: ` +
          (model.source.registeredModel
            ? `${model.source.registeredModel} version ${model.source.version}`
            : `run ${model.source.runId}`) +
          ` (${model.source.chosenBy}, run ${model.source.runName}); ` +
          `${model.models?.length ?? 1} model(s) in the selector`
      : `build-data: what-if model: none: ${model.problem?.detail}`,
  )
  for (const note of model.notes) log.warn(`build-data: what-if: ${note}`)
  return { snapshot, runs, model }
}
