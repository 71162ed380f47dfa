/**
 * Layout shapes drawn over a Plotly chart in an SVG of their own instead of by Plotly: circles of
 * a fixed pixel size at data coordinates (the performance curves' operating points). Moving one
 * then re-renders a `<circle>` instead of asking Plotly for the figure's defaults again and its
 * shapes (20 ms of a threshold move's main-thread CPU on the two curve charts).
 */

/** One drawn cartesian axis, as Plotly placed it: maps a data value to a pixel of the chart. */
export interface AxisPlacement {
  offset: number
  length: number
  range: readonly [number, number]
}

export interface PlotPlacement {
  x: AxisPlacement
  y: AxisPlacement
}

/** A circle shape in the plain form the overlay draws: centre in data units, sizes in pixels. */
export interface OverlayCircle {
  x: number
  y: number
  /** centre offset from (x, y) in pixels, up positive as in Plotly's pixel sizing */
  dx: number
  dy: number
  rx: number
  ry: number
  fill: string
  stroke: string
  strokeWidth: number
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/**
 * The shape as an overlay circle, or null when the overlay cannot draw it as Plotly would
 * (anything but a filled circle on the x and y axes sized in pixels): that shape stays Plotly's.
 */
export function overlayCircle(shape: object): OverlayCircle | null {
  const s = shape as Record<string, unknown>
  const line = (s.line ?? {}) as Record<string, unknown>
  const { xanchor, yanchor, x0, x1, y0, y1 } = s
  if (s.type !== 'circle' || s.xref !== 'x' || s.yref !== 'y') return null
  if (s.xsizemode !== 'pixel' || s.ysizemode !== 'pixel' || s.layer !== 'above') return null
  if (!num(xanchor) || !num(yanchor) || !num(x0) || !num(x1) || !num(y0) || !num(y1)) return null
  if (typeof s.fillcolor !== 'string' || typeof line.color !== 'string' || !num(line.width))
    return null
  if (s.opacity !== undefined || line.dash !== undefined) return null
  return {
    x: xanchor,
    y: yanchor,
    dx: (x0 + x1) / 2,
    dy: (y0 + y1) / 2,
    rx: Math.abs(x1 - x0) / 2,
    ry: Math.abs(y1 - y0) / 2,
    fill: s.fillcolor,
    stroke: line.color,
    strokeWidth: line.width,
  }
}

/** Every shape as an overlay circle, or null when one of them is not one (Plotly draws them). */
export function overlayCircles(shapes: readonly object[] | undefined): OverlayCircle[] | null {
  if (!shapes || shapes.length === 0) return null
  const circles = shapes.map(overlayCircle)
  return circles.every((c): c is OverlayCircle => c !== null) ? circles : null
}

function placedAxis(axis: unknown): AxisPlacement | null {
  const a = axis as { type?: unknown; range?: unknown; _offset?: unknown; _length?: unknown }
  if (!a || a.type !== 'linear' || !Array.isArray(a.range)) return null
  const [r0, r1] = a.range as unknown[]
  if (!num(r0) || !num(r1) || r0 === r1 || !num(a._offset) || !num(a._length)) return null
  return { offset: a._offset, length: a._length, range: [r0, r1] }
}

/**
 * Where Plotly drew the chart's x and y axes, from its graph div after a draw (its full layout's
 * `_offset`, `_length` and `range`, what its own shapes are placed by); null when an axis is not
 * linear, so the overlay is not drawn and the shapes go to Plotly.
 */
export function readPlacement(graphDiv: unknown): PlotPlacement | null {
  const full = (graphDiv as { _fullLayout?: { xaxis?: unknown; yaxis?: unknown } })._fullLayout
  const x = placedAxis(full?.xaxis)
  const y = placedAxis(full?.yaxis)
  return x && y ? { x, y } : null
}

export function samePlacement(a: PlotPlacement | null, b: PlotPlacement | null): boolean {
  if (a === null || b === null) return a === b
  const same = (p: AxisPlacement, q: AxisPlacement) =>
    p.offset === q.offset &&
    p.length === q.length &&
    p.range[0] === q.range[0] &&
    p.range[1] === q.range[1]
  return same(a.x, b.x) && same(a.y, b.y)
}

/** The pixel of a data value on a placed axis; y runs down the page as Plotly's does. */
export function toPixel(axis: AxisPlacement, value: number, vertical: boolean): number {
  const share = (value - axis.range[0]) / (axis.range[1] - axis.range[0])
  return axis.offset + axis.length * (vertical ? 1 - share : share)
}
