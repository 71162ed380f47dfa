'use client'

import L from 'leaflet'
import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { CourtPoints } from './court-types'
import { textTooltip } from './text-tooltip'

interface BuiltLayer {
  markers: (L.CircleMarker | null)[]
  /** the colour function the markers were last painted with, and each marker's colour */
  color: (i: number) => string
  colors: string[]
}

/**
 * One circle marker per shot on the map's shared canvas renderer (the map has preferCanvas),
 * created once per position arrays (`points.x`, `points.y`) and removed on cleanup. A new
 * `points.color` only restyles the markers whose colour changed (no rebuild), so a threshold
 * change repaints without recreating 30k markers. A single tooltip is reused and filled with
 * text on hover, from the latest `points.tooltip`. Reports how long building and the first
 * canvas draw took (`onDrawn`), and each restyle (`onRestyled`: markers changed, ms).
 */
export function ShotLayer(props: {
  points: CourtPoints
  radius: number
  onDrawn: (count: number, ms: number) => void
  onRestyled?: (changed: number, ms: number) => void
}) {
  const { points, radius, onDrawn, onRestyled } = props
  const map = useMap()
  const latest = useRef(points)
  const built = useRef<BuiltLayer | null>(null)
  const { x: xs, y: ys } = points
  const interactive = points.tooltip !== undefined

  // declared first: the effects below run after it in the same commit and read the latest points
  useEffect(() => {
    latest.current = points
  })

  useEffect(() => {
    const start = performance.now()
    const group = L.featureGroup()
    const indexOf = new WeakMap<L.Layer, number>()
    const color = latest.current.color
    const n = Math.min(xs.length, ys.length)
    const markers: (L.CircleMarker | null)[] = new Array(n).fill(null)
    const colors: string[] = new Array(n).fill('')
    let drawn = 0
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number
      const y = ys[i] as number
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue
      const fillColor = color(i)
      const marker = L.circleMarker([y, x], {
        radius,
        stroke: false,
        fillColor,
        fillOpacity: 0.7,
        interactive,
      })
      indexOf.set(marker, i)
      group.addLayer(marker)
      markers[i] = marker
      colors[i] = fillColor
      drawn++
    }
    built.current = { markers, color, colors }
    const tooltip = L.tooltip({ direction: 'top', offset: [0, -radius - 2], opacity: 0.95 })
    if (interactive) {
      group.on('mouseover', (event) => {
        const layer = event.propagatedFrom as L.CircleMarker
        const i = indexOf.get(layer)
        const text = latest.current.tooltip
        if (i === undefined || !text) return
        tooltip.setLatLng(layer.getLatLng()).setContent(textTooltip(text(i)))
        map.openTooltip(tooltip)
      })
      group.on('mouseout', () => map.closeTooltip(tooltip))
    }
    group.addTo(map)
    // Leaflet draws the canvas on the next animation frame; time up to the end of that frame
    const frame = requestAnimationFrame(() => onDrawn(drawn, performance.now() - start))
    return () => {
      cancelAnimationFrame(frame)
      built.current = null
      map.closeTooltip(tooltip)
      group.remove()
    }
  }, [map, xs, ys, radius, interactive, onDrawn])

  const color = points.color
  useEffect(() => {
    const layer = built.current
    if (!layer || layer.color === color) return
    const start = performance.now()
    let changed = 0
    layer.markers.forEach((marker, i) => {
      if (!marker) return
      const fillColor = color(i)
      if (fillColor === layer.colors[i]) return
      marker.setStyle({ fillColor })
      layer.colors[i] = fillColor
      changed++
    })
    layer.color = color
    // the canvas repaints once, on the next animation frame
    const frame = requestAnimationFrame(() => onRestyled?.(changed, performance.now() - start))
    return () => cancelAnimationFrame(frame)
  }, [color, onRestyled])
  return null
}
