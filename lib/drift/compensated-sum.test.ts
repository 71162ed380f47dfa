import { describe, expect, it } from 'vitest'
import { CompensatedSum } from './compensated-sum'

const total = (values: number[]) => {
  const sum = new CompensatedSum()
  for (const value of values) sum.add(value)
  return sum.value
}

describe('CompensatedSum', () => {
  it('keeps the low-order terms a plain sum loses', () => {
    expect(total([1e100, 1, -1e100])).toBe(1)
    expect(total([0.1, 0.2, 0.3, -0.6])).toBe(2.7755575615628914e-17) // the exact sum of those doubles
    expect(total(Array.from({ length: 10 }, () => 0.1))).toBe(1)
  })

  it('propagates overflow, infinities and NaN as a plain sum does', () => {
    expect(total([Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE])).toBe(Infinity)
    expect(total([1, -Infinity, 5])).toBe(-Infinity)
    expect(total([Infinity, -Infinity, 1])).toBeNaN()
    expect(total([1, NaN, 2])).toBeNaN()
  })
})
