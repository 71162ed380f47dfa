import { describe, expect, it } from 'vitest'
import type { PredictionsData } from '../../predictions/types'
import {
  featureColumnsFromRows,
  outputColumnsFromRows,
  pickRows,
  pickRowsSorted,
} from './drift-columns'

const data = (features: Record<string, number[]>, target: number[], probability?: number[]) =>
  ({
    target: Float64Array.from(target),
    probability: probability ? Float64Array.from(probability) : null,
    label: null,
    features: Object.fromEntries(
      Object.entries(features).map(([k, v]) => [k, Float64Array.from(v)]),
    ),
    context: {},
  }) satisfies PredictionsData

describe('column building', () => {
  const d = data(
    { period: [1, 2, 3, 4], lat: [33.9, 34, 33.8, 33.7] },
    [1, NaN, 0, 1],
    [0.4, 0.5, 0.6, 0.7],
  )
  const indices = Uint32Array.from([3, 0, 1])

  it('keeps every row when there is no filter', () => {
    const columns = featureColumnsFromRows(
      { data: d, indices: null },
      { lat: { kind: 'numerical', integer: false } },
    )
    expect(columns.lat).toBe(d.features.lat)
  })

  it('picks the filtered rows in order', () => {
    expect(Array.from(pickRows(d.features.lat!, indices))).toEqual([33.7, 33.9, 34])
  })

  it('types integer features as int columns and floats as Float64Array, values ascending', () => {
    const columns = featureColumnsFromRows(
      { data: d, indices },
      {
        period: { kind: 'categorical', integer: true },
        lat: { kind: 'numerical', integer: false },
      },
    )
    // drift does not depend on row order: the kept rows come sorted, from each column's order
    expect(columns.period).toEqual({ dtype: 'int', values: Float64Array.from([1, 2, 4]) })
    expect(columns.lat).toEqual(Float64Array.from([33.7, 33.9, 34]))
  })

  it('gives the score of every filtered row and the target of the labelled ones only', () => {
    const columns = outputColumnsFromRows({ data: d, indices })
    expect(columns.prediction_score).toEqual(Float64Array.from([0.4, 0.5, 0.7]))
    expect(columns.shot_made_flag).toEqual({ dtype: 'int', values: Float64Array.from([1, 1]) })
  })

  it('has no target column when no filtered row is labelled, no score without probabilities', () => {
    const columns = outputColumnsFromRows({ data: data({}, [NaN, NaN]), indices: null })
    expect(columns).toEqual({})
  })
})

describe('the cached ascending order', () => {
  // the order as it was computed before the radix sort: the comparator, NaN last
  const byComparator = (values: Float64Array, indices: Uint32Array) => {
    const rows = Array.from(indices)
    const finite = rows.filter((i) => !Number.isNaN(values[i]!))
    finite.sort((a, b) => values[a]! - values[b]! || a - b)
    return [...finite, ...rows.filter((i) => Number.isNaN(values[i]!))].map((i) => values[i]!)
  }
  // -0 and 0 told apart: their order (by row, as ties) shows
  const shown = (list: ArrayLike<number>) =>
    Array.from(list, (v) => (Object.is(v, -0) ? '-0' : String(v)))

  it('sorts ties, -0 beside 0 and the infinities as the comparator did, NaN last', () => {
    const values = Float64Array.from([0, -0, 3, NaN, -Infinity, 3, -0, Infinity, 1e-300, -5, 0])
    const indices = Uint32Array.from([10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    const d = data(
      { lat: Array.from(values) },
      Array.from(values, () => 1),
    )
    const out = featureColumnsFromRows(
      { data: d, indices: indices.slice(1) },
      {
        lat: { kind: 'numerical', integer: false },
      },
    ).lat as Float64Array
    expect(shown(out)).toEqual(shown(byComparator(values, indices.slice(1))))
    expect(shown(out)).toEqual([
      '-Infinity',
      '-5',
      '0',
      '-0',
      '-0',
      '1e-300',
      '3',
      '3',
      'Infinity',
      'NaN',
    ])
  })

  it('gives the comparator order on 50,000 rows with many ties and negatives, for a subset', () => {
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const list = Array.from({ length: 50_000 }, () => {
      const r = random()
      return r < 0.05 ? NaN : Math.round((r - 0.5) * 400) / 8
    })
    const values = Float64Array.from(list)
    const indices = Uint32Array.from({ length: 50_000 }, (_, i) => i).filter((i) => i % 7 !== 3)
    const d = data(
      { lat: list },
      list.map(() => 1),
    )
    const out = featureColumnsFromRows(
      { data: d, indices },
      {
        lat: { kind: 'numerical', integer: false },
      },
    ).lat as Float64Array
    expect(shown(out)).toEqual(shown(byComparator(values, indices)))
  })
})

describe('pickRowsSorted', () => {
  const values = Float64Array.from([3, NaN, -1, 2, 2, 0])
  it('gives the kept rows ascending, NaN last, once per column and filter result', () => {
    const indices = Uint32Array.from([0, 1, 3, 5])
    const picked = pickRowsSorted(values, indices)
    expect([...picked]).toEqual([0, 2, 3, NaN])
    expect(pickRowsSorted(values, indices)).toBe(picked)
    expect(pickRowsSorted(values, Uint32Array.from([0, 1, 3, 5]))).not.toBe(picked)
  })
  it('gives every row as the cached sorted column, without a walk', () => {
    const all = pickRowsSorted(values, Uint32Array.from([0, 1, 2, 3, 4, 5]))
    expect([...all]).toEqual([-1, 0, 2, 2, 3, NaN])
    expect(pickRowsSorted(values, Uint32Array.from([5, 4, 3, 2, 1, 0]))).toBe(all)
  })
})
