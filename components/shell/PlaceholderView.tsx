'use client'

import { DatasetControl } from './controls/DatasetControl'
import { ShotFilterControls } from './controls/ShotFilterControls'
import { ThresholdControl } from './controls/ThresholdControl'
import { useT } from './use-t'
import { ViewLayout } from './ViewLayout'
import type { ViewId } from './views'

/** A view that is not built yet: its title, its question, the shared controls. */
export function PlaceholderView({ view }: { view: ViewId }) {
  const { t } = useT()
  return (
    <ViewLayout
      view={view}
      sidebar={
        <>
          <ThresholdControl />
          <DatasetControl />
          <ShotFilterControls />
        </>
      }
    >
      <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-slate-500 dark:border-slate-700 dark:text-slate-400">
        {t('view.placeholder')}
      </p>
    </ViewLayout>
  )
}
