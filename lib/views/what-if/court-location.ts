import { latLonToLoc, locToLatLon, shotDistanceFeet, type CourtXY } from '../../court/coordinates'
import { BASELINE_Y, COURT_HALF_WIDTH, FAR_BASELINE_Y } from '../../court/court-geometry'

/** A location as the model sees it: the data's lat/lng (4 decimals) and whole-feet distance. */
export interface ShotLocation {
  lat: number
  lng: number
  shot_distance: number
}

/** lat/lng to 4 decimals, as the Kobe files store them (one loc unit = 0.0001 degree). */
const round4 = (v: number) => Number(v.toFixed(4))

/** Removes the float noise of the degree → loc conversion (122.99999999999 → 123). */
const clean = (v: number) => Math.round(v * 1e6) / 1e6

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

/**
 * The location of a court click: snapped to whole loc units (the data's integer loc_x/loc_y),
 * kept inside the court, with lat/lng and shot_distance computed by the rules of
 * `lib/court/coordinates.ts`, so a clicked shot looks exactly like a row of the data.
 */
export function locationOfCourtPoint(at: CourtXY): ShotLocation & CourtXY {
  const x = clamp(Math.round(at.x), -COURT_HALF_WIDTH, COURT_HALF_WIDTH)
  const y = clamp(Math.round(at.y), Math.ceil(BASELINE_Y), Math.floor(FAR_BASELINE_Y))
  const { lat, lon } = locToLatLon({ x, y })
  return { x, y, lat: round4(lat), lng: round4(lon), shot_distance: shotDistanceFeet({ x, y }) }
}

/** The court point (loc units) of a lat/lng, for the marker. */
export function courtPointOfLatLng(lat: number, lng: number): CourtXY {
  const { x, y } = latLonToLoc({ lat, lon: lng })
  return { x: clean(x), y: clean(y) }
}

/** The data's shot_distance rule applied to a lat/lng: agrees with every Kobe row. */
export function shotDistanceOfLatLng(lat: number, lng: number): number {
  return shotDistanceFeet(courtPointOfLatLng(lat, lng))
}
