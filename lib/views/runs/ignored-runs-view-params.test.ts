import { expect, test } from 'vitest'
import { ignoredRunsViewParams } from './runs-view-params'

test('names every runs-view parameter it drops, with the value and the reason', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `run${i}`).join(',')
  expect(
    ignoredRunsViewParams(
      `experiment=a%20b&compare=${ids},bad%20id&sort=metrics.&status=DONE&deleted=yes&columns=metrics.log_loss,colour`,
    ),
  ).toEqual([
    { param: 'experiment', value: 'a b', reason: 'url.reason.notExperimentId' },
    { param: 'compare', value: 'bad id', reason: 'url.reason.notRunId' },
    {
      param: 'compare',
      value: 'run10',
      reason: 'url.reason.tooManyCompared',
      reasonParams: { max: 10 },
    },
    {
      param: 'compare',
      value: 'run11',
      reason: 'url.reason.tooManyCompared',
      reasonParams: { max: 10 },
    },
    { param: 'sort', value: 'metrics.', reason: 'url.reason.notSortColumn' },
    {
      param: 'status',
      value: 'DONE',
      reason: 'url.reason.notRunStatus',
      reasonParams: { statuses: 'RUNNING, SCHEDULED, FINISHED, FAILED, KILLED' },
    },
    { param: 'deleted', value: 'yes', reason: 'url.reason.onlyDeleted1' },
    { param: 'columns', value: 'colour', reason: 'url.reason.notColumn' },
  ])
  expect(
    ignoredRunsViewParams('experiment=1&sort=-metrics.log_loss&status=finished&deleted=1'),
  ).toEqual([])
})
