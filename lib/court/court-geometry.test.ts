import { describe, expect, it } from 'vitest'
import {
  CORNER_THREE_Y,
  courtLinePath,
  courtShapes,
  courtViewBox,
  courtYRange,
} from './court-geometry'

describe('court geometry', () => {
  const half = courtShapes('half')
  const byId = (id: string) => half.find((s) => s.id === id)

  it('draws the corner threes up to where the 23.75 ft arc starts', () => {
    expect(CORNER_THREE_Y).toBeCloseTo(89.4777, 4)
    expect(byId('corner-three-right')).toMatchObject({ x1: 220, y1: -47.5, x2: 220 })
    const arc = byId('three-point-arc')
    if (arc?.kind !== 'arc') throw new Error('no three-point arc')
    expect(arc.r).toBe(237.5)
    expect(arc.r * Math.cos(arc.from)).toBeCloseTo(220, 9)
    expect(arc.r * Math.sin(arc.from)).toBeCloseTo(CORNER_THREE_Y, 9)
  })

  it('has a 16 ft × 19 ft paint and the free-throw circle on its top', () => {
    expect(byId('paint')).toEqual({
      kind: 'rect',
      id: 'paint',
      x: -80,
      y: -47.5,
      width: 160,
      height: 190,
    })
    expect(byId('free-throw-top')).toMatchObject({ cy: 142.5, r: 60 })
    expect(byId('restricted-area')).toMatchObject({ cx: 0, cy: 0, r: 40 })
  })

  it('writes SVG paths with y pointing down', () => {
    expect(courtLinePath({ kind: 'line', id: 'l', x1: -30, y1: -7.5, x2: 30, y2: -7.5 })).toBe(
      'M-30 7.5L30 7.5',
    )
    expect(courtLinePath(byId('paint')!)).toBe('M-80 -142.5h160v190h-160Z')
    // the three-point arc runs from the right corner (220, −89.48) over the top to the left
    expect(courtLinePath(byId('three-point-arc')!)).toBe(
      'M220 -89.48A237.5 237.5 0 0 0 -220 -89.48',
    )
    expect(courtLinePath(byId('restricted-area')!)).toBe('M40 0A40 40 0 0 0 -40 0')
  })

  it('covers half or full court', () => {
    expect(courtYRange('half')).toEqual([-47.5, 422.5])
    expect(courtViewBox('half')).toBe('-250 -422.5 500 470')
    expect(courtViewBox('full')).toBe('-250 -892.5 500 940')
    const full = courtShapes('full')
    const farArc = full.find((s) => s.id === 'far-three-point-arc')
    if (farArc?.kind !== 'arc') throw new Error('no far three-point arc')
    expect(farArc.cy).toBe(845)
    expect(farArc.cy + farArc.r * Math.sin((farArc.from + farArc.to) / 2)).toBeCloseTo(
      845 - 237.5,
      9,
    )
    expect(full.find((s) => s.id === 'centre-circle')).toMatchObject({
      kind: 'circle',
      cy: 422.5,
      r: 60,
    })
  })
})
