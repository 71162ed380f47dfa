'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import type { LoadedPredictions } from '@/lib/predictions/types'
import type { DatasetName, SnapshotDataset } from '@/lib/site-data/predictions/snapshot-types'
import { overviewSample, type OverviewSample } from '@/lib/views/overview/overview-sample'

/** One dataset as the overview uses it. */
export type OverviewSide =
  | { status: 'loading' }
  /** not in the build (`missing`), or its rows could not be read (`message`) */
  | { status: 'unavailable'; missing: boolean; message: string }
  | {
      status: 'ready'
      name: DatasetName
      meta: SnapshotDataset
      loaded: LoadedPredictions
      /** rows passing the filters; the same object while the same rows pass */
      indices: Uint32Array
      sample: OverviewSample
    }

/**
 * Prepares a dataset once per (dataset, filter): counts, the sorted curve, the threshold-free
 * metrics, the sorted scores. A threshold move does not come through here.
 */
export function useOverviewSide(
  dataset: Loadable<FilteredDataset>,
  missing: boolean,
): OverviewSide {
  const ready = dataset.status === 'ready' ? dataset.value : null
  const indices = ready?.indices ?? null
  const name = ready?.name ?? null
  const meta = ready?.meta ?? null
  const loaded = ready?.loaded ?? null
  const error = dataset.status === 'error' ? dataset.error : null
  return useMemo((): OverviewSide => {
    if (error !== null) return { status: 'unavailable', missing, message: error }
    if (name === null || meta === null || loaded === null || indices === null) {
      return { status: 'loading' }
    }
    try {
      return {
        status: 'ready',
        name,
        meta,
        loaded,
        indices,
        sample: overviewSample(name, loaded, indices),
      }
    } catch (e) {
      return { status: 'unavailable', missing: false, message: `${name}: ${(e as Error).message}` }
    }
  }, [error, missing, name, meta, loaded, indices])
}
