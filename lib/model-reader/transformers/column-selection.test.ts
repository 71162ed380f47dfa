import { describe, expect, it } from 'vitest'
import type { PyValue } from '../py-value'
import { selectColumns } from './column-selection'

const names = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']
const pick = (spec: PyValue) => selectColumns(spec, names, names.length, 'ColumnTransformer step t')
const slice = (start: PyValue, stop: PyValue, step: PyValue = null): PyValue => ({
  kind: 'tuple',
  items: [start, stop, step],
})

describe("selectColumns follows scikit-learn's _get_column_indices", () => {
  it('takes names, lists of names and integer indices (negative from the end)', () => {
    expect(pick('period')).toEqual([3])
    expect(pick(['shot_distance', 'lat'])).toEqual([5, 0])
    expect(pick(-1)).toEqual([5])
    expect(pick([0, -2])).toEqual([0, 4])
  })
  it('excludes the stop of an integer slice and includes it for a slice of names', () => {
    expect(pick(slice(1, 4))).toEqual([1, 2, 3])
    expect(pick(slice(null, null, 2))).toEqual([0, 2, 4])
    expect(pick(slice(-2, null))).toEqual([4, 5])
    expect(pick(slice('lng', 'period'))).toEqual([1, 2, 3])
  })
  it('reads a boolean mask, as a list or a numpy bool array', () => {
    expect(pick([true, false, false, true, false, true])).toEqual([0, 3, 5])
    const mask: PyValue = {
      kind: 'ndarray',
      dtype: '|b1',
      shape: [6],
      data: Float64Array.from([0, 1, 0, 0, 1, 0]),
    }
    expect(pick(mask)).toEqual([1, 4])
  })
  it('names the step and the column it cannot find', () => {
    expect(() => pick('lon')).toThrow(
      'ColumnTransformer step t selects the column "lon", which is not among its input features (lat, lng, minutes_remaining, period, playoffs, shot_distance).',
    )
    expect(() => pick(6)).toThrow(
      'ColumnTransformer step t selects the column index 6 of 6 input columns.',
    )
  })
})
