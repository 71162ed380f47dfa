import { describe, expect, it } from 'vitest'
import { contrastRatio, readableTextColor } from './readable-text-color'
import { sequentialColor } from './sequential-color'

describe('readableTextColor', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    // axe-core's figure for white on the confusion matrix's teal: 4.12
    expect(contrastRatio('#ffffff', '#248a8d')).toBeCloseTo(4.12, 2)
  })

  it('picks black on light and white on dark colours', () => {
    expect(readableTextColor('#fde725')).toBe('#000000')
    expect(readableTextColor('#440154')).toBe('#ffffff')
    expect(readableTextColor('#248a8d')).toBe('#000000')
  })

  it('reaches 4.5:1 on every colour of the sequential scale', () => {
    for (let i = 0; i <= 1000; i++) {
      const background = sequentialColor(i / 1000)
      expect(contrastRatio(background, readableTextColor(background))).toBeGreaterThanOrEqual(4.5)
    }
  })
})
