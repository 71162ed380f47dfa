'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { LoadedPredictions } from '@/lib/predictions/types'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
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

/** Positions are computed once per file, the selection once per filter; null until loaded. */
export function useCourtSelection(dataset: FilteredDataset | null): DatasetCourt | null {
  const loaded = dataset?.loaded ?? null
  const indices = dataset?.indices ?? null
  const positions = useMemo(() => (loaded ? shotPositions(loaded.data) : null), [loaded])
  const selection = useMemo(
    () =>
      positions && loaded && indices
        ? courtSelection(positions, indices, loaded.data.target)
        : null,
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
