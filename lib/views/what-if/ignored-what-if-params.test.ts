import { expect, test } from 'vitest'
import type { FeatureSpec } from '../../site-data/model/model-snapshot-types'
import { ignoredWhatIfParams } from './what-if-query'

const specs = [{ name: 'shot_distance' }, { name: 'period' }] as FeatureSpec[]

test('names wi_shot=abc and an unknown wi_ input, keeps valid ones and other views’ params', () => {
  expect(ignoredWhatIfParams('wi_shot=abc&wi_colour=red&wi_period=2&threshold=0.4', specs)).toEqual(
    [
      { param: 'wi_shot', value: 'abc', reason: 'url.reason.notShotId' },
      { param: 'wi_colour', value: 'red', reason: 'url.reason.notModelInput' },
    ],
  )
  expect(ignoredWhatIfParams('wi_shot=20&wi_shot_distance=12', specs)).toEqual([])
})
