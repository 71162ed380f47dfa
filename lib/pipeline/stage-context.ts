import type { FileStoreWriter, RunHandle } from '@/lib/mlflow/filestore-writer'
import type { PipelineConfig } from './pipeline-config'

export type PipelineLog = (line: string) => void

/** What every stage needs: settings, the open MLflow store and the experiment, a logger. */
export interface StageContext {
  config: PipelineConfig
  writer: FileStoreWriter
  experimentId: string
  log: PipelineLog
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
  try {
    const result = await body(run)
    await run.end('FINISHED')
    return result
  } catch (error) {
    await run.end('FAILED')
    throw error
  }
}
