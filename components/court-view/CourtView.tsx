'use client'

import { useMemo } from 'react'
import { CourtModelNote, CourtModelSelect } from '@/components/comparison/CourtModelSelect'
import { useCourtModel } from '@/components/comparison/use-court-model'
import { DashboardSidebar } from '@/components/data/DashboardSidebar'
import { DataState } from '@/components/data/DataState'
import { useDashboard, type FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { useUrlState } from '@/components/shell/url-state-context'
import { POINT_CAP } from '@/lib/court/point-sample'
import type { DatasetName } from '@/lib/site-data/predictions/snapshot-types'
import { resolveCourtParams } from '@/lib/views/court/court-params'
import { AutoHexbinNote } from './AutoHexbinNote'
import { CourtControls } from './CourtControls'
import { CourtNotes } from './CourtNotes'
import { CourtSummaryLine } from './CourtSummaryLine'
import { DatasetCourtMap } from './DatasetCourtMap'
import { OverlayCourtMap } from './OverlayCourtMap'
import { useCourtParams } from './use-court-params'
import { useCourtSelection, type DatasetCourt } from './use-court-selection'

/**
 * The Court view: where the shots are and where the model is right or wrong. One map per
 * dataset (side by side on wide screens), or both datasets overlaid on one court.
 */
export function CourtView() {
  const { t } = useT()
  const { snapshot, dev, prod: prodFile, threshold } = useDashboard()
  // prod P(made) from a compared model when `?court_model=` names one
  const courtModel = useCourtModel(prodFile)
  const prod = courtModel.prod
  const { state } = useUrlState()
  const { params: asked, explicit, issues, update } = useCourtParams()
  const devCourt = useCourtSelection(dev.status === 'ready' ? dev.value : null)
  const prodCourt = useCourtSelection(prod.status === 'ready' ? prod.value : null)

  const names: DatasetName[] = state.dataset === 'both' ? ['dev', 'prod'] : [state.dataset]
  const loadables: Record<DatasetName, Loadable<FilteredDataset>> = { dev, prod }
  const courts: Record<DatasetName, DatasetCourt | null> = { dev: devCourt, prod: prodCourt }
  const overlayCourts = useMemo(() => {
    const wanted =
      state.dataset === 'both'
        ? [devCourt, prodCourt]
        : [state.dataset === 'dev' ? devCourt : prodCourt]
    return wanted.filter((c): c is DatasetCourt => c !== null)
  }, [state.dataset, devCourt, prodCourt])
  // above POINT_CAP placed shots (after the filters) in any map shown, hexagons unless the URL
  // names a mode: both maps then draw the same way, so they compare
  const largest = names.reduce<DatasetCourt | null>((big, name) => {
    const court = courts[name]
    return court && (!big || court.selection.placed > big.selection.placed) ? court : big
  }, null)
  const resolved = useMemo(
    () => resolveCourtParams(asked, explicit, largest?.selection.placed ?? 0),
    [asked, explicit, largest],
  )
  const params = resolved.params
  const overlayReady = params.mode === 'overlay' && overlayCourts.length === names.length

  return (
    <ViewLayout
      view="court"
      sidebar={
        <>
          <CourtControls params={params} update={update} />
          <CourtModelSelect court={courtModel} />
          <DashboardSidebar
            snapshot={snapshot.status === 'ready' ? snapshot.value : null}
            dataset
            threshold
          />
        </>
      }
    >
      {issues.length > 0 && (
        <ul role="status" className="space-y-1 text-sm text-amber-800 dark:text-amber-300">
          {issues.map((issue) => (
            <li key={issue.param}>
              {t('court.badParam', { ...issue, allowed: issue.allowed.join(', ') })}
            </li>
          ))}
        </ul>
      )}
      <DataState value={snapshot} loading={t('court.loading')}>
        {() => (
          <>
            <div className="space-y-1">
              <CourtModelNote court={courtModel} />
              {names.map((name) => {
                const court = courts[name]
                return court ? <CourtSummaryLine key={name} court={court} /> : null
              })}
              {resolved.auto && largest && (
                <AutoHexbinNote
                  shots={largest.selection.placed}
                  dataset={largest.name}
                  cap={POINT_CAP}
                  onShowPoints={() => update({ mode: 'points' })}
                />
              )}
            </div>
            {params.mode === 'overlay' ? (
              <section className="space-y-2">
                {names.map((name) => {
                  const court = courts[name]
                  return court ? <CourtNotes key={name} court={court} params={params} /> : null
                })}
                {overlayReady ? (
                  <OverlayCourtMap courts={overlayCourts} params={params} threshold={threshold} />
                ) : (
                  names.map((name) => (
                    <DataState key={name} value={loadables[name]} loading={t('court.loading')}>
                      {() => null}
                    </DataState>
                  ))
                )}
              </section>
            ) : (
              <div className={names.length > 1 ? 'grid gap-4 md:grid-cols-2' : 'grid gap-4'}>
                {names.map((name) => (
                  <section key={name} className="min-w-0 space-y-2">
                    <DataState value={loadables[name]} loading={t('court.loading')}>
                      {() => {
                        const court = courts[name]
                        if (!court) return null
                        return (
                          <>
                            <DatasetCourtMap court={court} params={params} threshold={threshold} />
                            <CourtNotes court={court} params={params} />
                          </>
                        )
                      }}
                    </DataState>
                  </section>
                ))}
              </div>
            )}
          </>
        )}
      </DataState>
    </ViewLayout>
  )
}
