/**
 * How the Kobe data's coordinates relate, fitted on all 30,697 rows of the course files
 * (dataset_kobe_dev.parquet and dataset_kobe_prod.parquet) and pinned in coordinates.test.ts:
 *
 *   lat = 34.0443 − loc_y / 1000      lon = −118.2698 + loc_x / 1000
 *
 * (largest residual 6.5e-11 degrees, float rounding of the stored 4-decimal values: the
 * origin is the Staples Center's basket, one loc unit = 0.001 degree). loc_x and loc_y are
 * integers in tenths of a foot from the basket centre; loc_y grows away from the baseline.
 *
 *   shot_distance = floor(sqrt(loc_x² + loc_y²) / 10)     (feet, truncated, not rounded)
 *
 * agrees with the data on 24,271 / 24,271 dev rows and 6,426 / 6,426 prod rows (rounding
 * instead agrees on only 60.5 % and 50.3 %).
 */
export const LAT_AT_BASKET = 34.0443
export const LON_AT_BASKET = -118.2698
/** degrees of latitude or longitude per loc unit (a tenth of a foot) */
export const DEGREES_PER_LOC_UNIT = 0.001

export interface CourtXY {
  /** loc_x, tenths of a foot, positive towards the data's "Right Side(R)" zones */
  x: number
  /** loc_y, tenths of a foot from the basket centre towards half court */
  y: number
}

export interface LatLon {
  lat: number
  lon: number
}

export function locToLatLon({ x, y }: CourtXY): LatLon {
  return {
    lat: LAT_AT_BASKET - y * DEGREES_PER_LOC_UNIT,
    lon: LON_AT_BASKET + x * DEGREES_PER_LOC_UNIT,
  }
}

/** The inverse of locToLatLon; Math.round gives back the data's integer loc values. */
export function latLonToLoc({ lat, lon }: LatLon): CourtXY {
  return {
    x: (lon - LON_AT_BASKET) / DEGREES_PER_LOC_UNIT,
    y: (LAT_AT_BASKET - lat) / DEGREES_PER_LOC_UNIT,
  }
}

/**
 * The data's `shot_distance` (whole feet) for a location: floor(sqrt(x² + y²) / 10), computed
 * so that exact multiples of 10 never fall a foot short through floating-point error.
 */
export function shotDistanceFeet({ x, y }: CourtXY): number {
  const squared = x * x + y * y
  let feet = Math.floor(Math.sqrt(squared) / 10)
  while (100 * (feet + 1) * (feet + 1) <= squared) feet++
  while (feet > 0 && 100 * feet * feet > squared) feet--
  return feet
}
