'use client'

import { useMemo } from 'react'
import { useT } from '@/components/shell/use-t'
import type { Snapshot } from '@/lib/site-data/predictions/snapshot-types'
import { dataSources } from '@/lib/views/overview/data-sources'
import { OverviewSection } from './OverviewSection'
import { SourceCard } from './SourceCard'

/** Which files the build read, what it recognised in them, and the problems it met (as text). */
export function DataSources({ snapshot }: { snapshot: Snapshot }) {
  const { t, lang } = useT()
  const sources = useMemo(() => dataSources(snapshot), [snapshot])
  const built = useMemo(() => {
    const date = new Date(sources.generatedAt)
    return Number.isNaN(date.getTime())
      ? sources.generatedAt
      : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date)
  }, [sources.generatedAt, lang])
  return (
    <OverviewSection
      title={t('overview.sources.title')}
      description={t('overview.sources.built', { date: built })}
      testId="data-sources"
    >
      <div className="grid gap-3 lg:grid-cols-2">
        {sources.datasets.map((source) => (
          <SourceCard key={source.name} source={source} />
        ))}
      </div>
      <div data-testid="build-problems">
        <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-200">
          {t('overview.sources.problems')}
        </h3>
        {sources.problems.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('overview.sources.noProblems')}
          </p>
        ) : (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm break-words text-amber-900 dark:text-amber-200">
            {sources.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        )}
      </div>
    </OverviewSection>
  )
}
