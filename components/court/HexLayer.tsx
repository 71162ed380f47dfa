'use client'

import L from 'leaflet'
import { useEffect } from 'react'
import { useMap } from 'react-leaflet'
import { hexagonCorners, type HexBin } from '@/lib/court/hexbin'
import { textTooltip } from './text-tooltip'

/** Hexagons as canvas polygons, coloured and described by the caller. */
export function HexLayer(props: {
  bins: readonly HexBin[]
  radius: number
  colorOf: (bin: HexBin) => string
  describe: (bin: HexBin) => string
  onDrawn: (count: number, ms: number) => void
}) {
  const { bins, radius, colorOf, describe, onDrawn } = props
  const map = useMap()
  useEffect(() => {
    const start = performance.now()
    const group = L.featureGroup()
    for (const bin of bins) {
      const corners = hexagonCorners(bin.cx, bin.cy, radius * 0.96).map(([x, y]) => L.latLng(y, x))
      const color = colorOf(bin)
      const polygon = L.polygon(corners, { stroke: false, fillColor: color, fillOpacity: 0.85 })
      polygon.bindTooltip(() => textTooltip(describe(bin)), { direction: 'top', sticky: true })
      group.addLayer(polygon)
    }
    group.addTo(map)
    const frame = requestAnimationFrame(() => onDrawn(bins.length, performance.now() - start))
    return () => {
      cancelAnimationFrame(frame)
      group.remove()
    }
  }, [map, bins, radius, colorOf, describe, onDrawn])
  return null
}
