import { join } from 'node:path'
import { parquetMetadata } from 'hyparquet'
import { describe, expect, it } from 'vitest'
import { scoreRanking } from '../../metrics/score-rank'
import { readParquetFile } from '../../parquet/read-parquet-file'
import { loadPredictionsTable } from '../../predictions/load-predictions-table'
import { parseRows, parseRowsInSteps } from './parse-rows'
import { writeRowsParquet } from './rows-file'

// the pipeline's Kobe prod predictions, shipped as the build ships them (its rows file)
const PROD = join(__dirname, '../../../data/output/predictions_prod.parquet')

describe('parseRowsInSteps', () => {
  it('decodes the same rows as parseRows, pausing before each column chunk and the ranking', async () => {
    const { data } = loadPredictionsTable(await readParquetFile(PROD))
    const rows = data.target.length
    const bytes = writeRowsParquet(
      data,
      Uint32Array.from({ length: rows }, (_, i) => i),
    )
    const metadata = parquetMetadata(bytes.buffer.slice(0) as ArrayBuffer)
    const groups = metadata.row_groups.length
    const columns = metadata.row_groups[0]!.columns.length
    // more than one row group (the writer's first holds 1,000 rows), so the pauses cross them
    expect(rows).toBeGreaterThan(1000)
    expect(groups).toBeGreaterThan(1)
    let pauses = 0
    const stepped = await parseRowsInSteps(bytes, 'data/rows-prod.parquet', async () => {
      pauses++
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    const whole = await parseRows(bytes, 'data/rows-prod.parquet')
    // one pause per column chunk, one before the predictions model is built, one before the
    // rows are ranked by score
    expect(pauses).toBe(groups * columns + 2)
    expect(stepped.report).toEqual(whole.report)
    expect(stepped.data).toEqual(whole.data)
    expect(stepped.report.rows).toBe(rows)
    // the ranking made in its own step is the one computed from parseRows's rows
    const ranked = scoreRanking(stepped.data.target, stepped.data.probability!)
    expect(ranked).toEqual(scoreRanking(whole.data.target, whole.data.probability!))
    expect(ranked.rank.length).toBeGreaterThan(1000)
    // and the rows are the file's: its scores, in its order
    expect(Array.from(stepped.data.probability!.subarray(0, 50))).toEqual(
      Array.from(data.probability!.subarray(0, 50)),
    )
  })
})
