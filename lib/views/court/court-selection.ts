import { HALF_COURT_Y } from '../../court/court-geometry'
import type { ShotPositions } from './shot-positions'

/**
 * The selected shots of one dataset, column-wise in `indices` order: what a court map draws.
 * `rows[k]` is the row of shot k in the dataset (for tooltips and the dataset's columns). One
 * pass per filter gathers the positions and everything else the view counts over the selection
 * (placed shots and which ones, shots beyond half court, labelled shots), so no later pass over
 * the selected rows repeats it.
 */
export interface CourtSelection {
  x: Float64Array
  y: Float64Array
  rows: Uint32Array
  /** shots with a finite position (what a map can draw) */
  placed: number
  /** which shots (k) have a finite position, ascending: `placedAt.length === placed` */
  placedAt: Uint32Array
  /** shots beyond the half-court line (outside a half-court view) */
  beyondHalf: number
  /** shots with a known outcome (target 0 or 1) */
  labelled: number
}

/** Gathers the selected rows' positions into compact typed arrays, counting as it goes. */
export function courtSelection(
  positions: ShotPositions,
  indices: Uint32Array,
  target: Float64Array,
): CourtSelection {
  const n = indices.length
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  const placedAt = new Uint32Array(n)
  const { x: allX, y: allY } = positions
  let placed = 0
  let beyondHalf = 0
  let labelled = 0
  for (let k = 0; k < n; k++) {
    const row = indices[k] as number
    const px = allX[row] as number
    const py = allY[row] as number
    const outcome = target[row]
    x[k] = px
    y[k] = py
    // finite: x − x is 0 for a finite x, NaN for NaN and ±Infinity (no call per shot)
    if (px - px === 0 && py - py === 0) placedAt[placed++] = k
    if (py > HALF_COURT_Y) beyondHalf++
    if (outcome === 0 || outcome === 1) labelled++
  }
  return {
    x,
    y,
    rows: indices,
    placed,
    placedAt: placedAt.subarray(0, placed),
    beyondHalf,
    labelled,
  }
}

/** Several selections on one court: shots of part 0 first, then part 1…; `part[k]` says whose. */
export interface OverlaySelection {
  x: Float64Array
  y: Float64Array
  part: Uint8Array
  rows: Uint32Array
}

export function overlaySelection(parts: readonly CourtSelection[]): OverlaySelection {
  const n = parts.reduce((sum, p) => sum + p.x.length, 0)
  const out = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    part: new Uint8Array(n),
    rows: new Uint32Array(n),
  }
  let offset = 0
  parts.forEach((p, index) => {
    out.x.set(p.x, offset)
    out.y.set(p.y, offset)
    out.rows.set(p.rows, offset)
    out.part.fill(index, offset, offset + p.x.length)
    offset += p.x.length
  })
  return out
}

/** Shots beyond the half-court line (backcourt heaves), outside a half-court view. */
export function beyondHalfCourt(y: Float64Array): number {
  let count = 0
  for (let k = 0; k < y.length; k++) if ((y[k] as number) > HALF_COURT_Y) count++
  return count
}
