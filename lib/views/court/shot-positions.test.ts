import { describe, expect, it } from 'vitest'
import fixture from '../../court/fixtures/kobe-locations.json'
import type { PredictionsData } from '../../predictions/types'
import { tinyPredictions } from './fixtures/tiny-predictions'
import { shotPositions } from './shot-positions'

describe('shotPositions', () => {
  it('uses loc_x / loc_y when the file has them', () => {
    const positions = shotPositions(tinyPredictions())
    expect([...positions.x]).toEqual([0, -220, 100, 30, 0, 10])
    expect([...positions.y]).toEqual([0, 0, 100, 240, 300, 500])
    expect(positions).toMatchObject({ fromLoc: 6, fromLatLng: 0, unplaced: 0 })
  })

  it('recovers loc from lat/lng on the 28 Kobe fixture rows when loc is absent', () => {
    const data: PredictionsData = {
      target: new Float64Array(fixture.length),
      probability: null,
      label: null,
      features: {
        lat: Float64Array.from(fixture, (r) => r.lat),
        lng: Float64Array.from(fixture, (r) => r.lon),
      },
      context: {},
    }
    const positions = shotPositions(data)
    expect(positions).toMatchObject({ fromLoc: 0, fromLatLng: 28, unplaced: 0 })
    expect(Array.from(positions.x, Math.round)).toEqual(fixture.map((r) => r.loc_x))
    expect(Array.from(positions.y, Math.round)).toEqual(fixture.map((r) => r.loc_y))
    const worst = Math.max(...fixture.map((r, i) => Math.abs((positions.y[i] as number) - r.loc_y)))
    expect(worst).toBeLessThan(1e-6)
  })

  it('falls back row by row, and leaves a row with neither unplaced (NaN)', () => {
    const data = tinyPredictions()
    data.context.loc_x = [0, null, 100, '30', 0, null]
    data.features.lat![5] = Number.NaN
    const positions = shotPositions(data)
    expect(positions).toMatchObject({ fromLoc: 4, fromLatLng: 1, unplaced: 1 })
    expect(positions.x[1]).toBeCloseTo(-220, 6)
    expect(positions.y[1]).toBeCloseTo(0, 6)
    expect(positions.x[3]).toBe(30)
    expect(Number.isNaN(positions.x[5])).toBe(true)
  })
})
