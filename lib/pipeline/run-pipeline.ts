import { openFileStoreWriter } from '@/lib/mlflow/filestore/writer'
import type { ActiveRuns } from './active-runs'
import { loadRawInputs } from './load-raw-inputs'
import { resolvePipelineConfig, type PipelineConfig, type PipelineOptions } from './pipeline-config'
import { prepareData } from './prepare-data'
import type { StageContext, PipelineLog } from './stage-context'
import { runApplyStage, type ApplyOutput } from './stage-apply'
import { runPrepareStage, type PrepareOutput } from './stage-prepare'
import { runTrainStage, type TrainOutput } from './stage-train'

export interface StageTiming {
  stage: string
  ms: number
  /** resident set size when the stage ended, MB */
  rssMb: number
}

export interface PipelineResult {
  config: PipelineConfig
  experimentId: string
  prepare: PrepareOutput
  train: TrainOutput
  apply: ApplyOutput
  timings: StageTiming[]
}

/**
 * prepare → train → apply, each an MLflow run in one experiment. Everything that can be wrong
 * with the input (options, raw files, columns, values, too few labelled rows) is checked before
 * the first file or run is written, so a bad input leaves earlier outputs and runs untouched.
 */
export async function runPipeline(
  options: PipelineOptions = {},
  log: PipelineLog = () => {},
  activeRuns?: ActiveRuns,
): Promise<PipelineResult> {
  const timings: StageTiming[] = []
  let started = performance.now()
  const lap = (stage: string) => {
    const now = performance.now()
    timings.push({ stage, ms: now - started, rssMb: process.memoryUsage.rss() / 2 ** 20 })
    started = now
  }
  const config = resolvePipelineConfig(options)
  log('Reading raw data')
  const inputs = await loadRawInputs(config, log)
  const rows = prepareData(inputs.dev.table, {
    testSize: config.testSize,
    seed: config.seed,
    minPerClass: config.cvFolds,
  })
  lap('load and validate')
  const writer = await openFileStoreWriter(config.trackingRoot)
  const experimentId = await writer.getOrCreateExperiment(config.experiment)
  const ctx: StageContext = { config, writer, experimentId, log, activeRuns }
  log(
    `MLflow FileStore ${config.trackingRoot}, experiment "${config.experiment}" (id ${experimentId})`,
  )
  log('Stage PreparacaoDados')
  const prepare = await runPrepareStage(ctx, inputs, rows)
  lap('PreparacaoDados')
  log('Stage Treinamento')
  const train = await runTrainStage(ctx, inputs.dev.table, rows)
  lap('Treinamento')
  log('Stage PipelineAplicacao')
  const apply = await runApplyStage(ctx, inputs, rows, train)
  lap('PipelineAplicacao')
  return { config, experimentId, prepare, train, apply, timings }
}
