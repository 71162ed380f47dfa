import { describe, expect, it } from 'vitest'
import { normalise, sequentialColor, sequentialGradient } from './sequential-color'

describe('sequentialColor', () => {
  it('runs from dark purple to yellow, clamped, grey for NaN', () => {
    expect(sequentialColor(0)).toBe('#440154')
    expect(sequentialColor(1)).toBe('#fde725')
    expect(sequentialColor(0.5)).toBe('#26828e')
    expect(sequentialColor(-3)).toBe('#440154')
    expect(sequentialColor(7)).toBe('#fde725')
    expect(sequentialColor(Number.NaN)).toBe('#9ca3af')
  })

  it('interpolates between stops', () => {
    // halfway between stop 0 (68,1,84) and stop 1 (72,40,120)
    expect(sequentialColor(0.0625)).toBe('#461566')
  })

  it('builds a gradient and normalises values', () => {
    expect(sequentialGradient()).toMatch(
      /^linear-gradient\(to right, rgb\(68 1 84\) 0\.0%, .* rgb\(253 231 37\) 100\.0%\)$/,
    )
    expect(normalise(5, 0, 10)).toBe(0.5)
    expect(normalise(3, 3, 3)).toBe(1)
  })
})
