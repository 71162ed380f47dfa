import { expect, it } from 'vitest'
import { KOBE_RUNS, makeRun } from './fixtures/kobe-runs'
import { selectExperiment } from './select-experiment'
import type { RunsExperiment } from '../../site-data/runs/runs-snapshot-types'

const experiment = (id: string, name: string): RunsExperiment => ({
  id,
  name,
  lifecycle: 'active',
  description: null,
  runCount: 0,
  creationTime: null,
})

it('picks the requested experiment, else the run’s, else the one with the newest run', () => {
  const experiments = [experiment('0', 'Default'), experiment('1', 'kobe'), experiment('2', 'old')]
  const runs = [
    ...KOBE_RUNS,
    makeRun({ id: 'old-run', name: 'old', experimentId: '2', startTime: 1 }),
  ]
  const snapshot = { experiments, runs }
  expect(selectExperiment(snapshot, '0', null)?.name).toBe('Default')
  expect(selectExperiment(snapshot, 'nope', 'old-run')?.name).toBe('old')
  expect(selectExperiment(snapshot, null, null)?.name).toBe('kobe')
  expect(selectExperiment({ experiments, runs: [] }, null, null)?.name).toBe('Default')
  expect(selectExperiment({ experiments: [], runs: [] }, null, null)).toBeNull()
})
