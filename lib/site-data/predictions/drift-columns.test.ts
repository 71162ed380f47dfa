import { describe, expect, it } from 'vitest'
import type { PredictionsData } from '../../predictions/types'
import { featureColumnsFromRows, outputColumnsFromRows, pickRows } from './drift-columns'

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
