import { describe, expect, it } from 'vitest'
import type { Column } from '../drift/column'
import { seededRandom } from '../model/seeded-random'
import { buildMonitoringReport, type MonitoringReport } from './monitoring-report'
import type { MonitorDataset } from './monitor-dataset'

type Context = MonitorDataset['context']

/** A dataset as monitorDataset builds it from a predictions file, from plain arrays. */
function dataset(
  name: string,
  target: number[],
  probability: number[],
  columns: Record<string, Column>,
  context: Context = {},
): MonitorDataset {
  return {
    name,
    file: `${name}.parquet`,
    rows: target.length,
    target: Float64Array.from(target),
    probability: Float64Array.from(probability),
    hasProbability: true,
    columns,
    context,
  }
}

function shots(n: number, seed: number, options: { constant?: boolean; oneClass?: boolean } = {}) {
  const random = seededRandom(seed)
  const distance: number[] = []
  const period: number[] = []
  const target: number[] = []
  const score: number[] = []
  const season: string[] = []
  for (let i = 0; i < n; i++) {
    const d = options.constant ? 10 : Math.floor(random() * 25)
    const p = 0.7 - d / 50
    distance.push(d)
    period.push(1 + (i % 4))
    score.push(p)
    target.push(options.oneClass ? 0 : random() < p ? 1 : 0)
    season.push(i < n - 3 ? '2000-01' : '2001-02')
  }
  return {
    target,
    score,
    columns: {
      shot_distance: Float64Array.from(distance),
      period: { dtype: 'int' as const, values: period },
    },
    context: {
      season,
      period,
      game_date: season.map((s) => `${s.slice(0, 4)}-11-0${1 + (s.length % 5)}`),
    },
  }
}

/** Paths of every non-finite number in a value (JSON.stringify would silently print them as null). */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path]
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}/${k}`))
  }
  return []
}

function expectNoNaN(report: MonitoringReport) {
  expect(nonFinite(report)).toEqual([])
  // every null metric comes with its sentence
  for (const set of [report.metrics.dev, report.metrics.prod]) {
    for (const [name, value] of Object.entries(set.values)) {
      if (value === null) expect(set.unavailable[name]).toMatch(/\w+ .+/)
    }
  }
}

const dev = shots(600, 1)
const devData = dataset('dev', dev.target, dev.score, dev.columns, dev.context)

describe('monitoring on bad input: a sentence, never NaN or a crash', () => {
  it('a constant column still gets a drift statistic', () => {
    const prod = shots(300, 2, { constant: true })
    const report = buildMonitoringReport(
      devData,
      dataset('prod', prod.target, prod.score, prod.columns),
      { draws: 20 },
    )
    const distance = report.features.find((f) => f.name === 'shot_distance')!
    expect(Number.isFinite(distance.statistic)).toBe(true)
    expect(distance.drift).toBe(true)
    expectNoNaN(report)
  })

  it('a single class: ROC AUC and Youden explained, not NaN', () => {
    const prod = shots(300, 3, { oneClass: true })
    const report = buildMonitoringReport(
      devData,
      dataset('prod', prod.target, prod.score, prod.columns, prod.context),
      { draws: 20 },
    )
    expect(report.metrics.prod.values.roc_auc).toBeNull()
    expect(report.metrics.prod.unavailable.roc_auc).toBe(
      'roc_auc is undefined on prod (prod.parquet): all 300 labelled rows are class 0',
    )
    expect(report.thresholds.prod.unavailable.youden).toContain('is class 0')
    expectNoNaN(report)
  })

  it('every prod row filtered out', () => {
    const report = buildMonitoringReport(
      devData,
      dataset(
        'prod',
        [],
        [],
        { shot_distance: new Float64Array(0), period: { dtype: 'int', values: [] } },
        { season: [] },
      ),
      { draws: 20 },
    )
    expect(report.features).toEqual([])
    expect(report.features_skipped[0]!.reason).toBe(
      'column "shot_distance": the current sample is empty after dropping null/NaN/Infinity',
    )
    expect(report.metrics.prod.unavailable.f1_score).toBe(
      'prod (prod.parquet) has no row with both a 0/1 label and a score',
    )
    expect(report.calibration.unavailable).toContain('calibration needs labels')
    expect(report.chunk_notes[0]).toBe(
      'no season value in prod.parquet is usable: chunks by season fall back to 10 chunks in row order',
    )
    expect(report.signals[0]!.cause).toContain('cannot be compared from dev to prod')
    expect(report.estimate.validity!.trustworthy).toBe(false)
    expect(report.estimate.validity!.verdict).toBe(
      'The label-free estimate cannot be checked: no feature of prod could be compared with dev.',
    )
    expectNoNaN(report)
  })

  it('NaN scores are left out and counted by what remains', () => {
    const prod = shots(300, 4)
    const score = prod.score.map((s, i) => (i % 3 === 0 ? NaN : s))
    const report = buildMonitoringReport(
      devData,
      dataset('prod', prod.target, score, prod.columns, prod.context),
      { draws: 20 },
    )
    expect(report.metrics.prod.rows).toBe(200)
    const estimated = report.metrics.prod_estimated
    expect('rows' in estimated && estimated.rows).toBe(200)
    expectNoNaN(report)
  })

  it('no dates: row-order chunks with the reason; tiny chunks say why', () => {
    const prod = shots(300, 5)
    const report = buildMonitoringReport(
      devData,
      dataset('prod', prod.target, prod.score, prod.columns),
      { draws: 20, chunkings: ['month'] },
    )
    expect(report.chunk_notes).toEqual([
      'prod.parquet has no game_date column: chunks by month fall back to 10 chunks in row order',
    ])
    expect(report.chunks).toHaveLength(10)
    expect(report.chunks[0]!.key).toBe('rows 1–30')
    expect(report.chunks[0]!.chunking).toBe('rows')
    const withSeasons = buildMonitoringReport(
      devData,
      dataset('prod', prod.target, prod.score, prod.columns, prod.context),
      { draws: 20, chunkings: ['season'] },
    )
    const tiny = withSeasons.chunks.find((c) => c.key === '2001-02')!
    expect(tiny.rows).toBe(3)
    expect(tiny.unavailable.drift).toBe(
      'season chunk 2001-02 of prod.parquet has 3 rows, fewer than the 30 a chunk needs',
    )
    expect(tiny.realised.values.f1_score).toBeNull()
    expect(tiny.realised.unavailable.f1_score).toContain('has 3 labelled rows')
    expect(tiny.estimated.unavailable.all).toContain('has 3 scored rows')
    expectNoNaN(withSeasons)
  })

  it('dev without enough labels: no label-free estimate, with the reason', () => {
    const few = dataset('dev', dev.target.slice(0, 10), dev.score.slice(0, 10), {
      shot_distance: (dev.columns.shot_distance as Float64Array).slice(0, 10),
      period: { dtype: 'int', values: (dev.columns.period.values as number[]).slice(0, 10) },
    })
    const prod = shots(100, 6)
    const report = buildMonitoringReport(
      few,
      dataset('prod', prod.target, prod.score, prod.columns),
      {
        draws: 20,
      },
    )
    expect(report.metrics.prod_estimated.unavailable.all).toBe(
      'the label-free estimate needs at least 30 labelled dev rows to calibrate on, and dev (dev.parquet) has 10',
    )
    expect(report.estimate.validity).toBeNull()
    expectNoNaN(report)
  })
})
