import { expect, test } from 'vitest'
import { nonFiniteAsString, numberFromJson } from './json-non-finite'

test('NaN and ±Infinity travel through JSON as MLflow spells them', () => {
  const text = JSON.stringify({ a: NaN, b: Infinity, c: -Infinity, d: 0.5 }, nonFiniteAsString)
  expect(text).toBe('{"a":"NaN","b":"Infinity","c":"-Infinity","d":0.5}')
  const back = JSON.parse(text) as Record<string, unknown>
  expect(Object.values(back).map(numberFromJson)).toEqual([NaN, Infinity, -Infinity, 0.5])
  expect(numberFromJson('1733000000000')).toBe(1733000000000)
  expect(numberFromJson('inf')).toBe(Infinity)
  expect(numberFromJson('abc')).toBeNull()
  expect(numberFromJson(null)).toBeNull()
})
