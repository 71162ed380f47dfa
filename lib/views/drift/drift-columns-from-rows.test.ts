import { describe, expect, it } from 'vitest'
import type { PredictionsData } from '../../predictions/types'
import {
  featureColumnsFromRows,
  featureDtypes,
  isIntegerValued,
  outputColumnsFromRows,
  pickRows,
} from './drift-columns-from-rows'

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

describe('isIntegerValued', () => {
  it('accepts whole numbers only; NaN and fractions make a float column', () => {
    expect(isIntegerValued(Float64Array.from([0, 3, -7, 12]))).toBe(true)
    expect(isIntegerValued(Float64Array.from([1, 2.5]))).toBe(false)
    expect(isIntegerValued(Float64Array.from([1, NaN]))).toBe(false)
    expect(isIntegerValued(new Float64Array(0))).toBe(true)
  })
})

describe('featureDtypes', () => {
  const dev = data({ period: [1, 2], lat: [33.9, 34], whole: [1, 2], gap: [1, 2] }, [0, 1])
  const prod = data({ period: [3, 4], lat: [33.8, 33.7], whole: [5, 6], gap: [NaN, 3] }, [1, 0])

  it('keeps the build’s int when the values agree, and never turns a declared float into int', () => {
    expect(featureDtypes(dev, prod, { period: 'int', lat: 'float', whole: 'float' })).toEqual({
      period: 'int',
      lat: 'float',
      whole: 'float',
      gap: 'float',
    })
  })

  it('decides from the values when the build has no word on a column', () => {
    expect(featureDtypes(dev, prod, {})).toEqual({
      period: 'int',
      lat: 'float',
      whole: 'int',
      gap: 'float',
    })
  })

  it('leaves out features prod does not have', () => {
    expect(featureDtypes(dev, data({ period: [1] }, [0]), {})).toEqual({ period: 'int' })
  })
})

describe('column building', () => {
  const d = data(
    { period: [1, 2, 3, 4], lat: [33.9, 34, 33.8, 33.7] },
    [1, NaN, 0, 1],
    [0.4, 0.5, 0.6, 0.7],
  )
  const indices = Uint32Array.from([3, 0, 1])

  it('picks the filtered rows in order', () => {
    expect(Array.from(pickRows(d.features.lat!, indices))).toEqual([33.7, 33.9, 34])
  })

  it('types integer features as int columns and floats as Float64Array', () => {
    const columns = featureColumnsFromRows(d, indices, { period: 'int', lat: 'float' })
    expect(columns.period).toEqual({ dtype: 'int', values: Float64Array.from([4, 1, 2]) })
    expect(columns.lat).toEqual(Float64Array.from([33.7, 33.9, 34]))
  })

  it('gives the score of every filtered row and the target of the labelled ones only', () => {
    const columns = outputColumnsFromRows(d, indices)
    expect(columns.prediction_score).toEqual(Float64Array.from([0.7, 0.4, 0.5]))
    expect(columns.shot_made_flag).toEqual({ dtype: 'int', values: Float64Array.from([1, 1]) })
  })

  it('has no target column when no filtered row is labelled, no score without probabilities', () => {
    const columns = outputColumnsFromRows(data({}, [NaN, NaN]), Uint32Array.from([0, 1]))
    expect(columns).toEqual({})
  })
})
