import { HALF_COURT_Y } from '../../court/court-geometry'
import type { ShotPositions } from './shot-positions'

/**
 * The selected shots of one dataset, column-wise in `indices` order: what a court map draws.
 * `rows[k]` is the row of shot k in the dataset (for tooltips and the dataset's columns). One
 * pass per filter, so at a million shots it copies only the positions.
 */
export interface CourtSelection {
  x: Float64Array
  y: Float64Array
  rows: Uint32Array
  /** shots with a finite position (what a map can draw) */
  placed: number
  /** shots beyond the half-court line (outside a half-court view) */
  beyondHalf: number
}

/** Gathers the selected rows' positions and values into compact typed arrays. */
export function courtSelection(positions: ShotPositions, indices: Uint32Array): CourtSelection {
  const n = indices.length
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  let placed = 0
  let beyondHalf = 0
  for (let k = 0; k < n; k++) {
    const row = indices[k] as number
    const px = positions.x[row] as number
    const py = positions.y[row] as number
    x[k] = px
    y[k] = py
    if (Number.isFinite(px) && Number.isFinite(py)) placed++
    if (py > HALF_COURT_Y) beyondHalf++
  }
  return { x, y, rows: indices, placed, beyondHalf }
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
