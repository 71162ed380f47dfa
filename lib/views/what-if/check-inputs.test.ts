import { describe, expect, it } from 'vitest'
import { checkInput, checkInputs, outsideTraining, parseTypedNumber } from './check-inputs'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'

const distance: FeatureSpec = {
  name: 'shot_distance',
  label: 'Shot distance',
  unit: 'ft',
  min: 0,
  max: 92,
  step: 1,
  integer: true,
  default: 4,
  train: { min: 0, max: 23, rows: 4057 },
}
const lat: FeatureSpec = {
  ...distance,
  name: 'lat',
  min: 33.1518,
  max: 34.0918,
  step: 0.0001,
  integer: false,
  default: 34,
  train: null,
}

describe('parseTypedNumber', () => {
  it('reads decimals with a point or a Brazilian comma, and nothing else', () => {
    expect(parseTypedNumber(' 33.9213 ')).toBe(33.9213)
    expect(parseTypedNumber('33,9213')).toBe(33.9213)
    expect(parseTypedNumber('-118.1')).toBe(-118.1)
    expect(parseTypedNumber('.5')).toBe(0.5)
    expect(parseTypedNumber('1e1')).toBe(10)
    for (const bad of ['', 'abc', '0x10', 'Infinity', '1,2,3', '1.2.3', '12ft'])
      expect(parseTypedNumber(bad)).toBeNaN()
  })
})

describe('checkInput', () => {
  it('names the problem and keeps the text as typed', () => {
    expect(checkInput(distance, '120')).toEqual({
      feature: 'shot_distance',
      code: 'out_of_range',
      value: '120',
      min: 0,
      max: 92,
    })
    expect(checkInput(distance, '-1')?.code).toBe('out_of_range')
    expect(checkInput(distance, '12.5')?.code).toBe('not_integer')
    expect(checkInput(distance, 'far')).toMatchObject({ code: 'not_number', value: 'far' })
    expect(checkInput(distance, '  ')?.code).toBe('empty')
    expect(checkInput(distance, undefined)?.code).toBe('empty')
    expect(checkInput(distance, '92')).toBeNull()
    expect(checkInput(lat, '33,9213')).toBeNull()
    expect(checkInput(lat, '34.1')?.code).toBe('out_of_range')
  })
})

describe('checkInputs', () => {
  it('returns the numbers when all are valid, else every issue and no numbers', () => {
    expect(checkInputs([lat, distance], { lat: '34.0313', shot_distance: '11' })).toEqual({
      values: { lat: 34.0313, shot_distance: 11 },
      issues: [],
    })
    const bad = checkInputs([lat, distance], { lat: 'x', shot_distance: '200' })
    expect(bad.values).toBeNull()
    expect(bad.issues.map((i) => `${i.feature}:${i.code}`)).toEqual([
      'lat:not_number',
      'shot_distance:out_of_range',
    ])
  })
})

describe('outsideTraining', () => {
  it('lists valid inputs outside the dev range', () => {
    expect(outsideTraining([lat, distance], { lat: 34, shot_distance: 24 })).toEqual([
      { spec: distance, value: 24 },
    ])
    expect(outsideTraining([lat, distance], { lat: 34, shot_distance: 23 })).toEqual([])
  })
})
