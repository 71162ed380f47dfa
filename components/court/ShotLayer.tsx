'use client'

import L from 'leaflet'
import { useEffect, useRef } from 'react'
import { useMap } from 'react-leaflet'
import type { CourtPoints } from './court-types'
import { PointCanvasLayer } from './point-canvas-layer'
import { textTooltip } from './text-tooltip'

const OPACITY = 0.7

/** The colour function the shots were last painted with, and each drawn shot's colour index. */
interface Painted {
  color: (i: number) => string
  ids: Uint16Array
  colors: readonly string[]
}

/**
 * Each drawn shot's colour as an index into the distinct colours `color` returns, or straight
 * from the shots' classes when the points have them (no string per shot).
 */
function colorIndices(
  layer: PointCanvasLayer,
  points: CourtPoints,
): { ids: Uint16Array; colors: readonly string[] } {
  const n = layer.drawn
  const ids = new Uint16Array(n)
  const given = points.colorClasses
  if (given && given.palette.length > 0) {
    const { classes, palette } = given
    const last = palette.length - 1
    for (let k = 0; k < n; k++) ids[k] = Math.min(classes[layer.shotOf(k)] as number, last)
    return { ids, colors: palette }
  }
  const { color } = points
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
 * created once per map and removed on cleanup: new position arrays (`points.x`, `points.y`, a
 * filter change) and a new `points.color` (a threshold change) repaint that canvas in place, the
 * latter re-adding only the shots whose colour changed. A single tooltip is reused and filled
 * with text on hover (the shot on top under the pointer), from the latest `points.tooltip`.
 * Reports how long placing and drawing new positions took (`onDrawn`), and each recolouring
 * (`onRestyled`: drawn shots whose colour changed, ms).
 */
export function ShotLayer(props: {
  points: CourtPoints
  radius: number
  /** the shots to draw (indices into points), or null for all */
  order: Uint32Array | null
  /** shots with a finite position, when the caller has counted them */
  placed?: number
  onDrawn: (count: number, ms: number) => void
  onRestyled?: (changed: number, ms: number) => void
}) {
  const { points, radius, order, placed, onDrawn, onRestyled } = props
  const map = useMap()
  const latest = useRef(points)
  const layerRef = useRef<PointCanvasLayer | null>(null)
  const painted = useRef<Painted | null>(null)
  const { x: xs, y: ys } = points

  // declared first: the effects below run after it in the same commit and read the latest points
  useEffect(() => {
    latest.current = points
  })

  useEffect(() => {
    const layer = new PointCanvasLayer(radius, OPACITY)
    layer.addTo(map)
    layerRef.current = layer
    const tooltip = L.tooltip({ direction: 'top', offset: [0, -radius - 2], opacity: 0.95 })
    let shown = -1
    const container = map.getContainer()
    const onMove = (event: L.LeafletMouseEvent) => {
      const text = latest.current.tooltip
      const i = text ? layer.topAt(event.containerPoint) : -1
      if (i === shown) return
      shown = i
      container.style.cursor = i >= 0 ? 'pointer' : ''
      if (i < 0 || !text) {
        map.closeTooltip(tooltip)
        return
      }
      const [x, y] = layer.positionOf(i)
      tooltip.setLatLng([y, x]).setContent(textTooltip(text(i)))
      map.openTooltip(tooltip)
    }
    const onOut = () => {
      shown = -1
      container.style.cursor = ''
      map.closeTooltip(tooltip)
    }
    map.on('mousemove', onMove)
    map.on('mouseout', onOut)
    return () => {
      layerRef.current = null
      painted.current = null
      map.off('mousemove', onMove)
      map.off('mouseout', onOut)
      onOut()
      layer.remove()
    }
  }, [map, radius])

  useEffect(() => {
    const layer = layerRef.current
    if (!layer) return
    const start = performance.now()
    const current = latest.current
    layer.setPoints(xs, ys, order, placed)
    const { ids, colors } = colorIndices(layer, current)
    layer.setColors(ids, colors)
    painted.current = { color: current.color, ids, colors }
    // time up to the end of the frame that shows the canvas
    const frame = requestAnimationFrame(() => onDrawn(layer.placed, performance.now() - start))
    return () => cancelAnimationFrame(frame)
  }, [map, radius, xs, ys, order, placed, onDrawn])

  const color = points.color
  useEffect(() => {
    const layer = layerRef.current
    const current = painted.current
    if (!layer || !current || current.color === color) return
    const start = performance.now()
    const next = colorIndices(layer, latest.current)
    let changed = 0
    for (let i = 0; i < next.ids.length; i++) {
      if (next.colors[next.ids[i] as number] !== current.colors[current.ids[i] as number]) changed++
    }
    layer.setColors(next.ids, next.colors)
    painted.current = { color, ...next }
    const frame = requestAnimationFrame(() => onRestyled?.(changed, performance.now() - start))
    return () => cancelAnimationFrame(frame)
  }, [color, onRestyled])
  return null
}
