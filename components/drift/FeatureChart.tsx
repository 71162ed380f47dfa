'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import { useT } from '@/components/shell/use-t'
import type { DriftRow } from '@/lib/drift/drift-table'
import type { PlotHistogram } from '@/lib/drift/histogram-for-plot'
import { featureChartModel } from '@/lib/views/drift/chart-models'
import { pickRowsSorted } from '@/lib/site-data/predictions/drift-columns'
import { featureDistribution } from '@/lib/views/drift/feature-distribution'
import { DriftChartPlot } from './DriftChartPlot'
import { useDatasetNames } from './use-dataset-names'

export interface FeatureChartProps {
  /** the row as the table shows it (chosen test, for the subtitle) */
  row: DriftRow
  dev: FilteredDataset
  prod: FilteredDataset
  /** the build's histogram of this column (unfiltered float columns), or null */
  prebuilt: PlotHistogram | null
}

/** One feature, dev vs prod: shares per bin or per category, with the test's verdict. */
export function FeatureChart({ row, dev, prod, prebuilt }: FeatureChartProps) {
  const { t, lang } = useT()
  const { column, type, dtype } = row
  const devValues = dev.loaded.data.features[column]
  const prodValues = prod.loaded.data.features[column]
  const distribution = useMemo(() => {
    if (!devValues || !prodValues) return null
    return featureDistribution(
      { column, type, dtype },
      pickRowsSorted(devValues, dev.indices),
      pickRowsSorted(prodValues, prod.indices),
      prebuilt,
    )
  }, [column, type, dtype, devValues, prodValues, dev.indices, prod.indices, prebuilt])
  const names = useDatasetNames(row.refCount, row.curCount)
  const model = useMemo(
    () => (distribution ? featureChartModel(row, distribution, names, t, lang) : null),
    [row, distribution, names, t, lang],
  )
  if (!model) return null
  return <DriftChartPlot model={model} />
}
