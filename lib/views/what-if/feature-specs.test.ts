import { describe, expect, it } from 'vitest'
import { featureSpecs, PHYSICAL_RANGES } from './feature-specs'

const SIX = ['lat', 'lng', 'minutes_remaining', 'period', 'playoffs', 'shot_distance']

describe('PHYSICAL_RANGES', () => {
  it('covers the whole court and the game clock', () => {
    expect([PHYSICAL_RANGES.lat!.min, PHYSICAL_RANGES.lat!.max]).toEqual([33.1518, 34.0918])
    expect([PHYSICAL_RANGES.lng!.min, PHYSICAL_RANGES.lng!.max]).toEqual([-118.5198, -118.0198])
    // basket to the far corner: sqrt(250² + 892.5²) = 926.85 tenths of a foot → 92 ft
    expect(PHYSICAL_RANGES.shot_distance).toMatchObject({ min: 0, max: 92, step: 1, integer: true })
    expect(PHYSICAL_RANGES.period).toMatchObject({ min: 1, max: 7 })
    expect(PHYSICAL_RANGES.minutes_remaining).toMatchObject({ min: 0, max: 11 })
    expect(PHYSICAL_RANGES.playoffs).toMatchObject({ min: 0, max: 1 })
  })
})

describe('featureSpecs', () => {
  const dev = {
    lat: Float64Array.of(34.0443, 34.0343, 33.9443, NaN),
    lng: Float64Array.of(-118.2698, -118.1698, -118.2198, NaN),
    minutes_remaining: Float64Array.of(0, 5, 11, 6),
    period: Float64Array.of(1, 2, 4, 3),
    playoffs: Float64Array.of(0, 0, 1, 0),
    shot_distance: Float64Array.of(0, 10, 10, 12),
  }

  it('gives medians on the step grid, the training ranges, and a distance that matches the location', () => {
    const specs = featureSpecs(SIX, dev)
    const by = Object.fromEntries(specs.map((s) => [s.name, s]))
    expect(by.lat).toMatchObject({
      default: 34.0343,
      train: { min: 33.9443, max: 34.0443, rows: 3 },
    })
    expect(by.lng).toMatchObject({
      default: -118.2198,
      train: { min: -118.2698, max: -118.1698, rows: 3 },
    })
    expect(by.minutes_remaining!.default).toBe(6) // median of 0, 5, 6, 11 = 5.5 → 6
    expect(by.period!.default).toBe(3) // 2.5 → 3
    expect(by.playoffs!.default).toBe(0)
    // (lat 34.0343, lng −118.2198) is loc (50, 10): sqrt(2600) / 10 = 5.099 → 5 ft
    expect(by.shot_distance).toMatchObject({
      default: 5,
      min: 0,
      max: 92,
      train: { min: 0, max: 12, rows: 4 },
    })
  })

  it('widens the physical range to values seen in dev or prod', () => {
    const specs = featureSpecs(
      ['period', 'shot_distance'],
      { period: Float64Array.of(1, 8) },
      { shot_distance: Float64Array.of(95) },
    )
    expect(specs[0]).toMatchObject({ min: 1, max: 8 })
    expect(specs[1]).toMatchObject({ min: 0, max: 95, train: null, default: 46 })
  })

  it('derives a range for an input without a physical rule from the observed values', () => {
    const [seconds, speed, none] = featureSpecs(['seconds', 'speed', 'mystery'], {
      seconds: Float64Array.of(0, 30, 59),
      speed: Float64Array.of(1.5, 2.5, 3.5),
    })
    expect(seconds).toMatchObject({
      label: 'seconds',
      min: -6,
      max: 65,
      step: 1,
      integer: true,
      default: 30,
    })
    expect(speed).toMatchObject({ min: 1.3, max: 3.7, step: 0.01, integer: false, default: 2.5 })
    expect(none).toMatchObject({ min: 0, max: 1, train: null, default: 0.5 })
  })
})
