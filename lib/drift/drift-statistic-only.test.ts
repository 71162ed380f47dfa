import { describe, expect, it } from 'vitest'
import { computeDriftTable } from './drift-table'

describe('computeDriftTable with statisticOnly', () => {
  const ref = {
    x: Float64Array.from({ length: 1500 }, (_, i) => (i * 7919) % 1000),
    k: { dtype: 'int' as const, values: Array.from({ length: 1500 }, (_, i) => i % 4) },
  }
  const cur = {
    x: Float64Array.from({ length: 200 }, (_, i) => ((i * 104729) % 1000) + 150),
    k: { dtype: 'int' as const, values: Array.from({ length: 200 }, (_, i) => (i % 3) + 1) },
  }
  it('gives the same method, statistic and verdict as the full table, without the alternatives', () => {
    const full = computeDriftTable(ref, cur)
    const quick = computeDriftTable(ref, cur, { statisticOnly: true })
    expect(quick.rows.map((r) => [r.method, r.statistic, r.drifted])).toEqual(
      full.rows.map((r) => [r.method, r.statistic, r.drifted]),
    )
    expect(quick.rows.map((r) => r.method)).toEqual(['wasserstein', 'jensenshannon'])
    expect(quick.dataset).toEqual(full.dataset)
    expect(Number.isNaN(quick.rows[0]!.alternatives.ks_p_value)).toBe(true)
    expect(quick.rows[0]!.summary).toBeNull()
  })
})
