import { describe, expect, it } from 'vitest'
import { parseBinary } from './binary-value'

describe('parseBinary', () => {
  it.each([
    [1, 1],
    [0, 0],
    [1.0, 1],
    [true, 1],
    [false, 0],
    ['1', 1],
    ['0', 0],
    ['1.0', 1],
    ['0.0', 0],
    ['True', 1],
    ['FALSE', 0],
    [' made ', 1],
    ['Missed', 0],
    ['yes', 1],
  ] as const)('reads %j as %d', (value, expected) => {
    expect(parseBinary(value)).toBe(expected)
  })

  it.each([null, NaN, '', 'nan', 'None'])('reads %j as missing', (value) => {
    expect(parseBinary(value)).toBeNull()
  })

  it.each([2, -1, 0.5, 'maybe', '2'])('refuses %j', (value) => {
    expect(parseBinary(value)).toBeUndefined()
  })
})
