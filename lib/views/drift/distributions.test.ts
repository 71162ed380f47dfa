import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../i18n/translate'
import { chartAnchor, featureChartModel, scoreChartModel, targetChartModel } from './chart-models'
import { featureDistribution } from './feature-distribution'
import { categoryLabel, featureWithUnit } from './feature-labels'
import { histogramFigure } from './histogram-figure'
import { integerHistogram } from './integer-histogram'
import { madeRate, scoresAtThreshold } from './output-summaries'
import { DEFAULT_DRIFT_SORT, nextDriftSort, sortDriftRows } from './sort-drift-rows'
import { driftRowFixture } from './test-rows'

const en = createTranslator('en')
const f64 = (values: number[]) => Float64Array.from(values)
const names = { dev: 'Dev', prod: 'Prod' }
type Bar = {
  x: number[] | string[]
  y: number[]
  width?: number[]
  text?: string[]
  customdata?: string[]
}

describe('integerHistogram', () => {
  it('puts one whole value per bin when the range is small', () => {
    const h = integerHistogram(f64([0, 1, 1, 3]), f64([2, 3, NaN]))
    expect(h.edges).toEqual([-0.5, 0.5, 1.5, 2.5, 3.5])
    expect(h.reference).toEqual([0.25, 0.5, 0, 0.25])
    expect(h.current).toEqual([0, 0, 0.5, 0.5])
    expect([h.referenceCount, h.currentCount]).toEqual([4, 2])
  })

  it('widens bins by whole values beyond maxBins values: 0–79 ft → 40 bins of 2 ft', () => {
    const h = integerHistogram(f64([0, 1, 2, 79]), f64([78]), 40)
    expect(h.edges.length).toBe(41)
    expect(h.edges[1]! - h.edges[0]!).toBe(2)
    // density: count / (n × width)
    expect(h.reference[0]).toBe(2 / (4 * 2))
    expect(h.reference[39]).toBe(1 / (4 * 2))
    expect(h.current[39]).toBe(1 / 2)
  })

  it('refuses fractions, which belong in a float histogram', () => {
    expect(() => integerHistogram(f64([1.5]), f64([2]))).toThrow(/1\.5 is not an integer/)
  })
})

describe('featureDistribution', () => {
  it('counts shares per category for a categorical column', () => {
    const d = featureDistribution(
      { column: 'period', type: 'categorical', dtype: 'int' },
      f64([1, 1, 2, 3]),
      f64([2, 4]),
      null,
    )
    expect(d).toEqual({
      kind: 'categories',
      column: 'period',
      keys: [1, 2, 3, 4],
      reference: [0.5, 0.25, 0.25, 0],
      current: [0, 0.5, 0, 0.5],
      referenceCount: 4,
      currentCount: 2,
    })
  })

  it('uses integer bins for integer columns and the build’s histogram for float columns', () => {
    const ints = featureDistribution(
      { column: 'x', type: 'numerical', dtype: 'int' },
      f64([0, 2]),
      f64([1]),
      null,
    )
    expect(ints.kind === 'histogram' && ints.histogram.edges).toEqual([-0.5, 0.5, 1.5, 2.5])
    const prebuilt = {
      edges: [0, 1],
      reference: [1],
      current: [1],
      referenceCount: 1,
      currentCount: 1,
    }
    const floats = featureDistribution(
      { column: 'lat', type: 'numerical', dtype: 'float' },
      f64([0.2]),
      f64([0.4]),
      prebuilt,
    )
    expect(floats).toEqual({ kind: 'histogram', column: 'lat', histogram: prebuilt })
    const computed = featureDistribution(
      { column: 'lat', type: 'numerical', dtype: 'float' },
      f64([0, 1]),
      f64([1]),
      null,
    )
    expect(computed.kind === 'histogram' && computed.histogram.edges.length).toBe(31)
  })
})

