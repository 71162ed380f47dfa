import { FEATURES, TARGET } from '@/lib/model/features'
import { PipelineInputError } from './pipeline-input-error'
import type { NumericColumn, ShotTable } from './raw-columns'
import { stratifiedSplit } from './stratified-split'

export const FILTERED_COLUMNS = [...FEATURES, TARGET] as const

/** Rows of the dev table (as positions into it) kept by the preparation stage. */
export interface PreparedRows {
  /** rows with no missing value among the six features and the label */
  filtered: Uint32Array
  train: Uint32Array
  test: Uint32Array
}

/** Positions of the rows where every listed column has a value. */
export function completeRows(table: ShotTable, columns: readonly NumericColumn[]): Uint32Array {
  const cols = columns.map((c) => table.numeric[c])
  const keep: number[] = []
  for (let i = 0; i < table.rows; i++) if (cols.every((col) => !Number.isNaN(col[i]!))) keep.push(i)
  return Uint32Array.from(keep)
}

/**
 * Drops rows with any missing value among the seven columns, then splits the rest 80/20
 * (stratified on shot_made_flag). Checks, before anything is written, that training is possible:
 * labelled rows of both classes, and at least `minPerClass` of each in the training part.
 */
export function prepareData(
  dev: ShotTable,
  { testSize, seed, minPerClass }: { testSize: number; seed: number; minPerClass: number },
): PreparedRows {
  const filtered = completeRows(dev, FILTERED_COLUMNS)
  const label = dev.numeric.shot_made_flag
  if (filtered.length === 0) {
    const labelled = label.filter((v) => !Number.isNaN(v)).length
    throw new PipelineInputError(
      `${dev.file}: no row has a shot_made_flag and all six features (${dev.rows} rows, ` +
        `${labelled} with a shot_made_flag), so there is nothing to train on`,
    )
  }
  const y = Float64Array.from(filtered, (i) => label[i]!)
  const split = stratifiedSplit(y, testSize, seed)
  const trainY = Array.from(split.train, (k) => y[k]!)
  for (const cls of [0, 1]) {
    const count = trainY.filter((v) => v === cls).length
    if (count < minPerClass) {
      throw new PipelineInputError(
        `${dev.file}: the training part has ${count} rows with shot_made_flag = ${cls} ` +
          `(of ${filtered.length} complete rows); training needs at least ${minPerClass} ` +
          'made and missed shots',
      )
    }
  }
  return {
    filtered,
    train: Uint32Array.from(split.train, (k) => filtered[k]!),
    test: Uint32Array.from(split.test, (k) => filtered[k]!),
  }
}
