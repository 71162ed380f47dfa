'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { labelledRows, type LabelledRows } from '@/lib/monitoring/labelled-rows'

/** The filtered shots with a label and a score, as lib/monitoring reads them; null until loaded. */
export function useLabelledRows(dataset: Loadable<FilteredDataset>): LabelledRows | null {
  return useMemo(() => {
    if (dataset.status !== 'ready') return null
    const { data } = dataset.value.loaded
    if (!data.probability) return null
    return labelledRows(data.target, data.probability, dataset.value.indices)
  }, [dataset])
}
