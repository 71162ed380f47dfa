'use client'

import { hoverText, type NearestPoint, type OverlayLine } from './overlay-lines'

/**
 * The hover box of an overlay line's point, as Plotly's hover label reads (its hovertemplate's
 * lines and the trace's label), beside the point and kept inside the chart.
 */
export function HoverReadout({
  line,
  point,
  width,
  decimalSeparator,
}: {
  line: OverlayLine
  point: NearestPoint
  width: number
  decimalSeparator: string
}) {
  const rows = hoverText(line, point.index, decimalSeparator)
  const left = point.px > width / 2
  return (
    <div
      data-testid="overlay-hover"
      className="pointer-events-none absolute rounded border border-slate-400 bg-white px-2 py-1 text-xs whitespace-nowrap text-slate-800 shadow-sm dark:border-slate-500 dark:bg-slate-800 dark:text-slate-200"
      style={{
        top: point.py,
        transform: 'translateY(-50%)',
        ...(left ? { right: width - point.px + 10 } : { left: point.px + 10 }),
        borderLeft: `4px solid ${line.color}`,
      }}
    >
      {rows.map((row, i) => (
        <div key={i}>{row}</div>
      ))}
      {line.hover?.label && <div className="font-medium">{line.hover.label}</div>}
    </div>
  )
}
