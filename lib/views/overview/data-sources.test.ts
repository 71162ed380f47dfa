import { describe, expect, it } from 'vitest'
import type { Snapshot, SnapshotDataset } from '../../site-data/predictions/snapshot-types'
import { dataSources, fileNameOf } from './data-sources'

const dev = {
  name: 'dev',
  source: '/data/output/predictions_dev.parquet',
  rows: 4057,
  labelledRows: 4057,
  shippedRows: 4000,
  sampled: true,
  rowsFile: 'data/rows-dev.parquet',
  rowsFileBytes: 1000,
  metrics: null,
  metricsRows: 0,
  report: {
    file: '/data/output/predictions_dev.parquet',
    rows: 4057,
    labelledRows: 4057,
    unlabelledRows: 0,
    mapping: {
      target: 'shot_made_flag',
      probability: null,
      label: null,
      features: {},
      context: {},
    },
    probabilityConvention: null,
    excludedProbabilityRows: 0,
    detected: ['target: shot_made_flag'],
    missing: ['no probability column: ROC unavailable'],
    warnings: [],
  },
} satisfies SnapshotDataset

const snapshot = {
  version: 2,
  generatedAt: '2026-11-22T10:00:00.000Z',
  rowsLimit: 4000,
  datasets: { dev, prod: null },
  filterOptions: { periods: [], seasons: [], zones: [], playoffs: [] },
  columns: {},
  drift: null,
  outputDrift: null,
  histograms: [],
  problems: [
    { path: 'C:\\kobe\\prod.parquet', message: '<b>not a parquet file</b>' },
    { path: '', message: 'no prod predictions file was given' },
  ],
} satisfies Snapshot

describe('fileNameOf', () => {
  it('takes the last segment with either separator', () => {
    expect(fileNameOf('/work/main/data/output/predictions_dev.parquet')).toBe(
      'predictions_dev.parquet',
    )
    expect(fileNameOf('C:\\kobe\\prod.parquet')).toBe('prod.parquet')
    expect(fileNameOf('prod.parquet')).toBe('prod.parquet')
  })
})

describe('dataSources', () => {
  it('lists each file with its counts and sentences, a missing one as absent', () => {
    const sources = dataSources(snapshot)
    expect(sources.datasets).toEqual([
      {
        name: 'dev',
        present: true,
        file: '/data/output/predictions_dev.parquet',
        fileName: 'predictions_dev.parquet',
        rows: 4057,
        labelledRows: 4057,
        unlabelledRows: 0,
        shippedRows: 4000,
        sampled: true,
        probabilityConvention: null,
        excludedProbabilityRows: 0,
        detected: ['target: shot_made_flag'],
        missing: ['no probability column: ROC unavailable'],
        warnings: [],
      },
      { name: 'prod', present: false },
    ])
  })

  it('turns problems into sentences, markup kept as text', () => {
    expect(dataSources(snapshot).problems).toEqual([
      'C:\\kobe\\prod.parquet: <b>not a parquet file</b>',
      'no prod predictions file was given',
    ])
  })
})
