/**
 * NBA court lines in the Kobe data's units (tenths of a foot, basket centre at (0, 0), y towards
 * half court), to scale: 50 ft wide, baseline 4.75 ft behind the basket (y = −47.5), half-court
 * line at y = 422.5. Shapes are plain numbers; `courtLinePath` turns them into SVG path data.
 */
export type CourtExtent = 'half' | 'full'

export const COURT_HALF_WIDTH = 250
export const BASELINE_Y = -47.5
export const HALF_COURT_Y = 422.5
/** the far baseline, for a full court */
export const FAR_BASELINE_Y = 2 * HALF_COURT_Y - BASELINE_Y

export const HOOP_RADIUS = 7.5
export const BACKBOARD_Y = -7.5
export const BACKBOARD_HALF_WIDTH = 30
export const PAINT_HALF_WIDTH = 80
export const FREE_THROW_Y = BASELINE_Y + 190
export const CIRCLE_RADIUS = 60
export const RESTRICTED_RADIUS = 40
export const THREE_RADIUS = 237.5
export const CORNER_THREE_X = 220
/** where the corner three lines meet the arc: sqrt(237.5² − 220²) ≈ 89.48 */
export const CORNER_THREE_Y = Math.sqrt(THREE_RADIUS ** 2 - CORNER_THREE_X ** 2)

export type CourtShape =
  | { kind: 'line'; id: string; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'rect'; id: string; x: number; y: number; width: number; height: number }
  | { kind: 'circle'; id: string; cx: number; cy: number; r: number }
  /** counter-clockwise from `from` to `to` (radians, 0 = +x, π/2 = +y) */
  | {
      kind: 'arc'
      id: string
      cx: number
      cy: number
      r: number
      from: number
      to: number
      dashed?: boolean
    }

/** The y range a court extent covers, baseline to half court or to the far baseline. */
export function courtYRange(extent: CourtExtent): [number, number] {
  return [BASELINE_Y, extent === 'full' ? FAR_BASELINE_Y : HALF_COURT_Y]
}

/** One end of the court: the lines around the basket at (0, 0). */
function basketEnd(): CourtShape[] {
  const cornerAngle = Math.atan2(CORNER_THREE_Y, CORNER_THREE_X)
  return [
    { kind: 'circle', id: 'hoop', cx: 0, cy: 0, r: HOOP_RADIUS },
    {
      kind: 'line',
      id: 'backboard',
      x1: -BACKBOARD_HALF_WIDTH,
      y1: BACKBOARD_Y,
      x2: BACKBOARD_HALF_WIDTH,
      y2: BACKBOARD_Y,
    },
    {
      kind: 'rect',
      id: 'paint',
      x: -PAINT_HALF_WIDTH,
      y: BASELINE_Y,
      width: 2 * PAINT_HALF_WIDTH,
      height: FREE_THROW_Y - BASELINE_Y,
    },
    {
      kind: 'arc',
      id: 'free-throw-top',
      cx: 0,
      cy: FREE_THROW_Y,
      r: CIRCLE_RADIUS,
      from: 0,
      to: Math.PI,
    },
    {
      kind: 'arc',
      id: 'free-throw-bottom',
      cx: 0,
      cy: FREE_THROW_Y,
      r: CIRCLE_RADIUS,
      from: Math.PI,
      to: 2 * Math.PI,
      dashed: true,
    },
    {
      kind: 'arc',
      id: 'restricted-area',
      cx: 0,
      cy: 0,
      r: RESTRICTED_RADIUS,
      from: 0,
      to: Math.PI,
    },
    {
      kind: 'line',
      id: 'corner-three-left',
      x1: -CORNER_THREE_X,
      y1: BASELINE_Y,
      x2: -CORNER_THREE_X,
      y2: CORNER_THREE_Y,
    },
    {
      kind: 'line',
      id: 'corner-three-right',
      x1: CORNER_THREE_X,
      y1: BASELINE_Y,
      x2: CORNER_THREE_X,
      y2: CORNER_THREE_Y,
    },
    {
      kind: 'arc',
      id: 'three-point-arc',
      cx: 0,
      cy: 0,
      r: THREE_RADIUS,
      from: cornerAngle,
      to: Math.PI - cornerAngle,
    },
  ]
}

