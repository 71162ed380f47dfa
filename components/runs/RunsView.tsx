'use client'

import { useMemo } from 'react'
import { DataState } from '@/components/data/DataState'
import { IgnoredParamsNotice } from '@/components/shell/IgnoredParamsNotice'
import { useUrlState } from '@/components/shell/url-state-context'
import { ignoredRunsViewParams } from '@/lib/views/runs/runs-view-params'
import { useT } from '@/components/shell/use-t'
import { ViewLayout } from '@/components/shell/ViewLayout'
import { defaultColumns } from '@/lib/views/runs/default-columns'
import { useSiteFile } from '@/components/data/use-site-file'
import { parseRunsSnapshot, RUNS_SNAPSHOT_FILE } from '@/lib/site-data/runs/parse-runs-snapshot'
import type { RunsSnapshot } from '@/lib/site-data/runs/runs-snapshot-types'
import { selectExperiment } from '@/lib/views/runs/select-experiment'
import { CompareRuns } from './CompareRuns'
import { RegisteredModels } from './RegisteredModels'
import { RunDetails } from './RunDetails'
import { RunsProblems } from './RunsProblems'
import { RunsSidebar } from './RunsSidebar'
import { RunsSource } from './RunsSource'
import { RunsTable } from './RunsTable'
import { useRunsViewParams } from './use-runs-view-params'

/** The Runs view: MLflow's runs table, run details, comparison and registry, from runs.json. */
export function RunsView() {
  const { t } = useT()
  const snapshot = useSiteFile(RUNS_SNAPSHOT_FILE, parseRunsSnapshot)
  return (
    <ViewLayout
      view="runs"
      sidebar={
        snapshot.status === 'ready' && !snapshot.value.unavailable ? (
          <RunsSidebar snapshot={snapshot.value} />
        ) : undefined
      }
    >
      <DataState value={snapshot} loading={t('runs.loading')} prerendered>
        {(value) => <RunsContent snapshot={value} />}
      </DataState>
    </ViewLayout>
  )
}

function RunsContent({ snapshot }: { snapshot: RunsSnapshot }) {
  const { state, update, query } = useUrlState()
  const { params } = useRunsViewParams()
  const ignored = useMemo(() => ignoredRunsViewParams(query), [query])
  const experiment = selectExperiment(snapshot, params.experiment, state.run)
  const runs = useMemo(
    () => snapshot.runs.filter((run) => run.experimentId === experiment?.id),
    [snapshot.runs, experiment?.id],
  )
  const columns = useMemo(() => params.columns ?? defaultColumns(runs), [params.columns, runs])
  const byId = useMemo(() => new Map(snapshot.runs.map((run) => [run.id, run])), [snapshot.runs])
  const selected = state.run ? (byId.get(state.run) ?? null) : null
  const compared = useMemo(
    () => params.compare.map((id) => byId.get(id)).filter((run) => run !== undefined),
    [params.compare, byId],
  )

  return (
    <>
      <IgnoredParamsNotice ignored={ignored} />
      <RunsSource snapshot={snapshot} />
      {snapshot.problems.length > 0 && <RunsProblems problems={snapshot.problems} />}
      {!snapshot.unavailable && (
        <>
          <RunsTable
            experiment={experiment}
            runs={runs}
            columns={columns}
            selectedId={selected?.id ?? null}
          />
          <CompareRuns runs={compared} />
          {state.run && !selected && (
            <MissingRun id={state.run} onClear={() => update({ run: null })} />
          )}
          {selected && <RunDetails key={selected.id} run={selected} snapshot={snapshot} />}
          <RegisteredModels models={snapshot.models} runNames={byId} />
        </>
      )}
    </>
  )
}

function MissingRun({ id, onClear }: { id: string; onClear: () => void }) {
  const { t } = useT()
  return (
    <p
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {t('runs.missingRun', { id })}{' '}
      <button type="button" onClick={onClear} className="font-medium underline">
        {t('runs.clearSelection')}
      </button>
    </p>
  )
}
