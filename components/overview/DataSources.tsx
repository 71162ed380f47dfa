'use client'

import { useMemo } from 'react'
import { useSiteFile } from '@/components/data/use-site-file'
import { useMonitoringState } from '@/components/monitoring/use-monitoring-site'
import { useT } from '@/components/shell/use-t'
import {
  BUILD_REPORT_FILE,
  parseBuildReport,
} from '@/lib/site-data/build-report/parse-build-report'
import type { Snapshot } from '@/lib/site-data/predictions/snapshot-types'
import { buildProblemsView } from '@/lib/views/overview/build-problems'
import { dataSources } from '@/lib/views/overview/data-sources'
import { TitledSection } from '@/components/shell/TitledSection'
import { ShownSources } from './ShownSources'
import { SourceCard } from './SourceCard'

/**
 * Which store, run and files the build read and why, what it recognised in them, and every
 * problem any build step met (snapshot, runs, what-if model), counted per step (as text).
 */
export function DataSources({ snapshot }: { snapshot: Snapshot }) {
  const { t, lang } = useT()
  const sources = useMemo(() => dataSources(snapshot), [snapshot])
  const loaded = useSiteFile(BUILD_REPORT_FILE, parseBuildReport)
  const monitoring = useMonitoringState()
  const report = loaded.status === 'ready' ? loaded.value : null
  const problems = useMemo(() => buildProblemsView(report, snapshot), [report, snapshot])
  const allRead = sources.datasets.every((d) => d.present)
  const noneRead = sources.datasets.every((d) => !d.present)
  const built = useMemo(() => {
    const date = new Date(sources.generatedAt)
    return Number.isNaN(date.getTime())
      ? sources.generatedAt
      : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date)
  }, [sources.generatedAt, lang])
  return (
    <TitledSection
      title={t('overview.sources.title')}
      description={t('overview.sources.built', { date: built })}
      testId="data-sources"
    >
      <div className="grid gap-3 lg:grid-cols-2">
        {sources.datasets.map((source) => (
          <SourceCard key={source.name} source={source} noneRead={noneRead} />
        ))}
      </div>
      {!allRead && problems.unreadParquet.length > 0 && (
        <div role="note" data-testid="unread-parquet" className="text-sm">
          <h3 className="font-semibold text-amber-900 dark:text-amber-200">
            {t('overview.sources.unreadParquet')}
          </h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words text-amber-900 dark:text-amber-200">
            {problems.unreadParquet.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {report && <ShownSources sources={report.sources} />}
      {loaded.status === 'error' && (
        <p className="text-sm text-amber-900 dark:text-amber-200">{loaded.error}</p>
      )}
      <div data-testid="build-problems">
        <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-200">
          {t('overview.sources.problems')}
        </h3>
        {problems.total === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('overview.sources.noProblems')}
          </p>
        ) : (
          <details className="text-sm">
            <summary className="cursor-pointer text-amber-900 dark:text-amber-200">
              {t('overview.sources.problemCount', {
                count: problems.total,
                steps: problems.perStep
                  .map((s) =>
                    t('overview.sources.stepCount', {
                      step: t(`overview.sources.step.${s.step}`),
                      count: s.count,
                    }),
                  )
                  .join(', '),
              })}
            </summary>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words text-amber-900 dark:text-amber-200">
              {problems.lines.map((problem, i) => (
                <li key={i}>
                  <span className="text-slate-500 dark:text-slate-400">
                    {t(`overview.sources.step.${problem.step}`)}:{' '}
                  </span>
                  {problem.text}
                </li>
              ))}
            </ul>
          </details>
        )}
        {monitoring.status === 'computing' && (
          <p data-testid="problems-pending" className="text-sm text-slate-600 dark:text-slate-400">
            {t('project.monitoring.problemsPending')}
          </p>
        )}
      </div>
    </TitledSection>
  )
}
