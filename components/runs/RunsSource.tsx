'use client'

import { useT } from '@/components/shell/use-t'
import type { RunsSnapshot } from '@/lib/site-data/runs/runs-snapshot-types'

/** Where the runs come from, or why there are none. */
export function RunsSource({ snapshot }: { snapshot: RunsSnapshot }) {
  const { t } = useT()
  if (snapshot.unavailable || !snapshot.source) {
    return (
      <p
        role="status"
        className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        {snapshot.unavailable ?? t('empty.noRuns')}
      </p>
    )
  }
  const kind = t(`runs.source.${snapshot.source.kind}`)
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="runs-source">
      {t('runs.source', {
        location: snapshot.source.location,
        kind,
        runs: snapshot.runs.length,
        experiments: snapshot.experiments.length,
        models: snapshot.models.length,
      })}
    </p>
  )
}
