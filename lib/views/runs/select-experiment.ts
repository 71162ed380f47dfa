import type { RunsExperiment, RunsSnapshot } from '../../site-data/runs/runs-snapshot-types'

/**
 * The experiment the table shows: the URL's if it exists, else the selected run's, else the one
 * with the most recent run (MLflow's "Default" experiment is often empty), else the first.
 */
export function selectExperiment(
  snapshot: Pick<RunsSnapshot, 'experiments' | 'runs'>,
  requested: string | null,
  runId: string | null,
): RunsExperiment | null {
  const { experiments, runs } = snapshot
  const byId = (id: string | undefined) => experiments.find((e) => e.id === id) ?? null
  const asked = requested ? byId(requested) : null
  if (asked) return asked
  const ofRun = runId ? byId(runs.find((r) => r.id === runId)?.experimentId) : null
  if (ofRun) return ofRun
  let newest: { id: string; start: number } | null = null
  for (const run of runs) {
    const start = run.startTime ?? -Infinity
    if (!newest || start > newest.start) newest = { id: run.experimentId, start }
  }
  return byId(newest?.id) ?? experiments[0] ?? null
}
