'use client'

import type L from 'leaflet'

/** Container pixels of court point (x, y): (ox + sx · x, oy + sy · y). */
export interface CourtTransform {
  ox: number
  oy: number
  sx: number
  sy: number
}

/**
 * The map's court-units → container-pixels transform, unrounded. CRS.Simple is affine, so two
 * projected points give it; but `latLngToContainerPoint` rounds to whole pixels, which at a
 * fractional zoom made the unit step 1 px whatever the scale (at 0.84 px per unit, every shot
 * was drawn 19 % too far from the basket). `project` keeps the fractions.
 */
export function courtTransform(map: L.Map): CourtTransform {
  const zoom = map.getZoom()
  const origin = map.project([0, 0], zoom)
  const unit = map.project([1, 1], zoom)
  const pixelOrigin = map.getPixelOrigin()
  // container point = layer point + the map pane's offset (layerPointToContainerPoint)
  const pane = map.layerPointToContainerPoint([0, 0])
  return {
    ox: origin.x - pixelOrigin.x + pane.x,
    oy: origin.y - pixelOrigin.y + pane.y,
    sx: unit.x - origin.x,
    sy: unit.y - origin.y,
  }
}
