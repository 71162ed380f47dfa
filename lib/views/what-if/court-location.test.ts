import { describe, expect, it } from 'vitest'
import { loadPredictionsFile } from '../../predictions/load-predictions'
import { courtPointOfLatLng, locationOfCourtPoint, shotDistanceOfLatLng } from './court-location'

describe('locationOfCourtPoint', () => {
  it('snaps a click to whole loc units and computes lat, lng and the truncated distance', () => {
    // (109.6, 12.7) → (110, 13): lat 34.0443 − 0.013, lng −118.2698 + 0.110, floor(110.77 / 10)
    expect(locationOfCourtPoint({ x: 109.6, y: 12.7 })).toEqual({
      x: 110,
      y: 13,
      lat: 34.0313,
      lng: -118.1598,
      shot_distance: 11,
    })
    // a corner three: 22 ft exactly
    expect(locationOfCourtPoint({ x: -220, y: 0 })).toEqual({
      x: -220,
      y: 0,
      lat: 34.0443,
      lng: -118.4898,
      shot_distance: 22,
    })
  })

  it('keeps clicks outside the lines on the court', () => {
    expect(locationOfCourtPoint({ x: 300, y: -60 })).toMatchObject({
      x: 250,
      y: -47,
      lat: 34.0913,
      lng: -118.0198,
    })
    expect(locationOfCourtPoint({ x: 0, y: 2000 })).toMatchObject({
      y: 892,
      lat: 33.1523,
      shot_distance: 89,
    })
  })
})

describe('on every Kobe row of the pipeline outputs', () => {
  it('reproduces lat, lng and shot_distance from loc_x/loc_y, and the distance from lat/lng', async () => {
    let rows = 0
    let mismatches = 0
    for (const side of ['dev', 'prod']) {
      const { data } = await loadPredictionsFile(`data/output/predictions_${side}.parquet`)
      const { lat, lng, shot_distance: distance } = data.features
      const locX = data.context.loc_x as number[]
      const locY = data.context.loc_y as number[]
      for (let i = 0; i < lat!.length; i++) {
        rows++
        const at = locationOfCourtPoint({ x: locX[i]!, y: locY[i]! })
        const point = courtPointOfLatLng(lat![i]!, lng![i]!)
        const same =
          at.lat === lat![i] &&
          at.lng === lng![i] &&
          at.shot_distance === distance![i] &&
          shotDistanceOfLatLng(lat![i]!, lng![i]!) === distance![i] &&
          point.x === locX[i] &&
          point.y === locY[i]
        if (!same) mismatches++
      }
    }
    expect(rows).toBe(4057 + 6426)
    expect(mismatches).toBe(0)
  })
})
