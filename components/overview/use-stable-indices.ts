'use client'

import { useState } from 'react'
import { sameIndices } from '@/lib/views/performance/same-indices'

/**
 * The previous indices while the new ones hold the same rows: the dashboard re-filters on every
 * URL change (a threshold move too), and the per-filter work must not rerun for the same rows.
 */
export function useStableIndices(indices: Uint32Array | null): Uint32Array | null {
  const [stable, setStable] = useState(indices)
  if (indices === stable) return stable
  if (indices !== null && stable !== null && sameIndices(indices, stable)) return stable
  setStable(indices)
  return indices
}
