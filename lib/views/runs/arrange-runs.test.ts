import { describe, expect, it } from 'vitest'
import { arrangeRuns } from './arrange-runs'
import { KOBE_RUNS, makeRun } from './fixtures/kobe-runs'
import type { RunRecord } from '../../site-data/runs/runs-snapshot-types'
import { compareRuns, DEFAULT_RUN_SORT, type RunSort } from './sort-runs'

const all: (run: RunRecord) => boolean = () => true
const byMetric = (key: string, direction: 'asc' | 'desc'): RunSort => ({
  column: { kind: 'metric', key },
  direction,
})
const rows = (sort: RunSort, keep: (run: RunRecord) => boolean = all, collapsed?: Set<string>) =>
  arrangeRuns(KOBE_RUNS, keep, sort, collapsed).map((r) => `${'  '.repeat(r.depth)}${r.run.id}`)

describe('arrangeRuns', () => {
  it('puts children under their parent, newest first by default', () => {
    expect(rows(DEFAULT_RUN_SORT)).toEqual(['apply', 'train', '  dt', '  lr', 'prep'])
    const train = arrangeRuns(KOBE_RUNS, all, DEFAULT_RUN_SORT).find((r) => r.run.id === 'train')
    expect(train?.childCount).toBe(2)
  })

  it('sorts by a metric in both directions, missing values last either way', () => {
    // log_loss: apply 0.6284, dt 0.6745, train = lr 0.6769, prep none
    expect(rows(byMetric('log_loss', 'asc'))).toEqual(['apply', 'train', '  dt', '  lr', 'prep'])
    expect(rows(byMetric('log_loss', 'desc'))).toEqual(['train', '  lr', '  dt', 'apply', 'prep'])
    expect(rows(byMetric('f1_score', 'desc'))).toEqual(['train', '  lr', '  dt', 'apply', 'prep'])
  })

  it('shows a child at the top level when its parent is filtered out', () => {
    expect(rows(byMetric('log_loss', 'asc'), (run) => run.id !== 'train')).toEqual([
      'apply',
      'dt',
      'lr',
      'prep',
    ])
  })

  it('hides the children of a collapsed parent', () => {
    expect(rows(DEFAULT_RUN_SORT, all, new Set(['train']))).toEqual(['apply', 'train', 'prep'])
  })

  it('breaks parent loops instead of looping', () => {
    const loop = [
      makeRun({ id: 'a', name: 'a', parentId: 'b' }),
      makeRun({ id: 'b', name: 'b', parentId: 'a' }),
    ]
    expect(arrangeRuns(loop, all, DEFAULT_RUN_SORT).map((r) => [r.run.id, r.depth])).toEqual([
      ['a', 0],
      ['b', 1],
    ])
  })
})

describe('compareRuns', () => {
  const sortBy = (runs: ReturnType<typeof makeRun>[], sort: RunSort) =>
    [...runs].sort((a, b) => compareRuns(a, b, sort)).map((r) => r.id)

  it('orders numeric params as numbers and text naturally', () => {
    const runs = ['0.1', '0.01', '10', '2'].map((C, i) =>
      makeRun({ id: `r${i}`, name: `r${i}`, params: { C } }),
    )
    expect(sortBy(runs, { column: { kind: 'param', key: 'C' }, direction: 'asc' })).toEqual([
      'r1',
      'r0',
      'r3',
      'r2',
    ])
    const named = ['run-10', 'run-9', 'Run-1'].map((name) => makeRun({ id: name, name }))
    expect(sortBy(named, { column: { kind: 'attribute', key: 'name' }, direction: 'asc' })).toEqual(
      ['Run-1', 'run-9', 'run-10'],
    )
  })

  it('keeps NaN after numbers and missing after NaN in both directions, infinities in order', () => {
    const runs = [
      makeRun({ id: 'missing', name: 'a' }),
      makeRun({ id: 'nan', name: 'b', metrics: { m: Number.NaN } }),
      makeRun({ id: 'inf', name: 'c', metrics: { m: Infinity } }),
      makeRun({ id: 'low', name: 'd', metrics: { m: -1 } }),
    ]
    expect(sortBy(runs, byMetric('m', 'asc'))).toEqual(['low', 'inf', 'nan', 'missing'])
    expect(sortBy(runs, byMetric('m', 'desc'))).toEqual(['inf', 'low', 'nan', 'missing'])
  })
})
