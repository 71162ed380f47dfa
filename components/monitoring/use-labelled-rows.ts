'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import type { BinaryClfCurve } from '@/lib/metrics/binary-clf-curve'
import { filteredClfCurve } from '@/lib/metrics/score-rank'
import { labelledRows, type LabelledRows } from '@/lib/monitoring/labelled-rows'

/** Labelled rows with their `binaryClfCurve(y, p)`, read from the file's score ranking. */
export type RankedLabelledRows = LabelledRows & { curve: BinaryClfCurve | null }

/**
 * The filtered shots with a label and a score, as lib/monitoring reads them, and their curve
 * (no sort per filter change, one curve per dataset and filter: lib/metrics/score-rank); null until loaded.
 */
export function useLabelledRows(dataset: Loadable<FilteredDataset>): RankedLabelledRows | null {
  return useMemo(() => (dataset.status === 'ready' ? rankedRows(dataset.value) : null), [dataset])
}

// one per filtered dataset: the performance view's sections below the fold each read them
const cache = new WeakMap<FilteredDataset, RankedLabelledRows | null>()

function rankedRows(filtered: FilteredDataset): RankedLabelledRows | null {
  if (cache.has(filtered)) return cache.get(filtered)!
  const { data } = filtered.loaded
  let ranked: RankedLabelledRows | null = null
  if (data.probability) {
    const { indices } = filtered
    const rows = labelledRows(data.target, data.probability, indices)
    // the same curve object as the performance view's (cached per indices and score array)
    const curve =
      rows.y.length === 0 ? null : filteredClfCurve(data.target, data.probability, indices)
    ranked = { ...rows, curve }
  }
  cache.set(filtered, ranked)
  return ranked
}
