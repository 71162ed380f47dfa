'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import {
  performanceSample,
  type PerformanceInput,
} from '@/lib/views/performance/performance-sample'
import {
  performanceSummary,
  type PerformanceSummary,
} from '@/lib/views/performance/performance-summary'

/** One dataset's performance input and, when it has numbers, its threshold-free summary. */
export interface DatasetPerformance {
  input: PerformanceInput
  summary: PerformanceSummary | null
}

/**
 * Sorts the filtered labelled rows once per (dataset, filter) and derives every curve from them;
 * a threshold change does not come through here.
 */
export function useDatasetPerformance(
  dataset: Loadable<FilteredDataset>,
): Loadable<DatasetPerformance> {
  const ready = dataset.status === 'ready' ? dataset.value : null
  const indices = ready?.indices ?? null
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
