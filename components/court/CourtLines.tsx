'use client'

import { useMemo } from 'react'
import { Pane, SVGOverlay } from 'react-leaflet'
import {
  COURT_HALF_WIDTH,
  courtLinePath,
  courtShapes,
  courtViewBox,
  courtYRange,
  type CourtExtent,
} from '@/lib/court/court-geometry'
import type { Theme } from '@/components/shell/theme'
import { COURT_COLORS } from './court-colors'

/** The court drawn to scale as one SVG overlay, in its own pane below the shots. */
export function CourtLines({ extent, theme }: { extent: CourtExtent; theme: Theme }) {
  const colors = COURT_COLORS[theme]
  const [bottom, top] = courtYRange(extent)
  const shapes = useMemo(() => courtShapes(extent), [extent])
  const bounds: [[number, number], [number, number]] = [
    [bottom, -COURT_HALF_WIDTH],
    [top, COURT_HALF_WIDTH],
  ]
  return (
    <Pane name="court-lines" style={{ zIndex: 250 }}>
      <SVGOverlay
        key={`${extent}-${theme}`}
        bounds={bounds}
        interactive={false}
        attributes={{ viewBox: courtViewBox(extent), preserveAspectRatio: 'none' }}
      >
        {shapes.map((shape) => {
          const filled =
            shape.id === 'outline'
              ? colors.floor
              : shape.id.endsWith('paint')
                ? colors.paint
                : 'none'
          const dashed = shape.kind === 'arc' && shape.dashed
          return (
            <path
              key={shape.id}
              d={courtLinePath(shape)}
              fill={filled}
              stroke={colors.line}
              strokeWidth={1.5}
              strokeDasharray={dashed ? '6 5' : undefined}
              vectorEffect="non-scaling-stroke"
            />
          )
        })}
      </SVGOverlay>
    </Pane>
  )
}
