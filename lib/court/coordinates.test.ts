import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readParquetFile } from '../parquet/read-parquet-file'
import { latLonToLoc, locToLatLon, shotDistanceFeet } from './coordinates'
import fixture from './fixtures/kobe-locations.json'

// 28 rows of the course files (extremes of loc_x/loc_y and a deterministic spread), copied as
// they are: shot_id, loc_x, loc_y, lat, lon, shot_distance.
describe('court coordinates on fixture rows', () => {
  it.each(fixture)('$file shot $shot_id: ($loc_x, $loc_y)', (row) => {
    const { lat, lon } = locToLatLon({ x: row.loc_x, y: row.loc_y })
    expect(lat).toBeCloseTo(row.lat, 9)
    expect(lon).toBeCloseTo(row.lon, 9)
    const back = latLonToLoc({ lat: row.lat, lon: row.lon })
    expect([Math.round(back.x), Math.round(back.y)]).toEqual([row.loc_x, row.loc_y])
    expect(Math.abs(back.x - row.loc_x)).toBeLessThan(1e-6)
    expect(shotDistanceFeet({ x: row.loc_x, y: row.loc_y })).toBe(row.shot_distance)
  })
})

describe('shotDistanceFeet', () => {
  it('truncates to whole feet and is exact on multiples of ten', () => {
    expect(shotDistanceFeet({ x: 0, y: 0 })).toBe(0)
    expect(shotDistanceFeet({ x: 60, y: 80 })).toBe(10)
    expect(shotDistanceFeet({ x: 59, y: 80 })).toBe(9)
    expect(shotDistanceFeet({ x: -157, y: 0 })).toBe(15)
    expect(shotDistanceFeet({ x: 0, y: 237.5 })).toBe(23)
  })
})

const dataDir =
  process.env.KOBE_DATA_DIR ?? fileURLToPath(new URL('../../../shared/data/kobe', import.meta.url))
const files = ['dev', 'prod'].map((name) => `${dataDir}/dataset_kobe_${name}.parquet`)

// The whole course data, when it is beside the project (CI sets KOBE_DATA_DIR).
describe.skipIf(!files.every(existsSync))(
  'court coordinates on every row of the course data',
  () => {
    it.each(files)('%s', async (file) => {
      const table = await readParquetFile(file, {
        columns: ['lat', 'lon', 'loc_x', 'loc_y', 'shot_distance'],
      })
      const { lat, lon, loc_x: xs, loc_y: ys, shot_distance: distances } = table.data
      let worst = 0
      let distanceMismatches = 0
      for (let i = 0; i < table.numRows; i++) {
        const at = { x: Number(xs?.[i]), y: Number(ys?.[i]) }
        const fitted = locToLatLon(at)
        worst = Math.max(
          worst,
          Math.abs(fitted.lat - Number(lat?.[i])),
          Math.abs(fitted.lon - Number(lon?.[i])),
        )
        if (shotDistanceFeet(at) !== Number(distances?.[i])) distanceMismatches++
      }
      expect(table.numRows).toBeGreaterThan(6000)
      expect(worst).toBeLessThan(1e-9)
      expect(distanceMismatches).toBe(0)
    })
  },
)
