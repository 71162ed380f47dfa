import type { RunHandle } from '@/lib/mlflow/filestore-writer'

/**
 * The MLflow runs the pipeline has started and not yet ended, so an interrupt (SIGINT/SIGTERM)
 * can end them KILLED with an end time, as `mlflow` does, instead of leaving them RUNNING.
 */
export class ActiveRuns {
  private readonly runs = new Set<RunHandle>()

  add(run: RunHandle): void {
    this.runs.add(run)
  }

  delete(run: RunHandle): void {
    this.runs.delete(run)
  }

  get size(): number {
    return this.runs.size
  }

  /** Ends every open run KILLED, innermost (latest) first; returns their ids. */
  async killAll(): Promise<string[]> {
    const open = [...this.runs].reverse()
    this.runs.clear()
    for (const run of open) await run.end('KILLED')
    return open.map((run) => run.runId)
  }
}
