import { describe, expect, test } from 'vitest'
import { buildReport } from '../../site-data/build-report/build-report'
import type { DashboardSources } from '../../site-data/sources/dashboard-sources'
import type { Snapshot } from '../../site-data/predictions/snapshot-types'
import { buildProblemsView } from './build-problems'

const sources: DashboardSources = {
  dev: '/w/data/output/predictions_dev.parquet',
  prod: '/w/data/output/predictions_prod.parquet',
  tracking: '/w/mlruns',
  why: {
    dev: { path: '/w/data/output/predictions_dev.parquet', reason: 'the pipeline output' },
    prod: { path: '/w/data/output/predictions_prod.parquet', reason: 'the pipeline output' },
    tracking: { path: '/w/mlruns', reason: "the pipeline's store" },
  },
  modelFiles: [],
  choice: null,
  rule: 'rule',
  notes: [],
  problems: [{ path: '/w/proj/bad.parquet', message: 'not a parquet file' }],
}
const snapshot = {
  problems: [{ path: 'prod', message: 'no prod predictions file was given' }],
} as Snapshot

describe('one list of every build problem', () => {
  const report = buildReport({
    sources,
    snapshot: snapshot.problems,
    runs: [
      { path: './mlruns run a', message: 'no artifact folder found for run "a"' },
      { path: './mlruns run b', message: 'no artifact folder found for run "b"' },
      // met again by the what-if step: kept once, under the step that met it first
      { path: '', message: 'model.pkl of run c: unsupported class GaussianNB' },
    ],
    whatIf: {
      problem: null,
      notes: ['model.pkl of run c: unsupported class GaussianNB', 'dev predictions lack lat'],
    },
    cwd: '/w',
  })

  test('the report counts per step, shows paths inside the build folder relative, keeps each once', () => {
    expect(report.counts).toEqual({
      snapshot: 1,
      runs: 3,
      'what-if': 1,
      comparison: 0,
      monitoring: 0,
      sources: 1,
    })
    expect(report.problems.at(-1)).toEqual({
      step: 'sources',
      path: './proj/bad.parquet',
      message: 'not a parquet file',
    })
    expect(report.sources.tracking).toEqual({ path: './mlruns', reason: "the pipeline's store" })
  })

  test('the overview shows the union: 6 problems, a count per step, every line', () => {
    const view = buildProblemsView(report, snapshot)
    expect(view.total).toBe(6)
    expect(view.perStep).toEqual([
      { step: 'snapshot', count: 1 },
      { step: 'runs', count: 3 },
      { step: 'what-if', count: 1 },
      { step: 'sources', count: 1 },
    ])
    expect(view.lines.map((l) => l.text)).toContain(
      './mlruns run b: no artifact folder found for run "b"',
    )
    expect(view.lines.at(-2)).toEqual({ step: 'what-if', text: 'dev predictions lack lat' })
    expect(view.unreadParquet).toEqual(['./proj/bad.parquet: not a parquet file'])
  })

  test('without a build report (an older build), the snapshot’s problems', () => {
    expect(buildProblemsView(null, snapshot)).toEqual({
      total: 1,
      perStep: [{ step: 'snapshot', count: 1 }],
      lines: [{ step: 'snapshot', text: 'prod: no prod predictions file was given' }],
      unreadParquet: [],
    })
  })
})
