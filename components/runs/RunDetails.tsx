'use client'

import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import { formatDateTime } from '@/lib/views/runs/format-date-time'
import { formatDuration } from '@/lib/views/runs/format-duration'
import { formatMetricValue } from '@/lib/views/runs/format-metric-value'
import type { RunRecord, RunsSnapshot } from '@/lib/site-data/runs/runs-snapshot-types'
import { ArtifactBrowser } from './ArtifactBrowser'
import { KeyValueTable } from './KeyValueTable'
import { MetricHistoryCharts } from './MetricHistoryCharts'
import { MlmodelFile } from './MlmodelFile'
import { RunStatusBadge } from './RunStatusBadge'

const card =
  'rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900'

/** One run: overview, params, latest metrics, tags, metric histories, artifacts and MLmodel. */
export function RunDetails({ run, snapshot }: { run: RunRecord; snapshot: RunsSnapshot }) {
  const { t, lang } = useT()
  const { update } = useUrlState()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }, [])
  const experiment = snapshot.experiments.find((e) => e.id === run.experimentId)
  const parent = run.parentId ? snapshot.runs.find((r) => r.id === run.parentId) : undefined
  const children = snapshot.runs.filter((r) => r.parentId === run.id)
  const runButton = (other: RunRecord) => (
    <button
      key={other.id}
      type="button"
      onClick={() => update({ run: other.id })}
      className="mr-2 text-left text-blue-700 hover:underline dark:text-blue-300"
    >
      {other.name || other.id}
    </button>
  )
  const overview: [string, ReactNode][] = [
    [
      t('runs.details.id'),
      <code key="id" className="text-xs break-all">
        {run.id}
      </code>,
    ],
    [t('runs.details.experiment'), experiment?.name ?? run.experimentId],
    [
      t('runs.column.status'),
      <RunStatusBadge key="s" status={run.status} lifecycle={run.lifecycle} />,
    ],
    [t('runs.details.start'), formatDateTime(run.startTime, lang)],
    [t('runs.details.end'), formatDateTime(run.endTime, lang)],
    [
      t('runs.column.duration'),
      run.durationMs === null ? '–' : formatDuration(run.durationMs, lang),
    ],
    [t('runs.column.user'), run.user || '–'],
  ]
  if (run.parentId)
    overview.push([
      t('runs.details.parent'),
      parent ? runButton(parent) : <code key="p">{run.parentId}</code>,
    ])
  if (children.length > 0) {
    overview.push([
      t('runs.details.children'),
      <span key="c" className="flex flex-col items-start">
        {children.map(runButton)}
      </span>,
    ])
  }
  const source = run.systemTags['mlflow.source.name']
  if (source)
    overview.push([
      t('runs.details.source'),
      <code key="src" className="text-xs break-all">
        {source}
      </code>,
    ])
  const located = run.artifactLocation
  if (located)
    overview.push([
      t('runs.details.artifactFolder'),
      <span key="art" className="flex flex-col" data-testid="run-artifact-folder">
        <code className="text-xs break-all">{located.folder}</code>
        {located.how === 'relocated' && (
          <span className="text-xs text-slate-600 dark:text-slate-400">
            {t('runs.details.artifactRelocated', {
              recorded: located.recorded,
              matched: located.matched ?? '–',
            })}
          </span>
        )}
      </span>,
    ])
  const note = run.systemTags['mlflow.note.content']

  return (
    <section aria-labelledby={headingId} className="space-y-4" data-testid="run-details">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2
          id={headingId}
          ref={heading}
          className="scroll-mt-20 text-lg font-semibold break-all text-slate-900 dark:text-slate-50"
        >
          {t('runs.details.title', { name: run.name || run.id })}
        </h2>
        <button
          type="button"
          onClick={() => update({ run: null })}
          className="text-sm font-medium text-blue-700 underline dark:text-blue-300"
        >
          {t('runs.details.close')}
        </button>
      </div>
      {note && (
        <p className="text-sm whitespace-pre-wrap text-slate-700 dark:text-slate-300">{note}</p>
      )}
      <div className={`${card} grid gap-6 lg:grid-cols-2`}>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          {overview.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
              <dd className="min-w-0">{value}</dd>
            </div>
          ))}
        </dl>
        <KeyValueTable
          caption={t('runs.details.params', { count: Object.keys(run.params).length })}
          headers={[t('runs.details.name'), t('runs.details.value')]}
          rows={Object.entries(run.params).map(([key, value]) => ({ key, cells: [value] }))}
          empty={t('runs.details.noParams')}
        />
        <KeyValueTable
          caption={t('runs.details.metrics', { count: Object.keys(run.metrics).length })}
          headers={[t('runs.details.name'), t('runs.details.latest'), t('runs.details.step')]}
          rows={Object.entries(run.metrics).map(([key, value]) => ({
            key,
            cells: [
              <span key="v" className="tabular-nums">
                {formatMetricValue(value, lang)}
              </span>,
              <span key="s" className="tabular-nums">
                {run.metricSteps[key] ?? ''}
              </span>,
            ],
          }))}
          empty={t('runs.details.noMetrics')}
        />
        <div className="space-y-3">
          <KeyValueTable
            caption={t('runs.details.tags', { count: Object.keys(run.tags).length })}
            headers={[t('runs.details.name'), t('runs.details.value')]}
            rows={Object.entries(run.tags).map(([key, value]) => ({ key, cells: [value] }))}
            empty={t('runs.details.noTags')}
          />
          {Object.keys(run.systemTags).length > 0 && (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-slate-700 dark:text-slate-300">
                {t('runs.details.systemTags', { count: Object.keys(run.systemTags).length })}
              </summary>
              <KeyValueTable
                caption={t('runs.details.systemTagsCaption')}
                headers={[t('runs.details.name'), t('runs.details.value')]}
                rows={Object.entries(run.systemTags).map(([key, value]) => ({
                  key,
                  cells: [
                    <span key="v" className="line-clamp-6 whitespace-pre-wrap">
                      {value}
                    </span>,
                  ],
                }))}
                empty=""
              />
            </details>
          )}
        </div>
      </div>
      <MetricHistoryCharts run={run} />
      <ArtifactBrowser run={run} />
      <MlmodelFile run={run} />
    </section>
  )
}
