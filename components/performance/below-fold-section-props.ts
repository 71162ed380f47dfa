import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import type { FigureContext } from '@/lib/views/performance/figure-context'
import type { PerformanceSummary } from '@/lib/views/performance/performance-summary'
import type { DatasetPerformance } from './use-performance'

/** What each of the performance view's sections below the fold is drawn from (WhileOnScreen). */
export interface BelowFoldSectionProps {
  dev: Loadable<FilteredDataset>
  prod: Loadable<FilteredDataset>
  summaries: readonly PerformanceSummary[]
  threshold: number
  ctx: FigureContext
  datasets: readonly Loadable<DatasetPerformance>[]
}
