'use client'

import { useDeferredValue, useMemo } from 'react'
import type { DriftTable } from '@/lib/drift/drift-table'
import type { SnapshotColumn } from '@/lib/site-data/predictions/snapshot-types'
import { overviewDrift, type OverviewDrift } from '@/lib/views/overview/overview-drift'
import type { OverviewSide } from './use-overview-side'
import { useWarmDriftOrders } from '@/components/drift/use-warm-drift-orders'

const driftSide = (side: OverviewSide) =>
  side.status === 'ready' ? { data: side.loaded.data, indices: side.indices } : null

/**
 * The drift table behind the verdict: the build's when every row passes the filters, else
 * recomputed on the filtered rows (up to ~0.6 s on all Kobe rows, so deferred: the controls stay
 * responsive and the previous table shows meanwhile). Null while a dataset is loading.
 */
export function useOverviewDrift(
  buildDrift: DriftTable | null,
  columns: Readonly<Record<string, SnapshotColumn>>,
  dev: OverviewSide,
  prod: OverviewSide,
): OverviewDrift | null {
  const pending = dev.status === 'loading' || prod.status === 'loading'
  const devSide = useMemo(() => driftSide(dev), [dev])
  const prodSide = useMemo(() => driftSide(prod), [prod])
  useWarmDriftOrders([devSide?.data ?? null, prodSide?.data ?? null])
  const deferred = useDeferredValue(useMemo(() => ({ devSide, prodSide }), [devSide, prodSide]))
  // the deferred pair lags one render behind a dataset that just finished loading
  const lagging =
    (devSide !== null && deferred.devSide === null) ||
    (prodSide !== null && deferred.prodSide === null)
  return useMemo(
    () =>
      pending || lagging
        ? null
        : overviewDrift(buildDrift, columns, deferred.devSide, deferred.prodSide),
    [pending, lagging, buildDrift, columns, deferred],
  )
}
