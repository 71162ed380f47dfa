/**
 * Line traces drawn over a Plotly chart as SVG paths instead of by Plotly: the performance
 * curves, which every filter change replaces. Handing Plotly new curves is a full redraw of the
 * chart (axes, legend, traces: about 28 ms of main-thread CPU per chart on the Kobe data);
 * Plotly keeps the axes and a legend entry per curve, and the overlay redraws a path.
 */
import { toPixel, type PlotPlacement } from './overlay-circles'

/** A hover line's parts: literal text and the point's x, y (fixed decimals) or text. */
export type HoverPart = string | { field: 'x' | 'y'; decimals: number } | { field: 'text' }

/** A line trace in the plain form the overlay draws: points in data units, style in pixels. */
export interface OverlayLine {
  x: ArrayLike<number | null>
  y: ArrayLike<number | null>
  color: string
  width: number
  /** SVG stroke-dasharray as Plotly draws the trace's dash ('' for solid) */
  dasharray: string
  /** Plotly's line shape 'hv': horizontal then vertical steps */
  steps: boolean
  /** the hover box's lines and its label (Plotly's <extra>), null when the trace has no hover */
  hover: { lines: HoverPart[][]; label: string } | null
  /** the trace's `text` (hover texts), read on hover: a lazily formatted `text` stays unformatted */
  text: () => ArrayLike<string> | null
  /** +1 when x never decreases, -1 when it never increases, 0 otherwise (hover searches) */
  order: 1 | -1 | 0
}

const isArray = (v: unknown): v is ArrayLike<unknown> =>
  Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView))

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

const isTextArray = (v: unknown, length: number): v is string[] =>
  Array.isArray(v) && v.length === length

/** Plotly's dash styles (drawing.dashStyle): the dash lengths grow with the width, at least 3. */
function dashArray(dash: unknown, width: number): string | null {
  const w = Math.max(width, 3)
  if (dash === undefined || dash === 'solid') return ''
  if (dash === 'dot') return `${w}px,${w}px`
  if (dash === 'dash') return `${3 * w}px,${3 * w}px`
  return null
}

/** A hovertemplate's body as lines of parts; null for anything the readout does not format. */
export function hoverLines(template: string): HoverPart[][] | null {
  const lines: HoverPart[][] = []
  for (const line of template.split('<br>')) {
    const parts: HoverPart[] = []
    let rest = line
    while (rest.length > 0) {
      const at = rest.indexOf('%{')
      if (at < 0) {
        parts.push(rest)
        break
      }
      if (at > 0) parts.push(rest.slice(0, at))
      const end = rest.indexOf('}', at)
      if (end < 0) return null
      const field = rest.slice(at + 2, end)
      const fixed = /^([xy]):\.(\d)f$/.exec(field)
      if (fixed) parts.push({ field: fixed[1] as 'x' | 'y', decimals: Number(fixed[2]) })
      else if (field === 'text') parts.push({ field: 'text' })
      else return null
      rest = rest.slice(end + 1)
    }
    if (parts.some((p) => typeof p === 'string' && /[<>&]/.test(p))) return null
    lines.push(parts)
  }
  return lines
}

function monotone(x: ArrayLike<number | null>): 1 | -1 | 0 {
  let up = true
  let down = true
  for (let i = 1; i < x.length && (up || down); i++) {
    const a = x[i - 1]
    const b = x[i]
    if (!finite(a) || !finite(b)) return 0
    if (b < a) up = false
    if (b > a) down = false
  }
  return up ? 1 : down ? -1 : 0
}

/**
 * The trace as an overlay line, or null when the overlay would not draw it as Plotly does
 * (anything but a plain scatter line on the x and y axes, solid, dashed or dotted, linear or
 * 'hv' steps, with no hover or a hovertemplate of x, y and text): Plotly then draws it.
 */
export function overlayLine(trace: object): OverlayLine | null {
  const t = trace as Record<string, unknown>
  const line = (t.line ?? {}) as Record<string, unknown>
  if (t.type !== 'scatter' || t.mode !== 'lines') return null
  if ((t.xaxis ?? 'x') !== 'x' || (t.yaxis ?? 'y') !== 'y') return null
  if (t.visible !== undefined || t.fill !== undefined || t.opacity !== undefined) return null
  if (!isArray(t.x) || !isArray(t.y) || t.x.length !== t.y.length) return null
  const width = line.width === undefined ? 2 : line.width
  if (typeof line.color !== 'string' || !finite(width)) return null
  const dasharray = dashArray(line.dash, width)
  if (dasharray === null) return null
  if (line.shape !== undefined && line.shape !== 'linear' && line.shape !== 'hv') return null
  // a `text` with a getter (lib's withThresholdTexts) is formatted on first read: checked then
  const lazyText = Object.getOwnPropertyDescriptor(t, 'text')?.get !== undefined
  const points = t.x.length
  const plainText = lazyText || t.text === undefined ? null : t.text
  if (plainText !== null && !isTextArray(plainText, points)) return null
  let hover: OverlayLine['hover'] = null
  if (t.hoverinfo !== 'skip') {
    if (typeof t.hovertemplate !== 'string') return null
    const extra = /<extra>(.*)<\/extra>$/.exec(t.hovertemplate)
    const body = extra ? t.hovertemplate.slice(0, extra.index) : t.hovertemplate
    const lines = hoverLines(body)
    if (lines === null) return null
    hover = { lines, label: extra ? extra[1]! : typeof t.name === 'string' ? t.name : '' }
  }
  const x = t.x as ArrayLike<number | null>
  return {
    x,
    y: t.y as ArrayLike<number | null>,
    color: line.color,
    width,
    dasharray,
    steps: line.shape === 'hv',
    hover,
    text: lazyText
      ? () => {
          const text = t.text
          return isTextArray(text, points) ? text : null
        }
      : () => plainText as string[] | null,
    order: monotone(x),
  }
}

