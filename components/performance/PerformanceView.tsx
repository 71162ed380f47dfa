'use client'

import { DashboardSidebar } from '@/components/data/DashboardSidebar'
import { DataState } from '@/components/data/DataState'
import { useDashboard } from '@/components/data/use-dashboard'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { PerformanceContent } from './PerformanceContent'

/** /performance/: how well the model separates made from missed shots, dev vs prod. */
export function PerformanceView() {
  const { t } = useT()
  const { snapshot, dev, prod, threshold } = useDashboard()
  return (
    <ViewLayout
      view="performance"
      sidebar={<DashboardSidebar snapshot={snapshot.status === 'ready' ? snapshot.value : null} />}
    >
      <DataState value={snapshot} loading={t('performance.loading')} prerendered>
        {() => <PerformanceContent dev={dev} prod={prod} threshold={threshold} />}
      </DataState>
    </ViewLayout>
  )
}
