'use client'

import L from 'leaflet'
import { useEffect, useMemo, useRef } from 'react'
import { useMap } from 'react-leaflet'
import { hexIndex, hexKey } from '@/lib/court/hexbin'
import { HexCanvasLayer, type HexPaint } from './hex-canvas-layer'
import { textTooltip } from './text-tooltip'

/**
 * Hexagons on a canvas layer created once per map (HexCanvasLayer) and repainted in place when
 * `paint` changes, coloured and described by the caller. One tooltip, filled with the text of the
 * hexagon under the pointer. Reports each paint (`onDrawn`: hexagons, ms to the frame after).
 */
export function HexLayer(props: {
  paint: HexPaint
  describe: (k: number) => string
  onDrawn: (count: number, ms: number) => void
}) {
  const { paint, describe, onDrawn } = props
  const map = useMap()
  const layer = useRef<HexCanvasLayer | null>(null)
  const latest = useRef({ describe, lookup: new Map<number, number>(), radius: paint.radius })
  const lookup = useMemo(() => {
    const byKey = new Map<number, number>()
    for (let k = 0; k < paint.color.length; k++) {
      const [col, row] = hexIndex(paint.cx[k] as number, paint.cy[k] as number, paint.radius)
      byKey.set(hexKey(col, row), k)
    }
    return byKey
  }, [paint])
  useEffect(() => {
    latest.current = { describe, lookup, radius: paint.radius }
  })

  useEffect(() => {
    const hexes = new HexCanvasLayer()
    hexes.addTo(map)
    layer.current = hexes
    const tooltip = L.tooltip({ direction: 'top', sticky: true, opacity: 0.95 })
    let shown = -1
    const onMove = (event: L.LeafletMouseEvent) => {
      const { lookup: byKey, radius, describe: text } = latest.current
      const [col, row] = hexIndex(event.latlng.lng, event.latlng.lat, radius)
      const k = byKey.get(hexKey(col, row)) ?? -1
      if (k === shown) {
        if (k >= 0) tooltip.setLatLng(event.latlng)
        return
      }
      shown = k
      if (k < 0) {
        map.closeTooltip(tooltip)
        return
      }
      tooltip.setLatLng(event.latlng).setContent(textTooltip(text(k)))
      map.openTooltip(tooltip)
    }
    const onOut = () => {
      shown = -1
      map.closeTooltip(tooltip)
    }
    map.on('mousemove', onMove)
    map.on('mouseout', onOut)
    return () => {
      map.off('mousemove', onMove)
      map.off('mouseout', onOut)
      onOut()
      layer.current = null
      hexes.remove()
    }
  }, [map])

  useEffect(() => {
    const hexes = layer.current
    if (!hexes) return
    const start = performance.now()
    hexes.setHexes(paint)
    const frame = requestAnimationFrame(() =>
      onDrawn(paint.color.length, performance.now() - start),
    )
    return () => cancelAnimationFrame(frame)
  }, [paint, onDrawn])
  return null
}