describe('labels', () => {
  it('adds units and names periods and game types', () => {
    expect(featureWithUnit('shot_distance', en)).toBe('shot_distance (ft)')
    expect(featureWithUnit('lat', en)).toBe('lat (degrees)')
    expect(featureWithUnit('minutes_remaining', createTranslator('pt-BR'))).toBe(
      'minutes_remaining (minutos)',
    )
    expect(featureWithUnit('period', en)).toBe('period')
    expect([1, 4, 5, 7].map((p) => categoryLabel('period', p, en))).toEqual([
      'Q1',
      'Q4',
      'OT1',
      'OT3',
    ])
    expect([0, 1].map((p) => categoryLabel('playoffs', p, en))).toEqual([
      'Regular season',
      'Playoffs',
    ])
    expect(categoryLabel('opponent', 'LAL', en)).toBe('LAL')
  })
})

describe('histogramFigure', () => {
  it('draws each dataset as its share of shots per bin, in percent', () => {
    const h = integerHistogram(f64([0, 1, 1, 3]), f64([2, 3]))
    const figure = histogramFigure(h, {
      xTitle: 'x',
      yTitle: 'y',
      names,
      lang: 'en',
      integerBins: true,
    })
    const [dev, prod] = figure.data as Bar[]
    // steps from each left edge; the right edge repeats the last bin
    expect(dev!.x).toEqual([-0.5, 0.5, 1.5, 2.5, 3.5])
    expect(dev!.y).toEqual([25, 50, 0, 25, 25])
    expect(prod!.y).toEqual([0, 0, 50, 50, 50])
    expect(dev!.customdata).toEqual(['0', '1', '2', '3', '3'])
  })

  it('labels float bins by their range and widens the x axis to include a threshold', () => {
    const h = {
      edges: [0.4, 0.45, 0.5],
      reference: [10, 10],
      current: [20, 0],
      referenceCount: 2,
      currentCount: 1,
    }
    const figure = histogramFigure(h, {
      xTitle: 'p',
      yTitle: 'y',
      names,
      lang: 'en',
      include: [0.2],
    })
    expect((figure.data[0] as Bar).customdata).toEqual(['0.4 – 0.45', '0.45 – 0.5', '0.45 – 0.5'])
    expect((figure.data[1] as Bar).y.map((v) => Math.round(v))).toEqual([100, 0, 0])
    const range = (figure.layout.xaxis as { range: number[] }).range
    expect(range[0]).toBeLessThan(0.2)
    expect(range[1]).toBeGreaterThan(0.5)
  })
})

