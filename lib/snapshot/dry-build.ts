import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildRunsSnapshot } from '../views/runs/build-runs-snapshot'
import { buildModelSnapshot } from '../views/what-if/build-model-snapshot'
import { buildReport } from './build-report'
import type { BuildReport } from './build-report-types'
import { buildSnapshot } from './build-snapshot'
import { resolveDashboardSources, type DashboardEnv } from './dashboard-sources'

/**
 * Runs the build's steps (sources, snapshot, runs, what-if model) as `npm run build` would, into
 * a temporary folder removed afterwards, and returns the build report: which store, run and
 * files the dashboard would show and why, and every problem each step would meet. For `inspect`.
 */
export async function dryRunBuild(env: DashboardEnv, cwd: string): Promise<BuildReport> {
  const outDir = await mkdtemp(join(tmpdir(), 'kobe-dry-build-'))
  try {
    const sources = await resolveDashboardSources(env, cwd)
    const snapshot = await buildSnapshot({ dev: sources.dev, prod: sources.prod, outDir })
    const runs = await buildRunsSnapshot({ tracking: sources.tracking, outDir, cwd })
    const served = await buildModelSnapshot({
      tracking: sources.tracking,
      dev: sources.dev,
      prod: sources.prod,
      outDir: null,
      cwd,
    })
    return buildReport({
      sources,
      snapshot: snapshot.problems,
      runs: runs.snapshot.problems,
      whatIf: served,
      cwd,
    })
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
