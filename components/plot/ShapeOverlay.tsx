'use client'

import { useId } from 'react'
import { toPixel, type OverlayCircle, type PlotPlacement } from './overlay-circles'

/**
 * Circles over a drawn Plotly chart, where Plotly would draw them as shapes: clipped to the plot
 * area as Plotly clips its shapes, transparent to the pointer so hover and zoom reach the chart.
 */
export function ShapeOverlay({
  circles,
  placement,
  width,
  height,
}: {
  circles: readonly OverlayCircle[]
  placement: PlotPlacement
  width: number
  height: number
}) {
  // an id usable in url(#…): React's ids hold colons
  const clip = `overlay-clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const { x, y } = placement
  return (
    <svg
      aria-hidden="true"
      data-testid="plot-overlay"
      className="pointer-events-none absolute top-0 left-0"
      width={width}
      height={height}
    >
      <clipPath id={clip}>
        <rect x={x.offset} y={y.offset} width={x.length} height={y.length} />
      </clipPath>
      <g clipPath={`url(#${clip})`}>
        {circles.map((c, i) => (
          <ellipse
            key={i}
            cx={toPixel(x, c.x, false) + c.dx}
            cy={toPixel(y, c.y, true) - c.dy}
            rx={c.rx}
            ry={c.ry}
            fill={c.fill}
            stroke={c.stroke}
            strokeWidth={c.strokeWidth}
          />
        ))}
      </g>
    </svg>
  )
}
