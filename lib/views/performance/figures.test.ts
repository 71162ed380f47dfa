import { describe, expect, it } from 'vitest'
import { testFigureContext } from './fixtures/figure-context'
import { predictions } from './fixtures/loaded-predictions'
import { metricsByThresholdFigure } from './metrics-by-threshold-figure'
import { performanceSample, type PerformanceSample } from './performance-sample'
import { performanceSummary } from './performance-summary'
import { prFigure } from './pr-figure'
import { reliabilityFigure } from './reliability-figure'
import { rocFigure } from './roc-figure'
import { scoreDistributionFigure } from './score-distribution-figure'
import { thresholdPoints } from './threshold-points'

type Trace = Record<string, unknown>
type Layout = Record<string, unknown>

const ctx = testFigureContext()
const summary = (name: 'dev' | 'prod', y: number[], s: number[]) =>
  performanceSummary(
    performanceSample(
      name,
      predictions(y, s),
      Uint32Array.from(y, (_, i) => i),
    ) as PerformanceSample,
  )
// dev separates well (AUC 0.75), prod scores are all low (every shot predicted missed at 0.5)
const dev = summary('dev', [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
const prod = summary('prod', [1, 0, 0, 1, 0], [0.3, 0.2, 0.25, 0.1, 0.3])
const summaries = [dev, prod]
const points = thresholdPoints(summaries, 0.5)

describe('rocFigure', () => {
  const fig = rocFigure(summaries, points, ctx)
  const traces = fig.data as Trace[]

  it('draws the chance diagonal and one curve per dataset with its AUC in the legend', () => {
    expect(traces[0]).toMatchObject({ x: [0, 1], y: [0, 1], name: 'Chance' })
    expect(traces[1]).toMatchObject({
      name: 'Dev (AUC 0.750)',
      x: [0, 0, 0.5, 0.5, 1],
      y: [0, 0.5, 0.5, 1, 1],
    })
    expect(traces[2]).toMatchObject({ name: 'Prod (AUC 0.417)' })
    expect((traces[1]!.text as string[])[0]).toBe('above every score')
  })

  it('marks each dataset at the threshold: dev (FPR 0, TPR 0.5), prod at the origin', () => {
    const dots = (layout: object) =>
      ((layout as Layout).shapes as Trace[]).map((s) => [s.fillcolor, s.xanchor, s.yanchor])
    expect(traces).toHaveLength(3)
    expect(dots(fig.layout)).toEqual([
      ['blue', 0, 0.5],
      ['orange', 0, 0],
    ])
    const moved = rocFigure(summaries, thresholdPoints(summaries, 0.3), ctx)
    expect(dots(moved.layout)).toEqual([
      ['blue', 0.5, 1],
      ['orange', 1 / 3, 0.5],
    ])
  })
})

describe('prFigure', () => {
  const fig = prFigure(summaries, points, ctx)
  const traces = fig.data as Trace[]

  it('draws step curves with average precision and each base rate', () => {
    expect(traces[0]).toMatchObject({ name: 'Dev (AP 0.833)', line: { shape: 'hv' } })
    expect(traces[1]).toMatchObject({ name: 'Dev base rate 0.500', y: [0.5, 0.5] })
    expect(traces[3]).toMatchObject({ name: 'Prod base rate 0.400', y: [0.4, 0.4] })
  })

  it('leaves out the dot of a dataset with no predicted made shot', () => {
    const shapes = (fig.layout as Layout).shapes as Trace[]
    expect(shapes.map((s) => [s.fillcolor, s.xanchor, s.yanchor])).toEqual([['blue', 0.5, 1]])
  })
})

describe('threshold-line figures', () => {
  it('draws 4 metrics per dataset, prod dashed, with a line at the threshold', () => {
    const fig = metricsByThresholdFigure(summaries, 0.42, ctx)
    const traces = fig.data as Trace[]
    expect(traces).toHaveLength(8)
    expect(traces[4]).toMatchObject({
      name: 'Precision',
      legendgroup: 'prod',
      line: { dash: 'dash' },
    })
    expect((traces[2]!.y as number[])[50]).toBeCloseTo(2 / 3, 15)
    const layout = fig.layout as Layout
    expect(layout.shapes).toEqual([expect.objectContaining({ xref: 'x', x0: 0.42, x1: 0.42 })])
  })

  it('shows the score histogram by class in one panel per dataset as shares of the class', () => {
    const fig = scoreDistributionFigure(summaries, 0.5, ctx)
    const traces = fig.data as Trace[]
    expect(traces.map((t) => [t.name, t.yaxis])).toEqual([
      ['Made', 'y'],
      ['Missed', 'y'],
      ['Made', 'y2'],
      ['Missed', 'y2'],
    ])
    // prod: 2 made shots, one in 0.10–0.15 and one in 0.30–0.35 → 50 % each
    expect((traces[2]!.y as number[])[2]).toBe(50)
    expect((traces[2]!.y as number[])[6]).toBe(50)
    const shapes = (fig.layout as Layout).shapes as Trace[]
    expect(shapes.map((s) => [s.xref, s.x0])).toEqual([
      ['x', 0.5],
      ['x2', 0.5],
    ])
  })
})

describe('reliabilityFigure', () => {
  it('plots mean predicted vs share made per bin with the Brier score', () => {
    const traces = reliabilityFigure([dev], ctx).data as Trace[]
    expect(traces[0]).toMatchObject({ name: 'Perfectly calibrated' })
    expect(traces[1]).toMatchObject({
      name: 'Dev (Brier 0.158)', // (0.1² + 0.4² + 0.65² + 0.2²) / 4
      x: [0.1, 0.375, 0.8],
      y: [0, 0.5, 1],
    })
  })
})
