import { latLonToLoc } from '../../court/coordinates'
import type { PredictionsData } from '../../predictions/types'

/**
 * Where each shot goes on the court: the file's `loc_x`/`loc_y` (tenths of a foot from the
 * basket), or, for rows without them, the position recovered from `lat`/`lng` through the
 * fitted relation in lib/court/coordinates.ts. NaN when a row has neither.
 */
export interface ShotPositions {
  x: Float64Array
  y: Float64Array
  /** rows placed from loc_x/loc_y, from lat/lng, and not placed at all */
  fromLoc: number
  fromLatLng: number
  unplaced: number
}

const toNumber = (value: string | number | null | undefined): number => {
  if (value === null || value === undefined || value === '') return Number.NaN
  return typeof value === 'number' ? value : Number(value)
}

/** Court positions of every row of a predictions file (one pass, typed arrays). */
export function shotPositions(data: PredictionsData): ShotPositions {
  const n = data.target.length
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  const locX = data.context.loc_x
  const locY = data.context.loc_y
  const lat = data.features.lat
  const lng = data.features.lng
  let fromLoc = 0
  let fromLatLng = 0
  let unplaced = 0
  for (let i = 0; i < n; i++) {
    const lx = toNumber(locX?.[i])
    const ly = toNumber(locY?.[i])
    if (Number.isFinite(lx) && Number.isFinite(ly)) {
      x[i] = lx
      y[i] = ly
      fromLoc++
      continue
    }
    const la = lat?.[i] ?? Number.NaN
    const lo = lng?.[i] ?? Number.NaN
    if (Number.isFinite(la) && Number.isFinite(lo)) {
      const at = latLonToLoc({ lat: la, lon: lo })
      x[i] = at.x
      y[i] = at.y
      fromLatLng++
    } else {
      x[i] = Number.NaN
      y[i] = Number.NaN
      unplaced++
    }
  }
  return { x, y, fromLoc, fromLatLng, unplaced }
}
