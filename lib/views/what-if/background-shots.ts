import type { PredictionsData } from '../../predictions/types'
import { shotPositions } from '../court/shot-positions'

/** Dev and prod shots on one court, behind the what-if marker: positions and which file. */
export interface BackgroundShots {
  x: Float64Array
  y: Float64Array
  /** 0 = dev, 1 = prod */
  dataset: Uint8Array
  dev: number
  prod: number
}

/**
 * Every placeable shot of both files (prod drawn last, on top), with its dataset; rows without a
 * position are left out. Either side may be null (not loaded or absent).
 */
export function backgroundShots(
  dev: PredictionsData | null,
  prod: PredictionsData | null,
): BackgroundShots {
  const sides = [dev, prod].map((data) => (data ? shotPositions(data) : null))
  const count = sides.reduce((n, s) => n + (s ? s.fromLoc + s.fromLatLng : 0), 0)
  const x = new Float64Array(count)
  const y = new Float64Array(count)
  const dataset = new Uint8Array(count)
  const placed = [0, 0]
  let k = 0
  sides.forEach((side, d) => {
    if (!side) return
    for (let i = 0; i < side.x.length; i++) {
      if (!Number.isFinite(side.x[i]!) || !Number.isFinite(side.y[i]!)) continue
      x[k] = side.x[i]!
      y[k] = side.y[i]!
      dataset[k++] = d
      placed[d]!++
    }
  })
  return { x, y, dataset, dev: placed[0]!, prod: placed[1]! }
}