describe('chart models', () => {
  it('names the feature chart, its PNG and anchor, and shades the dev central range', () => {
    const row = driftRowFixture()
    const dist = featureDistribution(row, f64([0, 10, 20]), f64([23, 25]), null)
    const model = featureChartModel(row, dist, names, en, 'en')
    expect(model).toMatchObject({
      anchor: 'drift-chart-shot_distance',
      title: 'shot_distance (ft): dev vs prod',
      description: 'Normed Wasserstein distance 2.04 (drift when score ≥ 0.1): drifted',
      filename: 'drift_shot_distance_dev_vs_prod',
    })
    const shapes = model.figure.layout.shapes as { type: string; x0: number; x1: number }[]
    // integer bins: the band covers the whole bins of 0 … 21 ft
    expect(shapes).toEqual([expect.objectContaining({ type: 'rect', x0: -0.5, x1: 21.5 })])
    const inside = driftRowFixture({
      support: {
        ...(row.support as Extract<typeof row.support, { kind: 'range' }>),
        outsideCentralShare: 0.05,
      },
    })
    expect(featureChartModel(inside, dist, names, en, 'en').figure.layout.shapes).toEqual([])
  })

  it('draws categorical features as grouped bars with period names', () => {
    const row = driftRowFixture({
      column: 'period',
      type: 'categorical',
      method: 'jensenshannon',
      drifted: false,
      statistic: 0.0777,
    })
    const dist = featureDistribution(row, f64([1, 2, 5]), f64([1, 1]), null)
    const model = featureChartModel(row, dist, names, en, 'en')
    expect(model.figure.layout.barmode).toBe('group')
    expect((model.figure.data[0] as Bar).x).toEqual(['Q1', 'Q2', 'OT1'])
    expect((model.figure.data[1] as Bar).text).toEqual(['100.0%', '0.0%', '0.0%'])
    expect((model.figure.data[1] as { textposition: string }).textposition).toBe('outside')
    expect(model.filename).toBe('drift_period_dev_vs_prod')
  })

  it('marks the threshold on the score chart and counts shots predicted made', () => {
    const probability = f64([0.3, 0.45, 0.5, 0.62, NaN])
    const all = Uint32Array.from([0, 1, 2, 3, 4])
    const dev = scoresAtThreshold(probability, all, 0.5)
    expect(dev).toEqual({ scored: 4, atOrAbove: 2, share: 0.5 })
    const prod = scoresAtThreshold(probability, Uint32Array.from([0, 1]), 0.5)
    const h = {
      edges: [0.3, 0.5, 0.7],
      reference: [2.5, 2.5],
      current: [5, 0],
      referenceCount: 4,
      currentCount: 2,
    }
    const model = scoreChartModel(h, 0.5, null, { dev, prod }, names, en, 'en')
    expect(model.filename).toBe('prediction_score_distribution_dev_vs_prod')
    expect(model.description).toBe(
      'At the threshold 0.5, 50.0% of dev and 0.0% of prod shots are predicted made.',
    )
    expect(model.figure.layout.annotations).toEqual([
      expect.objectContaining({ x: 0.5, text: 'threshold 0.5' }),
    ])
  })

  it('shows the made rate of labelled shots, leaving unknown outcomes out', () => {
    const target = f64([1, 0, 1, NaN, 0, 0])
    const dev = madeRate(target, Uint32Array.from([0, 1, 2]))
    const prod = madeRate(target, Uint32Array.from([3, 4, 5]))
    expect(dev).toEqual({ made: 2, labelled: 3, unknown: 0, rate: 2 / 3 })
    expect(prod).toEqual({ made: 0, labelled: 2, unknown: 1, rate: 0 })
    const model = targetChartModel(dev, prod, null, names, en, 'en')
    expect(model.filename).toBe('target_rate_dev_vs_prod')
    expect(model.description).toBe(
      'Only shots with a known outcome count (1 without one are left out).',
    )
    expect((model.figure.data as Bar[]).map((bar) => bar.text)).toEqual([
      ['66.7% (2 of 3)'],
      ['0.0% (0 of 2)'],
    ])
    expect(chartAnchor('a b')).toBe('drift-chart-a_b')
  })
})

describe('sortDriftRows', () => {
  const rows = [
    driftRowFixture({ column: 'lat', statistic: 2.0 }),
    driftRowFixture({ column: 'period', statistic: 0.078 }),
    driftRowFixture({ column: 'shot_distance', statistic: 2.04 }),
  ]
  it('keeps the feature order by default and sorts by statistic both ways', () => {
    expect(sortDriftRows(rows, DEFAULT_DRIFT_SORT).map((r) => r.column)).toEqual([
      'lat',
      'period',
      'shot_distance',
    ])
    const byStat = nextDriftSort(DEFAULT_DRIFT_SORT, 'statistic')
    expect(byStat).toEqual({ key: 'statistic', direction: 'descending' })
    expect(sortDriftRows(rows, byStat).map((r) => r.column)).toEqual([
      'shot_distance',
      'lat',
      'period',
    ])
    const flipped = nextDriftSort(byStat, 'statistic')
    expect(sortDriftRows(rows, flipped).map((r) => r.column)).toEqual([
      'period',
      'lat',
      'shot_distance',
    ])
  })
})
