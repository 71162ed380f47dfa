import path from 'node:path'
import { FEATURES } from '@/lib/model/features'
import { displayPath, type RawInputs } from './load-raw-inputs'
import { shotColumns } from './output-columns'
import { FILTERED_COLUMNS, type PreparedRows } from './prepare-data'
import { withRun, type StageContext } from './stage-context'
import { writeParquetColumns } from './write-parquet-columns'

export const PREPARE_RUN = 'PreparacaoDados'

export interface PrepareOutput {
  runId: string
  files: { filtered: string; train: string; test: string }
}

/**
 * Stage 1, run "PreparacaoDados": writes data_filtered (the seven columns, complete rows),
 * base_train and base_test, and logs the split settings, the row counts and the files.
 */
export async function runPrepareStage(
  ctx: StageContext,
  inputs: RawInputs,
  rows: PreparedRows,
): Promise<PrepareOutput> {
  const { config } = ctx
  const dev = inputs.dev.table
  const files = {
    filtered: path.join(config.processedDir, 'data_filtered.parquet'),
    train: path.join(config.processedDir, 'base_train.parquet'),
    test: path.join(config.processedDir, 'base_test.parquet'),
  }
  return withRun(ctx, PREPARE_RUN, {}, async (run) => {
    await writeParquetColumns(files.filtered, shotColumns(dev, rows.filtered, FILTERED_COLUMNS))
    await writeParquetColumns(files.train, shotColumns(dev, rows.train, FILTERED_COLUMNS))
    await writeParquetColumns(files.test, shotColumns(dev, rows.test, FILTERED_COLUMNS))
    await run.logParams({
      test_size: config.testSize,
      seed: config.seed,
      stratify: 'shot_made_flag',
      features: FEATURES.join(','),
      raw_dev_file: displayPath(config, dev.file),
      raw_dev_sha256: inputs.dev.sha256,
    })
    await run.logMetrics({
      raw_rows: dev.rows,
      filtered_rows: rows.filtered.length,
      filtered_columns: FILTERED_COLUMNS.length,
      dropped_rows: dev.rows - rows.filtered.length,
      base_train_rows: rows.train.length,
      base_test_rows: rows.test.length,
    })
    for (const file of Object.values(files)) await run.logArtifactFile(file, 'data')
    ctx.log(
      `  ${rows.filtered.length} of ${dev.rows} rows complete → ${rows.train.length} train / ` +
        `${rows.test.length} test (seed ${config.seed}, test size ${config.testSize})`,
    )
    return { runId: run.runId, files }
  })
}
