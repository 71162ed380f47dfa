import { readParquetBytes } from '../../parquet/parquet-table'
import { loadPredictionsTable } from '../../predictions/load-predictions-table'
import type { LoadedPredictions } from '../../predictions/types'
import { scoreRanking } from '../../metrics/score-rank'

/**
 * A rows file (`data/rows-{dev,prod}.parquet`, fetched by the browser or read in a test) → the
 * predictions model. The rows file uses our own column convention, so the same loader that
 * recognises any predictions file reads it back.
 */
export async function parseRows(bytes: Uint8Array, file: string): Promise<LoadedPredictions> {
  return loadPredictionsTable(await readParquetBytes(bytes, file))
}

/**
 * parseRows with `pause` awaited before each column chunk is decoded (the page yields there once
 * a task has run long enough): the same rows, decoded in many short tasks instead of one long
 * one, the predictions model built after a pause, and after another the rows ranked by score
 * (`scoreRanking`, cached per score array: the sort every view's curve reads), so the first
 * render of a view does not pay for that sort in the same task.
 */
export async function parseRowsInSteps(
  bytes: Uint8Array,
  file: string,
  pause: () => void | Promise<void>,
): Promise<LoadedPredictions> {
  const table = await readParquetBytes(bytes, file, { pause })
  await pause()
  const loaded = loadPredictionsTable(table)
  const { target, probability } = loaded.data
  if (probability) {
    await pause()
    scoreRanking(target, probability)
  }
  return loaded
}
