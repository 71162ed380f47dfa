'use client'

import { useCallback, useState, type MouseEvent } from 'react'
import type { PlotPlacement } from './overlay-circles'
import { nearestPoint, type NearestPoint, type OverlayLine } from './overlay-lines'

interface Hovered {
  on: { lines: unknown; placement: unknown; shown: unknown }
  point: NearestPoint
}

/** A point found over these lines, axes and legend (not over ones since replaced). */
const over = (
  h: Hovered | null,
  lines: unknown,
  placement: unknown,
  shown: unknown,
): h is Hovered =>
  h !== null && h.on.lines === lines && h.on.placement === placement && h.on.shown === shown

/**
 * The overlay lines' point under the pointer (within Plotly's 20 px hover distance), as Plotly's
 * 'closest' hover would pick it; forgotten when the lines or the axes change.
 */
export function useCurveHover(
  lines: readonly OverlayLine[] | null,
  shown: readonly boolean[],
  placement: PlotPlacement | null,
) {
  const [hovered, setHovered] = useState<Hovered | null>(null)
  const onMouseMove = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (!lines || !placement) return
      const box = event.currentTarget.getBoundingClientRect()
      const point = nearestPoint(
        lines,
        shown,
        placement,
        event.clientX - box.left,
        event.clientY - box.top,
      )
      setHovered((previous) =>
        point === null
          ? null
          : over(previous, lines, placement, shown) &&
              previous.point.line === point.line &&
              previous.point.index === point.index
            ? previous
            : { on: { lines, placement, shown }, point },
      )
    },
    [lines, shown, placement],
  )
  const onMouseLeave = useCallback(() => setHovered(null), [])
  return {
    point: over(hovered, lines, placement, shown) ? hovered.point : null,
    onMouseMove,
    onMouseLeave,
  }
}
