'use client'

import { useMemo } from 'react'
import type { FilteredDataset } from '@/components/data/use-dashboard'
import type { Loadable } from '@/components/data/loadable'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import type { Snapshot } from '@/lib/site-data/predictions/snapshot-types'
import { hasShotFilters } from '@/lib/url-state/shot-filter'
import { applyDriftMethod } from '@/lib/views/drift/apply-drift-method'
import { DriftRetrainSection } from './DriftRetrainSection'
import { DriftSection } from './DriftSection'
import { DriftTableView } from './DriftTableView'
import { DriftVerdict } from './DriftVerdict'
import { FeatureCharts } from './FeatureCharts'
import { OutputCharts } from './OutputCharts'
import { SupportNotes } from './SupportNotes'
import { useDriftMethod } from './use-drift-method'
import { useDriftTables } from './use-drift-tables'
import { driftSkipText } from './drift-skip-text'

export interface DriftContentProps {
  snapshot: Snapshot
  dev: Loadable<FilteredDataset>
  prod: Loadable<FilteredDataset>
  threshold: number
}

function Status({ children, alert = false }: { children: string; alert?: boolean }) {
  return alert ? (
    <p
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {children}
    </p>
  ) : (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {children}
    </p>
  )
}

/** Verdict, support notes, table, then the per-feature and output distributions. */
export function DriftContent({ snapshot, dev, prod, threshold }: DriftContentProps) {
  const { t, num } = useT()
  const { state } = useUrlState()
  const filtered = hasShotFilters(state)
  const { choice, invalid } = useDriftMethod()
  const tables = useDriftTables(snapshot, dev, prod, filtered)
  const ready = tables.status === 'ready' ? tables : null
  const view = useMemo(
    () => (ready ? applyDriftMethod(ready.drift, choice) : null),
    [ready, choice],
  )
  const outputView = useMemo(
    () => (ready?.outputDrift ? applyDriftMethod(ready.outputDrift, choice) : null),
    [ready, choice],
  )
  const rows =
    dev.status === 'ready' && prod.status === 'ready' ? { dev: dev.value, prod: prod.value } : null

  const notice = invalid !== null && (
    <Status alert>{t('drift.methodInvalid', { value: invalid })}</Status>
  )
  if (tables.status === 'loading')
    return (
      <>
        {notice}
        <Status>{t('drift.loading')}</Status>
      </>
    )
  if (tables.status === 'missing') {
    return (
      <>
        {notice}
        <Status alert>{t('drift.noTable')}</Status>
        {snapshot.problems.map((problem) => (
          <Status
            alert
            key={`${problem.path}:${problem.message}`}
          >{`${problem.path}: ${problem.message}`}</Status>
        ))}
      </>
    )
  }
  if (tables.status === 'empty') {
    return (
      <>
        {notice}
        <Status alert>{t('drift.emptySide', { dataset: t(`dataset.${tables.side}`) })}</Status>
      </>
    )
  }
  if (tables.status === 'error')
    return (
      <>
        {notice}
        <Status alert>{t('drift.error', { message: tables.message })}</Status>
      </>
    )
  if (!view) return null

  // rows behind the table: the filtered rows, or every row of the build's files
  const counts =
    tables.source === 'browser' && rows
      ? { dev: num(rows.dev.indices.length), prod: num(rows.prod.indices.length) }
      : { dev: num(snapshot.datasets.dev?.rows ?? 0), prod: num(snapshot.datasets.prod?.rows ?? 0) }
  const sampled = snapshot.datasets.dev?.sampled || snapshot.datasets.prod?.sampled
  const scope =
    tables.source === 'browser'
      ? `${t('drift.scope.filtered', counts)}${sampled ? ` ${t('drift.scope.sampled')}` : ''}`
      : t('drift.scope.all', counts)
  const histograms = tables.source === 'build' ? snapshot.histograms : null

  return (
    <>
      {notice}
      <DriftVerdict table={view} scope={scope} />
      <SupportNotes rows={view.rows} />
      <DriftRetrainSection />
      <DriftSection title={t('drift.table.title')} intro={t('drift.table.caption')}>
        <DriftTableView rows={view.rows} />
        {view.skipped.map((skip) => (
          <Status key={skip.column}>{driftSkipText(skip, t)}</Status>
        ))}
      </DriftSection>
      {rows ? (
        <>
          <FeatureCharts rows={view.rows} dev={rows.dev} prod={rows.prod} histograms={histograms} />
          <OutputCharts
            rows={outputView?.rows ?? []}
            dev={rows.dev}
            prod={rows.prod}
            threshold={threshold}
            prebuilt={histograms?.find((h) => h.column === 'prediction_score') ?? null}
          />
        </>
      ) : dev.status === 'error' || prod.status === 'error' ? (
        <Status alert>
          {dev.status === 'error' ? dev.error : prod.status === 'error' ? prod.error : ''}
        </Status>
      ) : (
        <Status>{t('drift.rowsLoading')}</Status>
      )}
    </>
  )
}
