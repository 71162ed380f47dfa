import { seededRandom } from '../model/seeded-random'

/**
 * Above this many shots a court map draws a uniform sample of them: at 200,000 shots the discs
 * cover the court many times over, so the picture barely changes while each repaint costs four
 * times less. Counts (legend, summary) always come from every shot.
 */
export const POINT_CAP = 50_000

export interface PointSample {
  /** shots with a finite position */
  placed: number
  /** the placed shots to draw, ascending; null when all of them are drawn */
  order: Uint32Array | null
}

const SEED = 20240601

/**
 * The shots a map draws: every placed shot up to `cap`, else a seeded uniform sample of `cap`:
 * the last `cap` steps of a Fisher–Yates shuffle of the placed shots, so a million shots cost
 * `cap` draws, not a million (a filter change samples again), and the sample is put in order by
 * one pass over the shots instead of a sort. `placedAt`: the placed shots, ascending, when the
 * caller has found them in its own pass (courtSelection does; not modified), so they are not
 * looked for again.
 */
export function pointSample(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  cap: number = POINT_CAP,
  placedAt?: Uint32Array,
): PointSample {
  const n = Math.min(xs.length, ys.length)
  let placedIndices = placedAt
  let placed = placedAt?.length ?? 0
  if (!placedIndices) {
    placedIndices = new Uint32Array(n)
    for (let i = 0; i < n; i++) {
      if (Number.isFinite(xs[i] as number) && Number.isFinite(ys[i] as number))
        placedIndices[placed++] = i
    }
  }
  if (placed <= cap) return { placed, order: null }
  // the shuffle below reorders them: the caller's list stays as it was
  if (placedAt) placedIndices = placedAt.slice()
  const random = seededRandom(SEED)
  for (let i = placed - 1; i >= placed - cap; i--) {
    const j = Math.floor(random() * (i + 1))
    const picked = placedIndices[j] as number
    placedIndices[j] = placedIndices[i] as number
    placedIndices[i] = picked
  }
  // ascending without a sort: mark the picked shots, then collect them in index order
  const picked = new Uint8Array(n)
  for (let k = placed - cap; k < placed; k++) picked[placedIndices[k] as number] = 1
  const order = new Uint32Array(cap)
  for (let i = 0, k = 0; k < cap; i++) if (picked[i] === 1) order[k++] = i
  return { placed, order }
}
