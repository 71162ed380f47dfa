'use client'

import { useCallback, useState, type MouseEvent } from 'react'
import type { PlotPlacement } from './overlay-circles'
import { nearestPoint, type NearestPoint, type OverlayLine } from './overlay-lines'

/**
 * The overlay lines' point under the pointer (within Plotly's 20 px hover distance), as Plotly's
 * 'closest' hover would pick it; forgotten when the lines or the axes change.
 */
export function useCurveHover(
  lines: readonly OverlayLine[] | null,
  shown: readonly boolean[],
  placement: PlotPlacement | null,
) {
  const [hovered, setHovered] = useState<{
    on: { lines: unknown; placement: unknown; shown: unknown }
    point: NearestPoint
  } | null>(null)
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
          : previous?.point.line === point.line &&
              previous.point.index === point.index &&
              previous.on.lines === lines &&
              previous.on.placement === placement &&
              previous.on.shown === shown
            ? previous
            : { on: { lines, placement, shown }, point },
      )
    },
    [lines, shown, placement],
  )
  const onMouseLeave = useCallback(() => setHovered(null), [])
  const current =
    hovered &&
    hovered.on.lines === lines &&
    hovered.on.placement === placement &&
    hovered.on.shown === shown
      ? hovered.point
      : null
  return { point: current, onMouseMove, onMouseLeave }
}
