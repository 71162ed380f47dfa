import { describe, expect, it } from 'vitest'
import { latestMetricPoint, parseMetricFile } from './metric-file'

describe('parseMetricFile', () => {
  it('keeps file order, skips blank lines and summarises bad ones', () => {
    const text = '100 0.5 0\r\n\r\n200 nan 1\r\n300 x 2\r\n400 0.25 3\r\n17'
    const content = parseMetricFile(text)
    expect(content.points).toEqual([
      { timestamp: 100, value: 0.5, step: 0 },
      { timestamp: 200, value: NaN, step: 1 },
      { timestamp: 400, value: 0.25, step: 3 },
    ])
    expect(content.error).toBe('line 4: value "x" is not a number (and 1 more bad lines)')
  })
})

describe('latestMetricPoint', () => {
  it('takes the max by step, then timestamp, then value, as MLflow does', () => {
    const points = [
      { timestamp: 500, value: 0.1, step: 2 },
      { timestamp: 100, value: 0.9, step: 5 },
      { timestamp: 300, value: 0.2, step: 5 },
      { timestamp: 300, value: 0.7, step: 5 },
      { timestamp: 900, value: 0.3, step: 1 },
    ]
    expect(latestMetricPoint(points)).toEqual({ timestamp: 300, value: 0.7, step: 5 })
  })

  it('keeps the first of equal (step, timestamp) when a NaN cannot compare', () => {
    expect(
      latestMetricPoint([
        { timestamp: 1, value: NaN, step: 0 },
        { timestamp: 1, value: 0.5, step: 0 },
      ])?.value,
    ).toBeNaN()
    expect(latestMetricPoint([])).toBeNull()
  })
})
