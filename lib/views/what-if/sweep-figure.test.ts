import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../i18n/translate'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import { sweepFigure, type SweepFigureContext } from './sweep-figure'
import type { SweepCurve } from './sweep-curves'

const spec: FeatureSpec = {
  name: 'shot_distance',
  label: 'Shot distance',
  unit: 'ft',
  min: 0,
  max: 4,
  step: 1,
  integer: true,
  default: 1,
  train: { min: 0, max: 2, rows: 10 },
}
const curve: SweepCurve = {
  feature: 'shot_distance',
  x: Float64Array.of(0, 1, 2, 3, 4),
  p: Float64Array.of(0.6, 0.55, 0.5, 0.45, 0.4),
  current: { x: 1, p: 0.55 },
}
const ctx = (lang: 'en' | 'pt-BR'): SweepFigureContext => ({
  t: createTranslator(lang),
  lang,
  label: 'Shot distance',
  unit: 'ft',
  colors: { line: 'blue', current: 'orange', reference: 'grey', train: 'rgba(0,0,0,0.1)' },
})

interface Layout {
  xaxis: { title: { text: string }; range: number[] }
  yaxis: { range: number[] }
  shapes: { type: string; x0: number; x1: number; y0: number; y1: number }[]
  annotations: { text: string; x?: number; xanchor?: string }[]
}

describe('sweepFigure', () => {
  it('draws the curve, the current point, the threshold line and the shaded training range', () => {
    const figure = sweepFigure(curve, spec, 0.3, ctx('en'))
    const [line, point] = figure.data as {
      x: number[]
      y: number[]
      mode: string
      text: string[]
    }[]
    expect(line!.y).toEqual([0.6, 0.55, 0.5, 0.45, 0.4])
    expect(line!.mode).toBe('lines+markers')
    expect(point!.x).toEqual([1])
    expect(point!.text[0]).toBe('This shot<br>Shot distance (ft): 1<br>P(made): 0.550')
    const layout = figure.layout as Layout
    expect(layout.xaxis.title.text).toBe('Shot distance (ft)')
    expect(layout.xaxis.range).toEqual([-0.5, 4.5])
    // curve 0.4–0.6 and threshold 0.3: padded by max(0.02, 0.3 · 0.08 = 0.024)
    expect(layout.yaxis.range[0]).toBeCloseTo(0.276, 12)
    expect(layout.yaxis.range[1]).toBeCloseTo(0.624, 12)
    expect(layout.shapes.map((s) => s.type)).toEqual(['rect', 'line', 'line'])
    expect(layout.shapes[0]).toMatchObject({ x0: -0.5, x1: 2.5 })
    expect(layout.shapes[1]).toMatchObject({ y0: 0.3, y1: 0.3 })
    expect(layout.shapes[2]).toMatchObject({ x0: 1, x1: 1 })
    expect(layout.annotations.map((a) => a.text)).toEqual([
      'threshold 0.30',
      'dev (training) range',
    ])
    // the band 0–2 sits in the left quarter of 0–4: its label starts at its left edge
    expect(layout.annotations[1]).toMatchObject({ x: -0.5, xanchor: 'left' })
  })

  it('leaves the range unshaded when training covered it all, and speaks Portuguese', () => {
    const full = { ...spec, train: { min: 0, max: 4, rows: 10 } }
    const figure = sweepFigure(curve, full, 0.5, ctx('pt-BR'))
    const layout = figure.layout as Layout
    expect(layout.shapes.map((s) => s.type)).toEqual(['line', 'line'])
    expect(layout.annotations.map((a) => a.text)).toEqual(['limiar 0,50'])
  })

  it('draws a two-valued input (playoffs) as points, and a long sweep as a plain line', () => {
    const flag = { ...curve, x: Float64Array.of(0, 1), p: Float64Array.of(0.4, 0.39) }
    const [points] = sweepFigure(flag, { ...spec, max: 1 }, 0.5, ctx('en')).data as {
      mode: string
    }[]
    expect(points!.mode).toBe('markers')
    const x = Float64Array.from({ length: 93 }, (_, i) => i)
    const long = { ...curve, x, p: x.map((v) => 0.6 - v / 200) }
    const [line] = sweepFigure(long, { ...spec, max: 92 }, 0.5, ctx('en')).data as {
      mode: string
    }[]
    expect(line!.mode).toBe('lines')
  })
})
