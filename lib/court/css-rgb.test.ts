import { describe, expect, it } from 'vitest'
import { cssRgb } from './css-rgb'
import { errorPalette, outcomePalette } from '../views/court/court-palette'

describe('cssRgb', () => {
  it('reads the forms a canvas normalises colours to', () => {
    expect(cssRgb('#c026d3')).toEqual([192, 38, 211])
    expect(cssRgb('#FfF')).toEqual([255, 255, 255])
    expect(cssRgb('rgb(12, 34, 56)')).toEqual([12, 34, 56])
    expect(cssRgb('rgba(12, 34, 56, 0.5)')).toEqual([12, 34, 56])
  })
  it('reads every court palette colour', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const color of [...errorPalette(theme), ...outcomePalette(theme)])
        expect(cssRgb(color), color).not.toBeNull()
    }
  })
  it('gives null for what it cannot read', () => {
    expect(cssRgb('hsl(0 50% 50%)')).toBeNull()
    expect(cssRgb('#12345')).toBeNull()
  })
})
