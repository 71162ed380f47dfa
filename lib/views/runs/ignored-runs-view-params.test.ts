import { expect, test } from 'vitest'
import { ignoredRunsViewParams } from './runs-view-params'

test('names every runs-view parameter it drops, with the value and the reason', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `run${i}`).join(',')
  expect(
    ignoredRunsViewParams(
      `experiment=a%20b&compare=${ids},bad%20id&sort=metrics.&status=DONE&deleted=yes&columns=metrics.log_loss,colour`,
    ),
  ).toEqual([
    {
      param: 'experiment',
      value: 'a b',
      reason: 'not an experiment id (letters, digits, _ . : -, at most 200)',
    },
    { param: 'compare', value: 'bad id', reason: 'not a run id' },
    { param: 'compare', value: 'run10', reason: 'at most 10 runs are compared at once' },
    { param: 'compare', value: 'run11', reason: 'at most 10 runs are compared at once' },
    {
      param: 'sort',
      value: 'metrics.',
      reason: 'not a column to sort by (e.g. metrics.log_loss or -start)',
    },
    {
      param: 'status',
      value: 'DONE',
      reason: 'not a run status (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED)',
    },
    { param: 'deleted', value: 'yes', reason: 'only deleted=1 is understood' },
    {
      param: 'columns',
      value: 'colour',
      reason: 'not a column (metrics.<key>, params.<key>, or a run attribute)',
    },
  ])
  expect(
    ignoredRunsViewParams('experiment=1&sort=-metrics.log_loss&status=finished&deleted=1'),
  ).toEqual([])
})
