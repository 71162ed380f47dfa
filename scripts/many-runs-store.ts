/**
 * Writes a large MLflow FileStore through the pipeline's own writer (lib/mlflow/filestore):
 * one experiment of `runs` runs, each with `params` params and `metrics` metric histories of
 * `steps` steps (half of them under a `train/` folder, as nested metric keys are stored). Used
 * by `npm run bench:readers`, the "Open a project" benchmark and its end-to-end test.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openFileStoreWriter } from '../lib/mlflow/filestore/writer'
import { formatMetricLine } from '../lib/mlflow/metric-line-format'

export interface ManyRunsSizes {
  runs: number
  metrics: number
  steps: number
  /** params per run (default 10) */
  params?: number
}

/** Writes the store at `root` (an `mlruns/` folder); returns the experiment's id. */
export async function writeManyRunsStore(
  root: string,
  sizes: ManyRunsSizes,
  experiment = 'bench',
): Promise<string> {
  const writer = await openFileStoreWriter(root, { user: 'bench' })
  const experimentId = await writer.getOrCreateExperiment(experiment)
  const t0 = Date.now()
  for (let r = 0; r < sizes.runs; r++) {
    const run = await writer.startRun(experimentId, { runName: `run-${r}` })
    await run.logParams(
      Object.fromEntries(
        Array.from({ length: sizes.params ?? 10 }, (_, p) => [`param_${p}`, r * p]),
      ),
    )
    const metricsFolder = join(root, experimentId, run.runId, 'metrics')
    await mkdir(join(metricsFolder, 'train'), { recursive: true })
    await Promise.all(
      Array.from({ length: sizes.metrics }, (_, m) => {
        let text = ''
        for (let step = 0; step < sizes.steps; step++) {
          const value = Math.exp(-step / 30) + ((r * 31 + m * 7 + step) % 97) / 1000
          text += formatMetricLine({ timestamp: t0 + r * 1000 + step, value, step })
        }
        const key = m % 2 === 0 ? `metric_${m}` : `train/metric_${m}`
        return writeFile(join(metricsFolder, key), text)
      }),
    )
    await run.end()
  }
  return experimentId
}
