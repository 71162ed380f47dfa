import { describe, expect, it } from 'vitest'
import type { Column } from '../../drift/column'
import { computeDriftTable } from '../../drift/drift-table'
import { applyDriftMethod } from './apply-drift-method'

// 1200 reference rows (> 1000: Evidently picks distances), 800 current rows.
const range = (n: number, f: (i: number) => number) =>
  Float64Array.from({ length: n }, (_, i) => f(i))
const reference: Record<string, Column> = {
  // float, shifted by 2 (a fifth of its range) in current
  x: range(1200, (i) => (i % 100) / 10),
  // float, same distribution
  y: range(1200, (i) => (i % 40) / 4),
  // integer with 3 values: categorical
  c: { dtype: 'int', values: range(1200, (i) => i % 3) },
}
const current: Record<string, Column> = {
  x: range(800, (i) => (i % 100) / 10 + 2),
  y: range(800, (i) => (i % 40) / 4),
  c: { dtype: 'int', values: range(800, (i) => (i % 4 === 0 ? 0 : 1 + (i % 2))) },
}
const auto = computeDriftTable(reference, current)

describe('applyDriftMethod', () => {
  it('keeps the automatic table for auto', () => {
    const table = applyDriftMethod(auto, 'auto')
    expect(table.rows.map((r) => [r.column, r.method, r.keptAuto])).toEqual([
      ['x', 'wasserstein', false],
      ['y', 'wasserstein', false],
      ['c', 'jensenshannon', false],
    ])
    expect(table.dataset).toEqual(auto.dataset)
  })

  it.each(['psi', 'jensenshannon'] as const)(
    '%s gives what computeDriftTable gives when asked for it on every column',
    (method) => {
      const direct = computeDriftTable(reference, current, {
        methods: { x: method, y: method, c: method },
      })
      const derived = applyDriftMethod(auto, method)
      expect(
        derived.rows.map((r) => [r.method, r.statistic, r.threshold, r.rule, r.drifted]),
      ).toEqual(direct.rows.map((r) => [r.method, r.statistic, r.threshold, r.rule, r.drifted]))
      expect(derived.dataset).toEqual(direct.dataset)
    },
  )

  it.each(['ks', 'wasserstein'] as const)(
    '%s applies to numerical columns only; the categorical one keeps its automatic test',
    (method) => {
      const direct = computeDriftTable(reference, current, { methods: { x: method, y: method } })
      const derived = applyDriftMethod(auto, method)
      expect(derived.rows.map((r) => [r.method, r.statistic, r.drifted])).toEqual(
        direct.rows.map((r) => [r.method, r.statistic, r.drifted]),
      )
      expect(derived.rows.map((r) => r.keptAuto)).toEqual([false, false, true])
      expect(derived.dataset).toEqual(direct.dataset)
    },
  )

  it('recounts the dataset verdict: the shift drifts, the same distribution does not', () => {
    const ks = applyDriftMethod(auto, 'ks')
    expect(ks.rows.map((r) => [r.column, r.rule, r.drifted])).toEqual([
      ['x', 'p_value <= 0.05', true],
      ['y', 'p_value <= 0.05', false],
      ['c', 'score >= 0.1', true],
    ])
    expect(ks.rows[1]!.statistic).toBe(1)
    expect(ks.dataset).toMatchObject({ driftedCount: 2, columnCount: 3, datasetDrift: true })
    expect(ks.dataset.share).toBeCloseTo(2 / 3, 12)
  })
})
