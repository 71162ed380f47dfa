import { expect, test } from 'vitest'
import { queryWithChoice, readChoice } from './choice-param'
import { CHUNKING_PARAM } from './chunking-param'

test('chunks=month is read, kept beside other parameters, and the default leaves the URL', () => {
  expect(readChoice(CHUNKING_PARAM, 'threshold=0.3&chunks=Month')).toEqual({
    value: 'month',
    invalid: null,
  })
  expect(readChoice(CHUNKING_PARAM, 'chunks=weekly')).toEqual({
    value: 'season',
    invalid: 'weekly',
  })
  expect(queryWithChoice(CHUNKING_PARAM, 'threshold=0.3', 'month')).toBe(
    'threshold=0.3&chunks=month',
  )
  expect(queryWithChoice(CHUNKING_PARAM, 'threshold=0.3&chunks=month', 'season')).toBe(
    'threshold=0.3',
  )
})
