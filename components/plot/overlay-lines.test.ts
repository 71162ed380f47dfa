import { describe, expect, it } from 'vitest'
import { testFigureContext } from '@/lib/views/performance/fixtures/figure-context'
import { predictions } from '@/lib/views/performance/fixtures/loaded-predictions'
import {
  performanceSample,
  type PerformanceSample,
} from '@/lib/views/performance/performance-sample'
import { performanceSummary } from '@/lib/views/performance/performance-summary'
import { prCurveTraces } from '@/lib/views/performance/pr-figure'
import { rocCurves } from '@/lib/views/performance/roc-figure'
import type { PlotPlacement } from './overlay-circles'
import {
  hoverLines,
  hoverText,
  legendStandIn,
  linePath,
  nearestPoint,
  overlayLine,
  overlayLines,
} from './overlay-lines'

const ctx = testFigureContext()
// dev: AUC 0.75, its ROC curve (0,0) (0,0.5) (0.5,0.5) (0.5,1) (1,1), as in figures.test.ts
const y = [0, 0, 1, 1]
const dev = performanceSummary(
  performanceSample(
    'dev',
    predictions(y, [0.1, 0.4, 0.35, 0.8]),
    Uint32Array.from(y, (_, i) => i),
  ) as PerformanceSample,
)
// a 200 × 100 px plot area at (50, 20), both axes [0, 1]
const placement: PlotPlacement = {
  x: { offset: 50, length: 200, range: [0, 1] },
  y: { offset: 20, length: 100, range: [0, 1] },
}

describe('overlayLine', () => {
  it('reads a ROC curve as the overlay draws it: points, style, hover template, x sorted', () => {
    const line = overlayLine(rocCurves([dev], ctx)[0]!)!
    expect(Array.from(line.x)).toEqual([0, 0, 0.5, 0.5, 1])
    expect(Array.from(line.y)).toEqual([0, 0.5, 0.5, 1, 1])
    expect(line).toMatchObject({
      color: ctx.datasetColors.dev,
      width: 2.5,
      dasharray: '',
      steps: false,
      order: 1,
    })
    expect(line.hover?.label).toBe('Dev')
    expect(hoverText(line, 2, '.')).toEqual([
      'False positive rate 0.500',
      'True positive rate 0.500',
      'Threshold ≥ 0.400',
    ])
    // pt-BR's decimal comma, as the chart's separators
    expect(hoverText(line, 2, ',')[0]).toBe('False positive rate 0,500')
  })

  it('reads the precision-recall steps and the dashed base rate (Plotly’s dash lengths)', () => {
    const [curve, base] = prCurveTraces([dev], ctx).map(overlayLine)
    expect(curve).toMatchObject({ steps: true, order: -1 })
    // base rate 0.5, dashed at width 1.5: Plotly's dashes are 3 × max(width, 3) px
    expect(base).toMatchObject({ dasharray: '9px,9px', width: 1.5, steps: false })
    expect(hoverText(base!, 0, '.')).toEqual(['Dev base rate 0.500'])
  })

  it('leaves to Plotly what it would not draw the same', () => {
    const roc = rocCurves([dev], ctx)[0] as Record<string, unknown>
    expect(overlayLine({ ...roc, mode: 'lines+markers' })).toBeNull()
    expect(overlayLine({ ...roc, xaxis: 'x2' })).toBeNull()
    expect(overlayLine({ ...roc, fill: 'tozeroy' })).toBeNull()
    expect(overlayLine({ ...roc, line: { color: '#000', width: 2, dash: 'dashdot' } })).toBeNull()
    expect(overlayLine({ ...roc, line: { color: '#000', shape: 'spline' } })).toBeNull()
    expect(overlayLine({ ...roc, hovertemplate: '%{x:.2%}' })).toBeNull()
    expect(overlayLine({ ...roc, hovertemplate: undefined })).toBeNull()
    expect(overlayLine({ ...roc, y: [0, 1] })).toBeNull()
    expect(overlayLines([roc, { ...roc, type: 'bar' }])).toBeNull()
    expect(overlayLines([])).toBeNull()
    expect(hoverLines('<b>%{x:.3f}</b>')).toBeNull()
  })
})

