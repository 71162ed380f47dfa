import type { FileStoreWriter, RunHandle } from '@/lib/mlflow/filestore/writer'
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
 * error is rethrown), so a crash never leaves a run RUNNING. Needs only the store, the
 * experiment and the open runs, so `npm run monitor` logs its run the same way.
 */
export async function withRun<T>(
  ctx: Pick<StageContext, 'writer' | 'experimentId' | 'activeRuns'>,
  runName: string,
  options: { parentRunId?: string; tags?: Record<string, string> },
  body: (run: RunHandle) => Promise<T>,
): Promise<T> {
  if (ctx.activeRuns?.stopped)
    throw new Error(`Run "${runName}" not started: the pipeline is stopping`)
  const starting = ctx.writer.startRun(ctx.experimentId, {
    runName,
    parentRunId: options.parentRunId,
    tags: { 'pipeline.stage': runName, ...options.tags },
  })
  ctx.activeRuns?.add(starting)
  const run = await starting.catch((error: unknown) => {
    ctx.activeRuns?.delete(starting)
    throw error
  })
  try {
    const result = await body(run)
    ctx.activeRuns?.delete(starting)
    await run.end('FINISHED')
    return result
  } catch (error) {
    ctx.activeRuns?.delete(starting)
    await run.end('FAILED')
    throw error
  }
}