/** Mirrors a shape across the half-court line (the other team's end). */
function mirror(shape: CourtShape): CourtShape {
  const flip = (y: number) => 2 * HALF_COURT_Y - y
  const id = `far-${shape.id}`
  switch (shape.kind) {
    case 'line':
      return { ...shape, id, y1: flip(shape.y1), y2: flip(shape.y2) }
    case 'rect':
      return { ...shape, id, y: flip(shape.y + shape.height) }
    case 'circle':
      return { ...shape, id, cy: flip(shape.cy) }
    case 'arc':
      return { ...shape, id, cy: flip(shape.cy), from: -shape.to, to: -shape.from }
  }
}

/** Every line of the court for an extent, in court units. */
export function courtShapes(extent: CourtExtent = 'half'): CourtShape[] {
  const [, top] = courtYRange(extent)
  const outline: CourtShape = {
    kind: 'rect',
    id: 'outline',
    x: -COURT_HALF_WIDTH,
    y: BASELINE_Y,
    width: 2 * COURT_HALF_WIDTH,
    height: top - BASELINE_Y,
  }
  const halfCourtLine: CourtShape = {
    kind: 'line',
    id: 'half-court-line',
    x1: -COURT_HALF_WIDTH,
    y1: HALF_COURT_Y,
    x2: COURT_HALF_WIDTH,
    y2: HALF_COURT_Y,
  }
  const centre = (id: string, r: number): CourtShape =>
    extent === 'full'
      ? { kind: 'circle', id, cx: 0, cy: HALF_COURT_Y, r }
      : { kind: 'arc', id, cx: 0, cy: HALF_COURT_Y, r, from: Math.PI, to: 2 * Math.PI }
  const shapes = [
    outline,
    ...basketEnd(),
    halfCourtLine,
    centre('centre-circle', CIRCLE_RADIUS),
    centre('centre-circle-inner', 20),
  ]
  return extent === 'full' ? [...shapes, ...basketEnd().map(mirror)] : shapes
}

const n = (value: number) => String(Math.round(value * 100) / 100)

/**
 * SVG path data for a shape in a coordinate system whose y axis points down: svg y = −court y.
 * Use it with a viewBox from `courtViewBox`.
 */
export function courtLinePath(shape: CourtShape): string {
  switch (shape.kind) {
    case 'line':
      return `M${n(shape.x1)} ${n(-shape.y1)}L${n(shape.x2)} ${n(-shape.y2)}`
    case 'rect': {
      const top = -(shape.y + shape.height)
      return `M${n(shape.x)} ${n(top)}h${n(shape.width)}v${n(shape.height)}h${n(-shape.width)}Z`
    }
    case 'circle':
      return `M${n(shape.cx - shape.r)} ${n(-shape.cy)}a${n(shape.r)} ${n(shape.r)} 0 1 0 ${n(2 * shape.r)} 0a${n(shape.r)} ${n(shape.r)} 0 1 0 ${n(-2 * shape.r)} 0`
    case 'arc': {
      const { cx, cy, r, from, to } = shape
      const large = to - from > Math.PI ? 1 : 0
      // counter-clockwise in court units is clockwise once y points down: sweep flag 0.
      const start = `${n(cx + r * Math.cos(from))} ${n(-(cy + r * Math.sin(from)))}`
      const end = `${n(cx + r * Math.cos(to))} ${n(-(cy + r * Math.sin(to)))}`
      return `M${start}A${n(r)} ${n(r)} 0 ${large} 0 ${end}`
    }
  }
}

/** The SVG viewBox ("minX minY width height", y down) covering a court extent. */
export function courtViewBox(extent: CourtExtent = 'half'): string {
  const [bottom, top] = courtYRange(extent)
  return `${-COURT_HALF_WIDTH} ${-top} ${2 * COURT_HALF_WIDTH} ${top - bottom}`
}
