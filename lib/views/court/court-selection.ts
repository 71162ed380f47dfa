import { HALF_COURT_Y } from '../../court/court-geometry'
import type { PredictionsData } from '../../predictions/types'
import type { ShotPositions } from './shot-positions'

/**
 * The selected shots of one dataset, column-wise in `indices` order: what a court map draws.
 * `rows[k]` is the row of shot k in the dataset (for tooltips).
 */
export interface CourtSelection {
  x: Float64Array
  y: Float64Array
  rows: Uint32Array
  /** shots with a finite position (what a map can draw) */
  placed: number
  /** 0 / 1 / NaN (unlabelled) */
  target: Float64Array
  /** P(made), NaN when missing; null when the file has no probability column */
  probability: Float64Array | null
}

/** Gathers the selected rows' positions and values into compact typed arrays. */
export function courtSelection(
  positions: ShotPositions,
  data: PredictionsData,
  indices: Uint32Array,
): CourtSelection {
  const n = indices.length
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  const target = new Float64Array(n)
  const source = data.probability
  const probability = source ? new Float64Array(n) : null
  let placed = 0
  for (let k = 0; k < n; k++) {
    const row = indices[k] as number
    x[k] = positions.x[row] as number
    y[k] = positions.y[row] as number
    if (Number.isFinite(x[k]) && Number.isFinite(y[k])) placed++
    target[k] = data.target[row] as number
    if (source && probability) probability[k] = source[row] as number
  }
  return { x, y, rows: indices, placed, target, probability }
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