describe('hover texts', () => {
  it('are formatted when first read (a hover), not when the curve is built or placed', () => {
    const roc = rocCurves([dev], ctx)[0] as { text: string[] }
    const getter = Object.getOwnPropertyDescriptor(roc, 'text')?.get
    expect(getter).toBeDefined()
    let reads = 0
    // the same trace, its getter counting the reads
    const counted = Object.defineProperties(
      {},
      {
        ...Object.getOwnPropertyDescriptors(roc),
        text: {
          enumerable: true,
          get: () => {
            reads++
            return getter!()
          },
        },
      },
    )
    const line = overlayLine(counted)!
    expect(reads).toBe(0)
    // the first point is scikit-learn's max + 1; then the scores from the highest down
    expect(hoverText(line, 0, '.')[2]).toBe('Threshold above every score')
    expect(hoverText(line, 3, '.')[2]).toBe('Threshold ≥ 0.350')
    expect(reads).toBe(2)
    // formatted once, and a copy for Plotly (the PNG) has them as a plain array
    expect(getter!()).toBe(getter!())
    expect({ ...roc }.text).toEqual([
      'above every score',
      '≥ 0.800',
      '≥ 0.400',
      '≥ 0.350',
      '≥ 0.100',
    ])
  })

  it('of the precision-recall curve end at "above every score" (recall 0, no threshold)', () => {
    const [curve] = prCurveTraces([dev], ctx) as { text: string[] }[]
    expect(curve!.text).toEqual(['≥ 0.100', '≥ 0.350', '≥ 0.400', '≥ 0.800', 'above every score'])
  })
})

describe('linePath', () => {
  it('maps the points through the placed axes, as Plotly does (y down the page)', () => {
    const line = overlayLine(rocCurves([dev], ctx)[0]!)!
    expect(linePath(line, placement)).toBe('M50,120L50,70L150,70L150,20L250,20')
  })

  it('draws steps across then up or down, and breaks at a missing value', () => {
    const [curve] = prCurveTraces([dev], ctx)
    const steps = overlayLine({ ...curve, x: [0, 0.5, null, 1, 1], y: [1, 0.5, 0.5, 0.5, 0] })!
    expect(linePath(steps, placement)).toBe('M50,20H150V70M250,70H250V120')
  })
})

describe('nearestPoint', () => {
  const line = overlayLine(rocCurves([dev], ctx)[0]!)!

  it('finds the closest point within 20 px, searching only where x is near', () => {
    // (0.5, 0.5) is at (150, 70); (0.5, 1) at (150, 20)
    expect(nearestPoint([line], [true], placement, 155, 66)).toEqual({
      line: 0,
      index: 2,
      px: 150,
      py: 70,
    })
    expect(nearestPoint([line], [true], placement, 152, 25)?.index).toBe(3)
    expect(nearestPoint([line], [true], placement, 100, 100)).toBeNull()
    // a curve the legend hid is not hovered
    expect(nearestPoint([line], [false], placement, 155, 66)).toBeNull()
  })

  it('searches a decreasing x (the precision-recall curve) the same way', () => {
    const pr = overlayLine(prCurveTraces([dev], ctx)[0]!)!
    const i = 1
    const px = 50 + 200 * (pr.x[i] as number)
    const py = 120 - 100 * (pr.y[i] as number)
    expect(nearestPoint([pr], [true], placement, px + 3, py - 2)?.index).toBe(i)
  })
})

describe('legendStandIn', () => {
  it('keeps the legend entry and no point: one shared array, so Plotly sees no new data', () => {
    const [a, b] = rocCurves([dev, dev], ctx).map(legendStandIn) as Record<string, unknown>[]
    expect(a).toMatchObject({ name: 'Dev', legendgroup: 'dev', hoverinfo: 'skip' })
    expect(a!.x).toEqual([null])
    expect(a!.x).toBe(b!.x)
    expect(a).not.toHaveProperty('text')
  })

  it('names the entry by legendName, so a filter that changes the AUC leaves it as it was', () => {
    const other = { ...dev, auc: 0.6 }
    const [before] = rocCurves([dev], ctx)
    const [after] = rocCurves([other], ctx)
    expect((before as { name: string }).name).not.toBe((after as { name: string }).name)
    expect(legendStandIn(before!)).toEqual(legendStandIn(after!))
    expect(legendStandIn({ name: 'Chance', line: {} })).toMatchObject({ name: 'Chance' })
  })
})