/** Every trace as an overlay line, or null when one of them is not one (Plotly draws them). */
export function overlayLines(traces: readonly object[] | undefined): OverlayLine[] | null {
  if (!traces || traces.length === 0) return null
  const lines = traces.map(overlayLine)
  return lines.every((l): l is OverlayLine => l !== null) ? lines : null
}

const px = (v: number) => Math.round(v * 100) / 100

/**
 * The line's SVG path on the placed axes, as Plotly draws a scatter line: a gap (a missing or
 * non-finite value) breaks it, 'hv' steps go across then up or down.
 */
export function linePath(line: OverlayLine, placement: PlotPlacement): string {
  const out: string[] = []
  let open = false
  for (let i = 0; i < line.x.length; i++) {
    const x = line.x[i]
    const y = line.y[i]
    if (!finite(x) || !finite(y)) {
      open = false
      continue
    }
    const X = px(toPixel(placement.x, x, false))
    const Y = px(toPixel(placement.y, y, true))
    if (!open) out.push(`M${X},${Y}`)
    else if (line.steps) out.push(`H${X}V${Y}`)
    else out.push(`L${X},${Y}`)
    open = true
  }
  return out.join('')
}

/** The point of a line nearest a pixel of the chart, as Plotly's 'closest' hover finds it. */
export interface NearestPoint {
  line: number
  index: number
  /** its pixel on the chart */
  px: number
  py: number
}

/** The first index whose x is not before `value` in the line's order (a binary search). */
function firstFrom(x: ArrayLike<number | null>, value: number, order: 1 | -1): number {
  let lo = 0
  let hi = x.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((x[mid] as number) * order < value * order) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The point within `radius` pixels of (mx, my) nearest it, over the lines that are shown and have
 * a hover; a line whose x is sorted is searched only where x is within the radius.
 */
export function nearestPoint(
  lines: readonly OverlayLine[],
  shown: readonly boolean[],
  placement: PlotPlacement,
  mx: number,
  my: number,
  radius = 20,
): NearestPoint | null {
  let best: NearestPoint | null = null
  let bestDistance = radius * radius
  const { x: xAxis, y: yAxis } = placement
  const perPixel = (xAxis.range[1] - xAxis.range[0]) / xAxis.length
  lines.forEach((line, l) => {
    if (!line.hover || shown[l] === false) return
    let from = 0
    let to = line.x.length
    if (line.order !== 0) {
      const at = xAxis.range[0] + (mx - xAxis.offset) * perPixel
      const a = firstFrom(line.x, at - radius * Math.abs(perPixel) * line.order, line.order)
      const b = firstFrom(line.x, at + radius * Math.abs(perPixel) * line.order, line.order)
      from = Math.max(0, a - 1)
      to = Math.min(line.x.length, b + 1)
    }
    for (let i = from; i < to; i++) {
      const x = line.x[i]
      const y = line.y[i]
      if (!finite(x) || !finite(y)) continue
      const X = toPixel(xAxis, x, false)
      const Y = toPixel(yAxis, y, true)
      const d = (X - mx) ** 2 + (Y - my) ** 2
      if (d <= bestDistance) {
        bestDistance = d
        best = { line: l, index: i, px: X, py: Y }
      }
    }
  })
  return best
}

/** The hover box's lines for one point, numbers with the chart's decimal separator. */
export function hoverText(line: OverlayLine, index: number, decimalSeparator: string): string[] {
  if (!line.hover) return []
  const value = (v: number | null | undefined, decimals: number) =>
    finite(v) ? v.toFixed(decimals).replace('.', decimalSeparator).replace(/^-/, '−') : ''
  return line.hover.lines.map((parts) =>
    parts
      .map((p) =>
        typeof p === 'string'
          ? p
          : p.field === 'text'
            ? (line.text()?.[index] ?? '')
            : value(line[p.field][index], p.decimals),
      )
      .join(''),
  )
}

// one array for every stand-in: Plotly compares data arrays by identity, so the same array is
// no change to recalculate
const NO_POINT: readonly null[] = Object.freeze([null])

/**
 * What Plotly draws of a curve the overlay draws: its legend entry (name, group, line style) on
 * a point-less trace, named `legendName` when the curve has one (a name that stays when a filter
 * changes the figure in `name`, e.g. its AUC: a renamed entry has Plotly restyle the legend, a
 * third of a filter change's time on the Kobe data). The PNG, drawn from the curves themselves,
 * keeps `name`.
 */
export function legendStandIn(trace: object): object {
  const t = trace as Record<string, unknown>
  const standIn: Record<string, unknown> = {
    type: 'scatter',
    mode: 'lines',
    x: NO_POINT,
    y: NO_POINT,
    line: t.line,
    hoverinfo: 'skip',
  }
  for (const key of ['name', 'legendgroup', 'showlegend', 'legendrank'] as const)
    if (t[key] !== undefined) standIn[key] = t[key]
  if (typeof t.legendName === 'string') standIn.name = t.legendName
  return standIn
}

/** Whether each stand-in (traces from `from` on) is shown: a legend click hides its curve. */
export function readShown(graphDiv: unknown, from: number, count: number): boolean[] {
  const full = (graphDiv as { _fullData?: { visible?: unknown }[] })._fullData ?? []
  return Array.from({ length: count }, (_, i) => (full[from + i]?.visible ?? true) === true)
}
