import { describe, expect, it } from 'vitest'
import { defaultArtifact } from './default-artifact'
import { formatBytes } from './format-bytes'
import { formatDateTime } from './format-date-time'
import { formatDuration } from './format-duration'
import { formatMetricValue } from './format-metric-value'
import { parseRunsViewParams, runsViewQueryPatch } from './runs-view-params'
import type { RunArtifact } from '../../site-data/runs/runs-snapshot-types'

describe('formatDuration', () => {
  it('shortens like MLflow, numbers in the language', () => {
    expect(formatDuration(850, 'en')).toBe('850 ms')
    expect(formatDuration(12_345, 'en')).toBe('12.3 s')
    expect(formatDuration(12_345, 'pt-BR')).toBe('12,3 s')
    expect(formatDuration(245_000, 'en')).toBe('4 min 05 s')
    expect(formatDuration(2 * 3_600_000 + 7 * 60_000, 'en')).toBe('2 h 07 min')
    expect(formatDuration(76 * 3_600_000, 'en')).toBe('3 d 4 h')
    expect(formatDuration(-1, 'en')).toBe('–')
  })
})

describe('parseRunsViewParams', () => {
  it('reads the view parameters and ignores what it does not understand', () => {
    const params = parseRunsViewParams(
      'experiment=405837833823375698&compare=a1,b2,a1,bad id&sort=metrics.log_loss&q=tree&status=failed&deleted=1&columns=metrics.f1_score,params.C,bogus',
    )
    expect(params).toEqual({
      experiment: '405837833823375698',
      compare: ['a1', 'b2'],
      sort: { column: { kind: 'metric', key: 'log_loss' }, direction: 'asc' },
      filter: 'tree',
      status: 'FAILED',
      showDeleted: true,
      columns: [
        { kind: 'metric', key: 'f1_score' },
        { kind: 'param', key: 'C' },
      ],
    })
    const defaults = parseRunsViewParams('sort=-weird&status=nope')
    expect(defaults.sort).toEqual({
      column: { kind: 'attribute', key: 'start' },
      direction: 'desc',
    })
    expect(defaults.status).toBe('all')
    expect(defaults.columns).toBeNull()
  })

  it('writes changes back, removing defaults', () => {
    expect(
      runsViewQueryPatch({
        compare: ['a', 'b'],
        sort: { column: { kind: 'metric', key: 'log_loss' }, direction: 'desc' },
        filter: '',
        status: 'all',
        showDeleted: false,
      }),
    ).toEqual({
      compare: 'a,b',
      sort: '-metrics.log_loss',
      q: null,
      status: null,
      deleted: null,
    })
    expect(
      runsViewQueryPatch({
        sort: { column: { kind: 'attribute', key: 'start' }, direction: 'desc' },
        compare: [],
      }),
    ).toEqual({ sort: null, compare: null })
  })
})

describe('defaultArtifact', () => {
  const a = (path: string, view: RunArtifact['view']): RunArtifact => ({
    path,
    isDir: false,
    size: 1,
    view,
    file: view ? `data/${path}` : null,
    note: null,
  })
  it('opens an image first, then text other than MLmodel, then a parquet preview, then MLmodel', () => {
    expect(
      defaultArtifact([
        a('m/model.pkl', null),
        a('m/conda.yaml', 'text'),
        a('m/MLmodel', 'text'),
        a('roc.png', 'image'),
      ])?.path,
    ).toBe('roc.png')
    expect(defaultArtifact([a('m/MLmodel', 'text'), a('m/conda.yaml', 'text')])?.path).toBe(
      'm/conda.yaml',
    )
    expect(defaultArtifact([a('d/x.parquet', 'parquet'), a('m/MLmodel', 'text')])?.path).toBe(
      'd/x.parquet',
    )
    expect(defaultArtifact([a('m/MLmodel', 'text')])?.path).toBe('m/MLmodel')
    expect(defaultArtifact([a('model.pkl', null)])).toBeNull()
  })
})

describe('formatMetricValue', () => {
  it('keeps four decimals, integers, scientific notation and non-finite values readable', () => {
    expect(formatMetricValue(0.6744838854906345, 'en')).toBe('0.6745')
    expect(formatMetricValue(0.6744838854906345, 'pt-BR')).toBe('0,6745')
    expect(formatMetricValue(16228, 'en')).toBe('16,228')
    expect(formatMetricValue(7.075770525055702e-12, 'en')).toBe('7.08e-12')
    expect(formatMetricValue(7.075770525055702e-12, 'pt-BR')).toBe('7,08e-12')
    expect(formatMetricValue(0, 'en')).toBe('0')
    expect([Number.NaN, Infinity, -Infinity].map((v) => formatMetricValue(v, 'en'))).toEqual([
      'NaN',
      '∞',
      '−∞',
    ])
  })
})

describe('formatDateTime', () => {
  it('writes the time in the language, and a dash when there is none', () => {
    // ICU versions differ on the space before PM (U+0020 or U+202F)
    expect(formatDateTime(1795464559397, 'en', { timeZone: 'UTC' })).toMatch(
      /^Nov 23, 2026, 8:09:19\sPM$/,
    )
    expect(formatDateTime(1795464559397, 'en', { style: 'short', timeZone: 'UTC' })).toMatch(
      /^11\/23\/26, 8:09:19\sPM$/,
    )
    expect(formatDateTime(1795464559397, 'pt-BR', { timeZone: 'UTC' })).toBe(
      '23 de nov. de 2026, 20:09:19',
    )
    expect(formatDateTime(null, 'en')).toBe('–')
  })
})

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(761, 'en')).toBe('761 B')
    expect(formatBytes(98463, 'en')).toBe('96.2 KB')
    expect(formatBytes(98463, 'pt-BR')).toBe('96,2 KB')
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB')
    expect(formatBytes(null, 'en')).toBe('')
  })
})
