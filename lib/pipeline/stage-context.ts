import type { FileStoreWriter, RunHandle } from '@/lib/mlflow/filestore-writer'
import type { ActiveRuns } from './active-runs'
import type { PipelineConfig } from './pipeline-config'

export type PipelineLog = (line: string) => void

/** What every stage needs: settings, the open MLflow store and the experiment, a logger. */
export interface StageContext {
  config: PipelineConfig
  writer: FileStoreWriter
  experimentId: string
  log: PipelineLog
  /** runs started and not yet ended, for an interrupt to end KILLED */
  activeRuns?: ActiveRuns
}

/**
 * Runs `body` inside a new MLflow run and ends it FINISHED, or FAILED when body throws (the
 * error is rethrown), so a crash never leaves a run RUNNING.
 */
export async function withRun<T>(
  ctx: StageContext,
  runName: string,
  options: { parentRunId?: string; tags?: Record<string, string> },
  body: (run: RunHandle) => Promise<T>,
): Promise<T> {
  const run = await ctx.writer.startRun(ctx.experimentId, {
    runName,
    parentRunId: options.parentRunId,
    tags: { 'pipeline.stage': runName, ...options.tags },
  })
  ctx.activeRuns?.add(run)
  try {
    const result = await body(run)
    ctx.activeRuns?.delete(run)
    await run.end('FINISHED')
    return result
  } catch (error) {
    ctx.activeRuns?.delete(run)
    await run.end('FAILED')
    throw error
  }
}
