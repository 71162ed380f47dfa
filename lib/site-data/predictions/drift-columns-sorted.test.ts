import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeDriftTable } from '../../drift/drift-table'
import { seededRandom } from '../../model/seeded-random'
import type { PredictionsData } from '../../predictions/types'
import { columnKinds } from './column-kinds'
import { featureColumnsFromRows, outputColumnsFromRows, pickRows } from './drift-columns'
import { featureDrift, outputDrift } from './predictions-drift'
import { readPredictionsInput } from './read-predictions-input'
import type { SnapshotColumn } from './snapshot-types'

const DATA_DIR = fileURLToPath(new URL('../../../../shared/data/kobe', import.meta.url))
const OUTPUT_DIR = fileURLToPath(new URL('../../../data/output', import.meta.url))

/** The drift tables as computed before the cached sort order: unsorted picks, sorted per call. */
function unsortedTables(
  dev: { data: PredictionsData; indices: Uint32Array },
  prod: { data: PredictionsData; indices: Uint32Array },
  columns: Record<string, SnapshotColumn>,
) {
  const pick = (side: typeof dev) => {
    const out: Record<string, { dtype: 'int'; values: Float64Array } | Float64Array> = {}
    for (const [name, column] of Object.entries(columns)) {
      const values = side.data.features[name]
      if (!values) continue
      const picked = pickRows(values, side.indices)
      out[name] = column.integer ? { dtype: 'int', values: picked } : picked
    }
    return out
  }
  const names = Object.keys(columns)
  const columnTypes = Object.fromEntries(names.map((name) => [name, columns[name]!.kind]))
  return computeDriftTable(pick(dev), pick(prod), { columns: names, columnTypes })
}

async function read(path: string) {
  const input = await readPredictionsInput(path)
  if (input.status !== 'read') throw new Error(input.error)
  return input
}

const every = (n: number) => Uint32Array.from({ length: n }, (_, i) => i)

describe('filtered drift columns read from the cached sort order', () => {
  for (const [label, dir, devFile, prodFile] of [
    ['the course files', DATA_DIR, 'dataset_kobe_dev.parquet', 'dataset_kobe_prod.parquet'],
    ['the pipeline predictions', OUTPUT_DIR, 'predictions_dev.parquet', 'predictions_prod.parquet'],
  ] as const) {
    describe(label, () => {
      let dev: PredictionsData
      let prod: PredictionsData
      let columns: Record<string, SnapshotColumn>
      beforeAll(async () => {
        const d = await read(`${dir}/${devFile}`)
        const p = await read(`${dir}/${prodFile}`)
        dev = d.predictions.data
        prod = p.predictions.data
        columns = columnKinds(d, p)
      })

      it('gives the same feature and output tables, to the last bit, for filters and random subsets', () => {
        const random = seededRandom(42)
        const subsets: [string, (data: PredictionsData) => Uint32Array][] = [
          [
            'period 1',
            (data) => every(data.target.length).filter((i) => data.features.period?.[i] === 1),
          ],
          ['random 30 %', (data) => every(data.target.length).filter(() => random() < 0.3)],
          ['random 2 %', (data) => every(data.target.length).filter(() => random() < 0.02)],
        ]
        for (const [, keep] of subsets) {
          const d = { data: dev, indices: keep(dev) }
          const p = { data: prod, indices: keep(prod) }
          expect(d.indices.length).toBeGreaterThan(0)
          expect(featureDrift(d, p, columns)).toEqual(unsortedTables(d, p, columns))
          const ref = outputColumnsFromRows(d)
          const cur = outputColumnsFromRows(p)
          const names = Object.keys(ref).filter((name) => name in cur)
          const picked = (side: typeof d) => {
            const out: Record<string, Float64Array | { dtype: 'int'; values: Float64Array }> = {}
            if (side.data.probability)
              out.prediction_score = pickRows(side.data.probability, side.indices)
            const labelled = pickRows(side.data.target, side.indices).filter(
              (v) => !Number.isNaN(v),
            )
            if (labelled.length > 0) out.shot_made_flag = { dtype: 'int', values: labelled }
            return out
          }
          expect(outputDrift(d, p)).toEqual(
            names.length > 0 ? computeDriftTable(picked(d), picked(p), { columns: names }) : null,
          )
        }
      })

      it('keeps every kept row, ascending, NaN last', () => {
        const indices = every(dev.target.length).filter((i) => i % 3 === 0)
        const columnsOut = featureColumnsFromRows({ data: dev, indices }, columns)
        for (const [name, column] of Object.entries(columnsOut)) {
          const values = column instanceof Float64Array ? column : (column.values as Float64Array)
          const expected = pickRows(dev.features[name]!, indices).sort()
          expect(Array.from(values)).toEqual(Array.from(expected))
        }
      })
    })
  }
})
