import { describe, expect, it } from 'vitest'
import type { Columns } from '../model-node'
import { categoryCodes, pyStr } from './category-codes'

const one = (col: Float64Array | (string | null)[]): Columns => ({
  names: ['c'],
  cols: [col],
  rows: col.length,
})

describe('categoryCodes matches values to fitted categories as sklearn._encode does', () => {
  it('finds strings, gives -1 for unknown ones and matches missing to a NaN category', () => {
    const codes = categoryCodes(one(['Dunk', 'Alley Oop', null, 'Layup']), 0, [
      'Dunk',
      'Layup',
      null,
    ])
    expect(Array.from(codes)).toEqual([0, -1, 2, 1])
  })
  it('matches numbers to numeric categories, and digits read from CSV too', () => {
    expect(Array.from(categoryCodes(one(Float64Array.from([2, 1, NaN, 5])), 0, [1, 2]))).toEqual([
      1, 0, -1, -1,
    ])
    expect(Array.from(categoryCodes(one(['2', ' ', null]), 0, [1, 2]))).toEqual([1, -1, -1])
  })
  it("prints categories as Python's str() does for output names", () => {
    expect([pyStr(1, true), pyStr(1, false), pyStr(0.5, true), pyStr(null, false)]).toEqual([
      '1.0',
      '1',
      '0.5',
      'nan',
    ])
  })
})
