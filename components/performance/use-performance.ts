'use client'

import { useMemo, useState } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/use-dashboard-data'
import {
  performanceSample,
  type PerformanceInput,
} from '@/lib/views/performance/performance-sample'
import {
  performanceSummary,
  type PerformanceSummary,
} from '@/lib/views/performance/performance-summary'
import { sameIndices } from '@/lib/views/performance/same-indices'

/** One dataset's performance input and, when it has numbers, its threshold-free summary. */
export interface DatasetPerformance {
  input: PerformanceInput
  summary: PerformanceSummary | null
}

/**
 * The previous indices while the new ones hold the same rows: the dashboard re-filters on every
 * URL change (a threshold move too), and the sort below must not rerun for the same rows.
 */
function useStableIndices(indices: Uint32Array | null): Uint32Array | null {
  const [stable, setStable] = useState(indices)
  if (indices === stable) return stable
  if (indices !== null && stable !== null && sameIndices(indices, stable)) return stable
  setStable(indices)
  return indices
}

/**
 * Sorts the filtered labelled rows once per (dataset, filter) and derives every curve from them;
 * a threshold change does not come through here.
 */
export function useDatasetPerformance(
  dataset: Loadable<FilteredDataset>,
): Loadable<DatasetPerformance> {
  const ready = dataset.status === 'ready' ? dataset.value : null
  const indices = useStableIndices(ready?.indices ?? null)
  const name = ready?.name ?? null
  const loaded = ready?.loaded ?? null
  const error = dataset.status === 'error' ? dataset.error : null
  return useMemo((): Loadable<DatasetPerformance> => {
    if (error !== null) return { status: 'error', error }
    if (name === null || loaded === null || indices === null) return { status: 'loading' }
    try {
      const input = performanceSample(name, loaded, indices)
      const summary = input.kind === 'ready' ? performanceSummary(input) : null
      return { status: 'ready', value: { input, summary } }
    } catch (e) {
      return { status: 'error', error: `${name}: ${(e as Error).message}` }
    }
  }, [error, name, loaded, indices])
}
