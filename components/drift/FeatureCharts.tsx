'use client'

import type { FilteredDataset } from '@/components/data/use-dashboard'
import { ChartBoundary } from '@/components/shell/ChartBoundary'
import { useT } from '@/components/shell/use-t'
import type { DriftRow } from '@/lib/drift/drift-table'
import type { SnapshotHistogram } from '@/lib/site-data/predictions/snapshot-types'
import { chartAnchor } from '@/lib/views/drift/chart-models'
import { DriftSection } from './DriftSection'
import { FeatureChart } from './FeatureChart'

export interface FeatureChartsProps {
  rows: readonly DriftRow[]
  dev: FilteredDataset
  prod: FilteredDataset
  /** the build's histograms, only when they describe the rows shown (no filter) */
  histograms: readonly SnapshotHistogram[] | null
}

/** Every feature's dev-vs-prod distribution, in table order, each at the anchor the table links to. */
export function FeatureCharts({ rows, dev, prod, histograms }: FeatureChartsProps) {
  const { t } = useT()
  return (
    <DriftSection title={t('drift.distributions.title')} intro={t('drift.distributions.intro')}>
      <div className="grid gap-6 xl:grid-cols-2">
        {rows.map((row) => (
          <div key={row.column} id={chartAnchor(row.column)} className="scroll-mt-24">
            <ChartBoundary label={row.column}>
              <FeatureChart
                row={row}
                dev={dev}
                prod={prod}
                prebuilt={histograms?.find((h) => h.column === row.column) ?? null}
              />
            </ChartBoundary>
          </div>
        ))}
      </div>
    </DriftSection>
  )
}
