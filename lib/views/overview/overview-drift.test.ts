import { describe, expect, it } from 'vitest'
import { computeDriftTable } from '../../drift/drift-table'
import { allRows, loaded } from './fixtures/loaded-predictions'
import { overviewDrift } from './overview-drift'

const devDistances = Array.from({ length: 200 }, (_, i) => i % 21)
const prodDistances = Array.from({ length: 100 }, (_, i) => (i < 50 ? i % 21 : 23 + (i % 8)))
const dev = loaded(
  devDistances.map((_, i) => i % 2),
  null,
  { shot_distance: devDistances },
)
const prod = loaded(
  prodDistances.map(() => NaN),
  null,
  { shot_distance: prodDistances },
)
const build = computeDriftTable(
  { shot_distance: { dtype: 'int', values: Float64Array.from(devDistances) } },
  { shot_distance: { dtype: 'int', values: Float64Array.from(prodDistances) } },
)

// the build's decision: integer-stored, 21 distinct values over dev ∪ prod → numerical
const columns = { shot_distance: { kind: 'numerical', integer: true } } as const

describe('overviewDrift', () => {
  it('uses the build table (exact, every row) when no row is filtered out', () => {
    const result = overviewDrift(
      build,
      columns,
      { data: dev.data, indices: allRows(200) },
      { data: prod.data, indices: allRows(100) },
    )
    expect(result).toEqual({ status: 'ready', source: 'build', table: build })
  })

  it('recomputes on the filtered rows otherwise', () => {
    // prod keeps only its first 50 shots, all inside the dev range
    const result = overviewDrift(
      build,
      columns,
      { data: dev.data, indices: allRows(200) },
      { data: prod.data, indices: allRows(50) },
    )
    if (result.status !== 'ready') throw new Error(JSON.stringify(result))
    expect(result.source).toBe('filtered')
    expect(result.table.rows[0]).toMatchObject({
      column: 'shot_distance',
      curCount: 50,
      dtype: 'int',
    })
    expect(result.table.rows[0]!.support).toMatchObject({ kind: 'range', outsideShare: 0 })
    expect(build.rows[0]!.support).toMatchObject({ kind: 'range', outsideShare: 0.5 })
  })

  it('says why there is no table', () => {
    const side = { data: dev.data, indices: allRows(200) }
    expect(overviewDrift(null, columns, side, side)).toEqual({
      status: 'none',
      reason: 'noBuildDrift',
    })
    expect(overviewDrift(build, columns, side, null)).toEqual({
      status: 'none',
      reason: 'noBuildDrift',
    })
    expect(
      overviewDrift(build, columns, side, { data: prod.data, indices: new Uint32Array(0) }),
    ).toEqual({
      status: 'none',
      reason: 'emptyProd',
    })
  })
})
