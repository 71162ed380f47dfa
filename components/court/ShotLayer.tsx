'use client'

import L from 'leaflet'
import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { CourtPoints } from './court-types'
import { PointCanvasLayer } from './point-canvas-layer'
import { textTooltip } from './text-tooltip'

const OPACITY = 0.7

interface BuiltLayer {
  layer: PointCanvasLayer
  /** the colour function the shots were last painted with, and each drawn shot's colour index */
  color: (i: number) => string
  ids: Uint16Array
  colors: string[]
}

/** Each drawn shot's colour as an index into the distinct colours `color` returns. */
function colorIndices(
  layer: PointCanvasLayer,
  color: (i: number) => string,
): { ids: Uint16Array; colors: string[] } {
  const n = layer.drawn
  const ids = new Uint16Array(n)
  const colors: string[] = []
  const index = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const c = color(layer.shotOf(i))
    let id = index.get(c)
    if (id === undefined) {
      id = colors.length
      index.set(c, id)
      colors.push(c)
    }
    ids[i] = id
  }
  return { ids, colors }
}

/**
 * Every shot on one canvas layer of its own (PointCanvasLayer, pixels composited in one pass),
 * created once per position arrays (`points.x`, `points.y`) and removed on cleanup. A new
 * `points.color` recolours and repaints that canvas without rebuilding anything, so a threshold
 * change on 200,000 shots stays within a frame or two. A single tooltip is reused and filled with
 * text on hover (the shot on top under the pointer), from the latest `points.tooltip`. Reports
 * how long building and the first draw took (`onDrawn`), and each recolouring (`onRestyled`:
 * drawn shots whose colour changed, ms).
 */
export function ShotLayer(props: {
  points: CourtPoints
  radius: number
  /** the shots to draw (indices into points), or null for all */
  order: Uint32Array | null
  onDrawn: (count: number, ms: number) => void
  onRestyled?: (changed: number, ms: number) => void
}) {
  const { points, radius, order, onDrawn, onRestyled } = props
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
    const layer = new PointCanvasLayer(xs, ys, radius, OPACITY, order)
    const color = latest.current.color
    const { ids, colors } = colorIndices(layer, color)
    layer.setColors(ids, colors)
    layer.addTo(map)
    built.current = { layer, color, ids, colors }
    const tooltip = L.tooltip({ direction: 'top', offset: [0, -radius - 2], opacity: 0.95 })
    let shown = -1
    const container = map.getContainer()
    const onMove = (event: L.LeafletMouseEvent) => {
      const i = layer.topAt(event.containerPoint)
      if (i === shown) return
      shown = i
      const text = latest.current.tooltip
      container.style.cursor = i >= 0 ? 'pointer' : ''
      if (i < 0 || !text) {
        map.closeTooltip(tooltip)
        return
      }
      tooltip.setLatLng([ys[i] as number, xs[i] as number]).setContent(textTooltip(text(i)))
      map.openTooltip(tooltip)
    }
    const onOut = () => {
      shown = -1
      container.style.cursor = ''
      map.closeTooltip(tooltip)
    }
    if (interactive) {
      map.on('mousemove', onMove)
      map.on('mouseout', onOut)
    }
    // time up to the end of the frame that shows the canvas
    const frame = requestAnimationFrame(() => onDrawn(layer.placed, performance.now() - start))
    return () => {
      cancelAnimationFrame(frame)
      built.current = null
      map.off('mousemove', onMove)
      map.off('mouseout', onOut)
      onOut()
      layer.remove()
    }
  }, [map, xs, ys, order, radius, interactive, onDrawn])

  const color = points.color
  useEffect(() => {
    const current = built.current
    if (!current || current.color === color) return
    const start = performance.now()
    const next = colorIndices(current.layer, color)
    let changed = 0
    for (let i = 0; i < next.ids.length; i++) {
      if (next.colors[next.ids[i] as number] !== current.colors[current.ids[i] as number]) changed++
    }
    current.layer.setColors(next.ids, next.colors)
    built.current = { ...current, color, ...next }
    const frame = requestAnimationFrame(() => onRestyled?.(changed, performance.now() - start))
    return () => cancelAnimationFrame(frame)
  }, [color, onRestyled])
  return null
}
