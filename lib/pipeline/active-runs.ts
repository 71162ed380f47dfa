import type { RunHandle } from '@/lib/mlflow/filestore/writer'

/**
 * The MLflow runs the pipeline has started (or is starting) and not yet ended, so an interrupt
 * (SIGINT/SIGTERM) can end them KILLED with an end time, as `mlflow` does, instead of leaving
 * them RUNNING.
 */
export class ActiveRuns {
  private readonly runs = new Set<Promise<RunHandle>>()
  private killing = false

  /** true once killAll was called: no new run may start */
  get stopped(): boolean {
    return this.killing
  }

  /** `starting` is the startRun promise, so a run still being created is not missed */
  add(starting: Promise<RunHandle>): void {
    this.runs.add(starting)
  }

  delete(starting: Promise<RunHandle>): void {
    this.runs.delete(starting)
  }

  get size(): number {
    return this.runs.size
  }

  /** Ends every open run KILLED, innermost (latest) first; returns their ids. */
  async killAll(): Promise<string[]> {
    this.killing = true
    const ids: string[] = []
    while (this.runs.size > 0) {
      const open = [...this.runs].reverse()
      this.runs.clear()
      for (const settled of await Promise.allSettled(open)) {
        if (settled.status !== 'fulfilled') continue
        await settled.value.end('KILLED')
        ids.push(settled.value.runId)
      }
    }
    return ids
  }
}
