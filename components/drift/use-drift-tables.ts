'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import type { DriftTable } from '@/lib/drift/drift-table'
import type { Snapshot } from '@/lib/site-data/predictions/snapshot-types'
import { filteredDrift } from '@/lib/views/drift/filtered-drift'
import { useWarmDriftOrders } from './use-warm-drift-orders'

export type DriftTables =
  | { status: 'loading' }
  /** the build has no drift table (its problems say why) */
  | { status: 'missing' }
  | { status: 'empty'; side: 'dev' | 'prod' }
  | { status: 'error'; message: string }
  | {
      status: 'ready'
      drift: DriftTable
      outputDrift: DriftTable | null
      /** 'build': the snapshot's exact table for all rows; 'browser': recomputed for the filters */
      source: 'build' | 'browser'
    }

/**
 * The feature and output drift tables to show: the build's when no filter is set; otherwise
 * recomputed in the browser on the filtered rows (about 40 ms on the Kobe data) by the build's
 * function with the build's column kinds (`snapshot.columns`: period and playoffs categorical).
 */
export function useDriftTables(
  snapshot: Snapshot,
  dev: Loadable<FilteredDataset>,
  prod: Loadable<FilteredDataset>,
  filtered: boolean,
): DriftTables {
  const devRows = dev.status === 'ready' ? dev.value : null
  const prodRows = prod.status === 'ready' ? prod.value : null
  useWarmDriftOrders([devRows?.loaded.data ?? null, prodRows?.loaded.data ?? null])
  const recomputed = useMemo(() => {
    if (!filtered || !devRows || !prodRows) return null
    return filteredDrift(
      { data: devRows.loaded.data, indices: devRows.indices },
      { data: prodRows.loaded.data, indices: prodRows.indices },
      snapshot.columns,
    )
  }, [filtered, devRows, prodRows, snapshot])

  return useMemo<DriftTables>(() => {
    if (!filtered) {
      return snapshot.drift
        ? {
            status: 'ready',
            drift: snapshot.drift,
            outputDrift: snapshot.outputDrift,
            source: 'build',
          }
        : { status: 'missing' }
    }
    if (dev.status === 'error') return { status: 'error', message: dev.error }
    if (prod.status === 'error') return { status: 'error', message: prod.error }
    if (!recomputed) return { status: 'loading' }
    if (recomputed.status !== 'ready') return recomputed
    return { ...recomputed, source: 'browser' }
  }, [filtered, snapshot, dev, prod, recomputed])
}
