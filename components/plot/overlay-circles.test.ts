import { describe, expect, it } from 'vitest'
import { testFigureContext } from '@/lib/views/performance/fixtures/figure-context'
import { operatingPointShape } from '@/lib/views/performance/operating-point-shape'
import {
  overlayCircle,
  overlayCircles,
  readPlacement,
  samePlacement,
  toPixel,
} from './overlay-circles'

const ctx = testFigureContext()

describe('overlayCircle', () => {
  it('reads an operating point (a 14 px circle at data coordinates) as the overlay draws it', () => {
    const shape = operatingPointShape('prod', 0.25, 0.8, ctx)
    expect(overlayCircle(shape)).toEqual({
      x: 0.25,
      y: 0.8,
      dx: 0,
      dy: 0,
      rx: 7,
      ry: 7,
      fill: ctx.datasetColors.prod,
      stroke: ctx.backgroundColor,
      strokeWidth: 2,
    })
  })

  it('leaves to Plotly what it would not draw the same: other shapes, refs, sizes, dashes', () => {
    const dot = operatingPointShape('dev', 0.5, 0.5, ctx) as Record<string, unknown>
    expect(overlayCircle({ ...dot, type: 'rect' })).toBeNull()
    expect(overlayCircle({ ...dot, xref: 'x2' })).toBeNull()
    expect(overlayCircle({ ...dot, xsizemode: 'scaled' })).toBeNull()
    expect(overlayCircle({ ...dot, layer: 'below' })).toBeNull()
    expect(overlayCircle({ ...dot, opacity: 0.5 })).toBeNull()
    expect(overlayCircle({ ...dot, line: { color: '#fff', width: 2, dash: 'dot' } })).toBeNull()
    expect(overlayCircle({ ...dot, xanchor: Number.NaN })).toBeNull()
    // one shape it cannot draw sends them all to Plotly, and so does an empty list
    expect(overlayCircles([dot, { ...dot, type: 'line' }])).toBeNull()
    expect(overlayCircles([])).toBeNull()
    expect(overlayCircles([dot, dot])).toHaveLength(2)
  })
})

describe('readPlacement and toPixel', () => {
  // what plotly.js leaves on a drawn cartesian chart's graph div
  const graphDiv = {
    _fullLayout: {
      xaxis: { type: 'linear', range: [-0.02, 1.02], _offset: 56, _length: 520 },
      yaxis: { type: 'linear', range: [-0.02, 1.02], _offset: 40, _length: 312 },
    },
  }

  it('maps data values to the chart pixels Plotly placed its axes at, y downwards', () => {
    const placement = readPlacement(graphDiv)!
    expect(toPixel(placement.x, -0.02, false)).toBe(56)
    expect(toPixel(placement.x, 1.02, false)).toBe(576)
    expect(toPixel(placement.x, 0.5, false)).toBeCloseTo(316, 10)
    expect(toPixel(placement.y, 1.02, true)).toBe(40)
    expect(toPixel(placement.y, -0.02, true)).toBe(352)
    expect(toPixel(placement.y, 0.5, true)).toBeCloseTo(196, 10)
  })

  it('has no placement for log or category axes, nor before a draw', () => {
    const log = {
      _fullLayout: {
        ...graphDiv._fullLayout,
        yaxis: { type: 'log', range: [0, 2], _offset: 1, _length: 2 },
      },
    }
    expect(readPlacement(log)).toBeNull()
    expect(readPlacement({})).toBeNull()
  })

  it('tells a moved axis from the same one', () => {
    const a = readPlacement(graphDiv)
    const b = readPlacement(JSON.parse(JSON.stringify(graphDiv)))
    expect(samePlacement(a, b)).toBe(true)
    const zoomed = {
      _fullLayout: {
        ...graphDiv._fullLayout,
        xaxis: { ...graphDiv._fullLayout.xaxis, range: [0, 0.5] },
      },
    }
    expect(samePlacement(a, readPlacement(zoomed))).toBe(false)
    expect(samePlacement(null, a)).toBe(false)
  })
})
