import { expect, test } from 'vitest'
import type { ChunkResult } from '../../monitoring/chunk-report'
import { testFigureContext } from '../performance/fixtures/figure-context'
import { datasetDriftFigure, featureDriftFigure, metricFigure } from './timeline-figures'

const ctx = testFigureContext()

function chunk(key: string, f1: number | null, drift: boolean | null): ChunkResult {
  return {
    chunking: 'season',
    key,
    rows: f1 === null ? 16 : 200,
    labelled: f1 === null ? 12 : 180,
    labelled_share: 0.9,
    realised: {
      rows: 180,
      values: { f1_score: f1 },
      unavailable: f1 === null ? { f1_score: 'too few' } : {},
    },
    estimated: {
      values: f1 === null ? {} : { f1_score: f1 + 0.01 },
      unavailable: f1 === null ? { all: 'too few' } : {},
      interval: f1 === null ? {} : { f1_score: [f1, f1 + 0.05] },
    },
    features:
      drift === null
        ? []
        : [{ name: 'shot_distance', method: 'wasserstein', statistic: 2, threshold: 0.1, drift }],
    dataset_drift: drift === null ? null : { share: drift ? 1 : 0, drift },
    unavailable: {},
    alerts: {
      metric: 'f1_score',
      limit: 0.446,
      realised: f1 === null ? null : f1 < 0.446,
      estimated: null,
      dataset_drift: drift,
    },
  }
}

const chunks = [
  chunk('1996-97', 0, true),
  chunk('2013-14', null, null),
  chunk('2014-15', 0.6, false),
]

test('the F1 timeline draws the alert limit and crosses out only the chunks beyond it', () => {
  const figure = metricFigure(chunks, 'f1_score', 'F1 score', ctx, false)
  const [realised, estimated, alerting] = figure.data as Record<string, unknown>[]
  expect(realised!.y).toEqual([0, null, 0.6])
  expect(estimated!.name).toBe('Estimated without labels (95% interval): not to be trusted here')
  expect((estimated!.error_y as { array: number[] }).array[0]).toBeCloseTo(0.04)
  expect(alerting!.x).toEqual(['1996-97'])
  const layout = figure.layout as { shapes: { y0: number }[]; annotations: { text: string }[] }
  expect(layout.shapes[0]!.y0).toBe(0.446)
  expect(layout.annotations.map((a) => a.text)).toEqual(['alert limit 0.446', 'too few shots'])
})

test('every chunk too small: nothing to draw, so the chart says why', () => {
  expect(metricFigure([chunks[1]!], 'f1_score', 'F1', ctx).data).toEqual([])
})

test('dataset drift bars are red where the chunk drifts; the heatmap leaves tiny chunks empty', () => {
  const bars = datasetDriftFigure(chunks, 0.5, ctx).data[0] as { marker: { color: string[] } }
  expect(bars.marker.color).toEqual(['#dc2626', 'grey', 'grey'])
  const heat = featureDriftFigure(chunks, ctx).data[0] as { z: (number | null)[][] }
  // statistic ÷ threshold = 20, capped at 10 so one huge drift does not wash out the scale
  expect(heat.z).toEqual([[10, null, 10]])
})

test("a season value from the user's file is literal text on the axes, never markup", () => {
  const hostile = [chunk('<a href="javascript:alert(1)">1999</a>', 0, true), chunks[2]!]
  for (const figure of [
    metricFigure(hostile, 'f1_score', 'F1', ctx, false),
    datasetDriftFigure(hostile, 0.5, ctx),
    featureDriftFigure(hostile, ctx),
  ]) {
    const text = JSON.stringify(figure)
    expect(text).not.toContain('<a href')
    expect(text).toContain('&lt;a href=\\"javascript:alert(1)\\"&gt;1999&lt;/a&gt;')
  }
})
