/**
 * Writes a large predictions file for the UI benchmark: Kobe rows resampled (fixed seed) with
 * jitter, in the pipeline's own column layout, through hyparquet-writer.
 */
import { statSync } from 'node:fs'
import {
  fileWriter,
  ParquetWriter,
  schemaFromColumnData,
  type ColumnSource,
} from 'hyparquet-writer'
import { readParquetFile } from '../../lib/parquet/read-parquet-file'
import { seededRandom } from '../../lib/model/seeded-random'
import { FEATURES, TARGET } from '@/lib/model/features'
import { TEXT_COLUMNS } from '@/lib/pipeline/raw-columns'
import { CONTEXT_KEYS } from '@/lib/predictions/types'

type Cell = number | string | boolean | null

/** Columns copied as they are from the resampled row. */
const COPIED_INT = ['minutes_remaining', 'period', 'playoffs'] as const
const COPIED_STRING = TEXT_COLUMNS

function column(data: Record<string, Cell[]>, name: string, file: string): Cell[] {
  const values = data[name]
  if (!values) throw new Error(`${file}: column "${name}" is missing; run \`npm run pipeline\``)
  return values
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

const logit = (p: number) => Math.log(p / (1 - p))
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/**
 * `rows` rows drawn with replacement from `source` (a predictions file the pipeline wrote):
 * court position ±10 loc units (≈1 ft; lat/lng and shot_distance follow), score jittered on the
 * logit scale (σ 0.15), label and everything else kept, so nulls stay at the source's share.
 * Written `chunkRows` rows at a time (row groups of 100,000), so a file of several hundred MB
 * never sits in memory whole. Returns the number of bytes written.
 */
export async function generatePredictions(
  source: string,
  target: string,
  rows: number,
  seed = 7,
  chunkRows = 1_000_000,
): Promise<{ bytes: number; nullShare: number }> {
  const table = await readParquetFile(source)
  const get = (name: string) => column(table.data, name, source)
  const random = seededRandom(seed)
  const writer = fileWriter(target)
  let parquet: ParquetWriter | null = null
  let nulls = 0
  for (let offset = 0; offset < rows; offset += chunkRows) {
    const chunk = generateChunk(
      table.numRows,
      get,
      random,
      Math.min(chunkRows, rows - offset),
      offset,
    )
    nulls += chunk.nulls
    parquet ??= new ParquetWriter({
      writer,
      schema: schemaFromColumnData({ columnData: chunk.columnData }),
    })
    await parquet.write({ columnData: chunk.columnData, rowGroupSize: 100_000 })
  }
  await parquet?.finish()
  return { bytes: statSync(target).size, nullShare: nulls / rows }
}

/** `rows` generated rows, the first with shot_id `offset + 1`, in the pipeline's column order. */
function generateChunk(
  n: number,
  get: (name: string) => Cell[],
  random: () => number,
  rows: number,
  offset: number,
): { columnData: ColumnSource[]; nulls: number } {
  const pick = new Uint32Array(rows)
  for (let i = 0; i < rows; i++) pick[i] = Math.floor(random() * n)

  const locX = get('loc_x')
  const locY = get('loc_y')
  const lat = get('lat')
  const lng = get('lng')
  const score = get('prediction_score')
  const flag = get('shot_made_flag')
  const outX = new Array<number>(rows)
  const outY = new Array<number>(rows)
  const outLat = new Array<number>(rows)
  const outLng = new Array<number>(rows)
  const outDistance = new Array<number>(rows)
  const outScore = new Array<number>(rows)
  const outLabel = new Array<number>(rows)
  const outFlag = new Array<number | null>(rows)
  const outId = new Array<number>(rows)
  let nulls = 0
  for (let i = 0; i < rows; i++) {
    const r = pick[i]!
    const dx = Math.round((random() - 0.5) * 20)
    const dy = Math.round((random() - 0.5) * 20)
    const x = Number(locX[r]) + dx
    const y = Number(locY[r]) + dy
    outX[i] = x
    outY[i] = y
    outLat[i] = Number(lat[r]) - dy / 1000
    outLng[i] = Number(lng[r]) + dx / 1000
    outDistance[i] = Math.round(Math.hypot(x, y) / 10)
    const p = Math.min(Math.max(Number(score[r]), 1e-6), 1 - 1e-6)
    outScore[i] = sigmoid(logit(p) + 0.15 * gaussian(random))
    outLabel[i] = outScore[i]! >= 0.5 ? 1 : 0
    const f = flag[r]
    outFlag[i] = f === null || f === undefined || Number.isNaN(Number(f)) ? null : Number(f)
    if (outFlag[i] === null) nulls++
    outId[i] = offset + i + 1
  }
  const copy = (name: string) => {
    const values = get(name)
    return Array.from(pick, (r) => values[r] ?? null)
  }
  const columnData: ColumnSource[] = [
    { name: 'lat', data: outLat, type: 'DOUBLE' },
    { name: 'lng', data: outLng, type: 'DOUBLE' },
    ...COPIED_INT.map((name) => ({ name, data: copy(name) as number[], type: 'INT32' as const })),
    { name: 'shot_distance', data: outDistance, type: 'INT32' },
    { name: 'shot_made_flag', data: outFlag, type: 'DOUBLE' },
    { name: 'prediction_score', data: outScore, type: 'DOUBLE' },
    { name: 'prediction_label', data: outLabel, type: 'INT32' },
    { name: 'shot_id', data: outId, type: 'INT32' },
    { name: 'loc_x', data: outX, type: 'INT32' },
    { name: 'loc_y', data: outY, type: 'INT32' },
    ...COPIED_STRING.map((name) => ({
      name,
      data: copy(name) as (string | null)[],
      type: 'STRING' as const,
    })),
  ]
  // the pipeline's column order
  const order: string[] = [
    ...FEATURES,
    TARGET,
    'prediction_score',
    'prediction_label',
    ...CONTEXT_KEYS,
  ]
  columnData.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
  return { columnData, nulls }
}
