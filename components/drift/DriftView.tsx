'use client'

import { DashboardSidebar } from '@/components/data/DashboardSidebar'
import { DataState } from '@/components/data/DataState'
import { useDashboard } from '@/components/data/use-dashboard'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { DriftContent } from './DriftContent'
import { MethodSelector } from './MethodSelector'

/**
 * /drift/: do production shots look like the shots the model was trained on, feature by
 * feature? The threshold slider stays: the score distribution marks the current threshold.
 */
export function DriftView() {
  const { t } = useT()
  const { snapshot, dev, prod, threshold } = useDashboard()
  return (
    <ViewLayout
      view="drift"
      sidebar={
        <>
          <MethodSelector />
          <DashboardSidebar snapshot={snapshot.status === 'ready' ? snapshot.value : null} />
        </>
      }
    >
      <DataState value={snapshot} loading={t('drift.loading')} prerendered>
        {(value) => <DriftContent snapshot={value} dev={dev} prod={prod} threshold={threshold} />}
      </DataState>
    </ViewLayout>
  )
}
