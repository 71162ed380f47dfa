'use client'

import { DashboardSidebar } from '@/components/data/DashboardSidebar'
import { DataState } from '@/components/data/DataState'
import { useDashboard } from '@/components/data/use-dashboard'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { OverviewContent } from './OverviewContent'

/** `/`: how the model is doing in production right now, and whether anything needs attention. */
export function OverviewView() {
  const { t } = useT()
  const { snapshot, dev, prod, threshold } = useDashboard()
  return (
    <ViewLayout
      view="overview"
      sidebar={<DashboardSidebar snapshot={snapshot.status === 'ready' ? snapshot.value : null} />}
    >
      <DataState value={snapshot} loading={t('overview.loading')} prerendered>
        {(value) => (
          <OverviewContent snapshot={value} dev={dev} prod={prod} threshold={threshold} />
        )}
      </DataState>
    </ViewLayout>
  )
}
