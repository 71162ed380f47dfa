import { describe, expect, it } from 'vitest'
import { computeDriftTable } from './drift-table'
import { DriftInputError } from './drift-input-error'
import { generatedSample } from './fixtures/generated-sample'

const repeat = <T>(value: T, n: number): T[] => Array<T>(n).fill(value)

describe('computeDriftTable', () => {
  // 500 reference rows: Evidently's small-reference tests (KS, chi-square, z)
  const reference = {
    amount: generatedSample(500, 1, 10, 0, 10),
    grade: {
      dtype: 'int' as const,
      values: [...repeat(1, 200), ...repeat(2, 200), ...repeat(3, 100)],
    },
    flag: { dtype: 'bool' as const, values: [...repeat(true, 250), ...repeat(false, 250)] },
    city: { dtype: 'string' as const, values: [...repeat('a', 300), ...repeat('b', 200)] },
  }
  const current = {
    amount: Float64Array.from([...generatedSample(300, 2, 10, 4, 10), NaN, Infinity]),
    grade: {
      dtype: 'int' as const,
      values: [...repeat(1, 50), ...repeat(2, 100), ...repeat(3, 150)],
    },
    flag: { dtype: 'bool' as const, values: [...repeat(true, 140), ...repeat(false, 160), null] },
    city: { dtype: 'string' as const, values: [...repeat('a', 150), ...repeat('c', 150)] },
  }

  it('picks KS / chi-square / z for a reference of <= 1000 rows and states the rule', () => {
    const table = computeDriftTable(reference, current)
    expect(
      table.rows.map((row) => [row.column, row.type, row.method, row.rule, row.drifted]),
    ).toEqual([
      ['amount', 'numerical', 'ks', 'p_value <= 0.05', true],
      ['grade', 'categorical', 'chisquare', 'p_value < 0.05', true],
      ['flag', 'categorical', 'z', 'p_value < 0.05', false],
      ['city', 'categorical', 'chisquare', 'p_value < 0.05', true],
    ])
    const amount = table.rows[0]!
    expect(amount.dropped).toEqual({ reference: 0, current: 2 })
    expect([amount.refCount, amount.curCount]).toEqual([500, 300])
    expect(amount.statistic).toBe(amount.alternatives.ks_p_value)
    expect(table.rows[2]!.dropped).toEqual({ reference: 0, current: 1 })
    expect(table.rows[3]!.alternatives.ks_p_value).toBeNull()
    expect(table.rows[3]!.support).toEqual({
      kind: 'categories',
      unseen: ['c'],
      outside: 150,
      outsideShare: 0.5,
    })
    expect(table.dataset).toEqual({
      driftedCount: 3,
      columnCount: 4,
      share: 0.75,
      driftShare: 0.5,
      datasetDrift: true,
    })
  })

  it('takes per-column methods, thresholds, types and the drift share', () => {
    const table = computeDriftTable(reference, current, {
      columns: ['amount', 'grade'],
      methods: { amount: 'psi', grade: 'jensenshannon' },
      thresholds: { grade: 0.5 },
      driftShare: 0.75,
    })
    const [amount, grade] = table.rows
    expect(amount!.method).toBe('psi')
    expect(amount!.statistic).toBe(amount!.alternatives.psi)
    expect(amount!.direction).toBe('score_at_or_above')
    expect(grade!.statistic).toBe(grade!.alternatives.jensenshannon)
    expect([grade!.threshold, grade!.drifted]).toEqual([0.5, false])
    expect(table.dataset.datasetDrift).toBe(false)
  })

  it('refuses Wasserstein on a categorical column, as Evidently does', () => {
    expect(() =>
      computeDriftTable(reference, current, { methods: { city: 'wasserstein' } }),
    ).toThrow(/column "city": method "wasserstein" needs a numerical column/)
  })

  it('treats an int column with a missing value as float (pandas), hence numerical', () => {
    const table = computeDriftTable(
      { n: { dtype: 'int', values: [1, 2, 3, null] } },
      { n: { dtype: 'int', values: [1, 2, 2] } },
    )
    expect([table.rows[0]!.dtype, table.rows[0]!.type]).toEqual(['float', 'numerical'])
  })

  it('skips a column that is empty after cleaning and names missing columns', () => {
    const table = computeDriftTable(
      { x: Float64Array.from([1, 2]) },
      { x: Float64Array.from([NaN]) },
    )
    expect(table.rows).toEqual([])
    expect(table.skipped).toEqual([
      {
        column: 'x',
        reason: 'column "x": the current sample is empty after dropping null/NaN/Infinity',
        emptySample: 'current',
      },
    ])
    expect(table.dataset.datasetDrift).toBe(false)
    expect(() => computeDriftTable({ x: Float64Array.from([1]) }, {})).toThrow(DriftInputError)
    expect(() => computeDriftTable({ x: Float64Array.from([1]) }, {})).toThrow(
      'column "x" is missing from the current data',
    )
  })

  it('names the row of a string inside a numeric column', () => {
    expect(() =>
      computeDriftTable(
        { x: { dtype: 'float', values: [1, 2, 'three'] } },
        { x: { dtype: 'float', values: [1] } },
      ),
    ).toThrow('reference column "x": mixes numbers and strings (row 2 holds "three")')
  })
})
