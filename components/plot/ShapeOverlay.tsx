'use client'

import { useId, useMemo } from 'react'
import { toPixel, type OverlayCircle, type PlotPlacement } from './overlay-circles'
import { linePath, type NearestPoint, type OverlayLine } from './overlay-lines'

/**
 * Lines and circles over a drawn Plotly chart, where Plotly would draw them as traces and
 * shapes: clipped to the plot area as Plotly clips them, transparent to the pointer so hover and
 * zoom reach the chart. The lines (a legend click hides one, as Plotly would) go under the circles.
 */
export function ShapeOverlay({
  circles,
  lines,
  shown,
  hovered,
  placement,
  width,
  height,
}: {
  circles: readonly OverlayCircle[] | null
  lines: readonly OverlayLine[] | null
  shown: readonly boolean[]
  hovered: NearestPoint | null
  placement: PlotPlacement
  width: number
  height: number
}) {
  // an id usable in url(#…): React's ids hold colons
  const clip = `overlay-clip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const { x, y } = placement
  // a path per line, redrawn when the lines or the axes change (not on hover)
  const paths = useMemo(
    () => (lines ?? []).map((line) => linePath(line, placement)),
    [lines, placement],
  )
  const mark = hovered && lines?.[hovered.line]
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
        {lines?.map((line, i) =>
          shown[i] === false ? null : (
            <path
              key={i}
              data-testid="overlay-line"
              d={paths[i]}
              fill="none"
              stroke={line.color}
              strokeWidth={line.width}
              strokeDasharray={line.dasharray || undefined}
            />
          ),
        )}
        {circles?.map((c, i) => (
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
        {hovered && mark && (
          <circle cx={hovered.px} cy={hovered.py} r={4} fill={mark.color} stroke="white" />
        )}
      </g>
    </svg>
  )
}
