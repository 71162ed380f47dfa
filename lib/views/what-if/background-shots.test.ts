import { describe, expect, it } from 'vitest'
import type { PredictionsData } from '../../predictions/types'
import { backgroundShots } from './background-shots'

const data = (
  locX: (number | null)[],
  locY: (number | null)[],
  lat?: number[],
  lng?: number[],
): PredictionsData => ({
  target: new Float64Array(locX.length),
  probability: null,
  label: null,
  features: lat && lng ? { lat: Float64Array.from(lat), lng: Float64Array.from(lng) } : {},
  context: { loc_x: locX, loc_y: locY },
})

describe('backgroundShots', () => {
  it('puts dev then prod shots on one court and leaves out rows without a position', () => {
    const dev = data([10, null], [20, null])
    const prod = data([null, 5], [null, 6], [NaN, NaN], [NaN, NaN])
    const shots = backgroundShots(dev, prod)
    expect(Array.from(shots.x)).toEqual([10, 5])
    expect(Array.from(shots.y)).toEqual([20, 6])
    expect(Array.from(shots.dataset)).toEqual([0, 1])
    expect([shots.dev, shots.prod]).toEqual([1, 1])
    const placedFromLatLng = backgroundShots(
      null,
      data([null], [null], [34.0443 - 0.1], [-118.2698 + 0.03]),
    )
    expect(placedFromLatLng.x[0]).toBeCloseTo(30, 9)
    expect(placedFromLatLng.y[0]).toBeCloseTo(100, 9)
    expect(placedFromLatLng.dev).toBe(0)
  })
})
