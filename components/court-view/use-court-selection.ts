'use client'

import { useMemo, useState } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { LoadedPredictions } from '@/lib/predictions/types'
import type { DatasetName } from '@/lib/snapshot/snapshot-types'
import { courtSelection, type CourtSelection } from '@/lib/views/court/court-selection'
import { shotPositions, type ShotPositions } from '@/lib/views/court/shot-positions'

/** One dataset ready for the court: its rows, where they go, and the filtered shots. */
export interface DatasetCourt {
  name: DatasetName
  loaded: LoadedPredictions
  positions: ShotPositions
  /** the filtered shots; `selection.rows` are the filter's indices */
  selection: CourtSelection
}

/**
 * The previous indices when the new ones hold the same rows. useDashboard re-filters whenever the
 * URL changes (its filter lists are new arrays on every parse), so without this a threshold move
 * would hand over equal but new indices and rebuild every marker.
 */
function useSameIndices(indices: Uint32Array | null): Uint32Array | null {
  const [kept, setKept] = useState(indices)
  if (kept === indices || (kept && indices && sameRows(kept, indices))) return kept
  setKept(indices) // different rows: adjust during render (React re-renders this component at once)
  return indices
}

function sameRows(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false
  return true
}

/** Positions are computed once per file, the selection once per filter; null until loaded. */
export function useCourtSelection(dataset: FilteredDataset | null): DatasetCourt | null {
  const loaded = dataset?.loaded ?? null
  const indices = useSameIndices(dataset?.indices ?? null)
  const positions = useMemo(() => (loaded ? shotPositions(loaded.data) : null), [loaded])
  const selection = useMemo(
    () => (positions && loaded && indices ? courtSelection(positions, loaded.data, indices) : null),
    [positions, loaded, indices],
  )
  const name = dataset?.name ?? null
  // stable while the rows and the filter stay: a threshold change reaches no memo below
  return useMemo(
    () =>
      name && loaded && positions && selection ? { name, loaded, positions, selection } : null,
    [name, loaded, positions, selection],
  )
}
