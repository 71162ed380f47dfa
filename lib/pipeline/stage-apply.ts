import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { binaryMetrics, type BinaryMetrics } from '@/lib/metrics/binary-metrics'
import { FEATURES } from '@/lib/model/features'
import { parseModelJson } from '@/lib/model/parse-model-json'
import { predictProbaColumns } from '@/lib/model/predict-proba'
import { featureMatrix } from './feature-matrix'
import type { RawInputs } from './load-raw-inputs'
import { predictionColumns } from './prediction-columns'
import { completeRows, type PreparedRows } from './prepare-data'
import { withRun, type StageContext } from './stage-context'
import type { TrainOutput } from './stage-train'
import { writeParquetColumns } from './write-parquet-columns'

export const APPLY_RUN = 'PipelineAplicacao'
export const THRESHOLD = 0.5

export interface ApplyCounts {
  prod_rows: number
  prod_rows_labelled: number
  prod_rows_unlabelled: number
  prod_rows_skipped: number
  dev_rows: number
}

export interface ApplyOutput {
  runId: string
  files: { prod: string; dev: string }
  /** null when no prod row has a shot_made_flag */
  prodMetrics: BinaryMetrics | null
  devMetrics: BinaryMetrics
  counts: ApplyCounts
}

function labelledMetrics(y: Float64Array, scores: Float64Array): BinaryMetrics | null {
  const keep: number[] = []
  for (let i = 0; i < y.length; i++) if (!Number.isNaN(y[i]!)) keep.push(i)
  if (keep.length === 0) return null
  return binaryMetrics(
    Float64Array.from(keep, (i) => y[i]!),
    Float64Array.from(keep, (i) => scores[i]!),
    THRESHOLD,
  )
}

/**
 * Stage 3, run "PipelineAplicacao": loads the chosen model from its MLflow artifact, scores every
 * prod row with complete features (others are counted and reported, never imputed) and the
 * base_test rows, writes both predictions files and logs prod metrics on the labelled rows.
 * Only then does the registry alias move to the applied version, so @champion never points at a
 * version whose predictions were not written.
 */
export async function runApplyStage(
  ctx: StageContext,
  inputs: RawInputs,
  rows: PreparedRows,
  trained: TrainOutput,
): Promise<ApplyOutput> {
  const { config } = ctx
  const model = parseModelJson(
    await readFile(trained.chosen.modelFile, 'utf8'),
    trained.chosen.modelFile,
  )
  const prod = inputs.prod.table
  const prodRows = completeRows(prod, FEATURES)
  const skipped = prod.rows - prodRows.length
  if (skipped > 0) {
    const scored = new Uint8Array(prod.rows)
    for (const i of prodRows) scored[i] = 1
    const ids: number[] = []
    for (let i = 0; i < prod.rows && ids.length < 5; i++)
      if (!scored[i]) ids.push(prod.numeric.shot_id[i]!)
    ctx.log(
      `  warning: ${skipped} prod rows lack a feature value and are not scored (shot_id ${ids.join(', ')}…)`,
    )
  }
  const prodX = featureMatrix(prod, prodRows)
  const prodScores = predictProbaColumns(model, prodX.byName)
  const devX = featureMatrix(inputs.dev.table, rows.test)
  const devScores = predictProbaColumns(model, devX.byName)
  const prodMetrics = labelledMetrics(prodX.y, prodScores)
  const devMetrics = labelledMetrics(devX.y, devScores)!
  const labelled = prodX.y.filter((v) => !Number.isNaN(v)).length
  const counts: ApplyCounts = {
    prod_rows: prodRows.length,
    prod_rows_labelled: labelled,
    prod_rows_unlabelled: prodRows.length - labelled,
    prod_rows_skipped: skipped,
    dev_rows: rows.test.length,
  }
  const files = {
    prod: path.join(config.outputDir, 'predictions_prod.parquet'),
    dev: path.join(config.outputDir, 'predictions_dev.parquet'),
  }
  return withRun(
    ctx,
    APPLY_RUN,
    { tags: { 'model.applied': trained.chosen.name } },
    async (run) => {
      await writeParquetColumns(
        files.prod,
        predictionColumns(prod, prodRows, prodScores, THRESHOLD),
      )
      await writeParquetColumns(
        files.dev,
        predictionColumns(inputs.dev.table, rows.test, devScores, THRESHOLD),
      )
      await run.logParams({
        model_name: trained.registered.name,
        model_version: trained.registered.version,
        model_uri: `models:/${trained.registered.name}/${trained.registered.version}`,
        model_type: model.type,
        model_run_id: trained.chosen.runId,
        threshold: THRESHOLD,
        raw_prod_sha256: inputs.prod.sha256,
      })
      await run.logMetrics({ ...counts })
      if (prodMetrics) {
        await run.logMetrics(
          Object.fromEntries(Object.entries(prodMetrics).filter(([, v]) => Number.isFinite(v))),
        )
      } else {
        ctx.log('  warning: no prod row has a shot_made_flag, so no prod metrics are logged')
      }
      for (const file of Object.values(files)) await run.logArtifactFile(file, 'predictions')
      const { name, alias, version } = trained.registered
      await ctx.writer.setModelAlias(name, alias, version)
      ctx.log(`  ${name} @${alias} → v${version}`)
      ctx.log(
        `  scored ${prodRows.length} prod rows (${labelled} labelled` +
          (prodMetrics
            ? `: log loss ${prodMetrics.log_loss.toFixed(4)}, F1 ${prodMetrics.f1_score.toFixed(4)}`
            : '') +
          `) and ${rows.test.length} base_test rows`,
      )
      return { runId: run.runId, files, prodMetrics, devMetrics, counts }
    },
  )
}
