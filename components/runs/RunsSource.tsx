'use client'

import { useOpenedProject } from '@/components/data/use-site-file'
import { useT } from '@/components/shell/use-t'
import type { RunsSnapshot } from '@/lib/site-data/runs/runs-snapshot-types'

/** Where the runs come from (and the project's other stores), or why there are none. */
export function RunsSource({ snapshot }: { snapshot: RunsSnapshot }) {
  const { t } = useT()
  const local = useOpenedProject() !== null
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
  const shown = snapshot.source.location
  const others = (snapshot.stores ?? []).filter((s) => s.path !== shown)
  return (
    <div className="space-y-1 text-sm text-slate-600 dark:text-slate-400">
      <p data-testid="runs-source">
        {t(local ? 'runs.sourceLocal' : 'runs.source', {
          location: shown,
          kind,
          runs: snapshot.runs.length,
          experiments: snapshot.experiments.length,
          models: snapshot.models.length,
        })}
      </p>
      {others.length > 0 && (
        <div data-testid="runs-other-stores">
          <p>{t('runs.otherStores', { count: others.length })}</p>
          <ul className="list-disc pl-5">
            {others.map((s) => (
              <li key={s.path}>
                <code className="text-xs break-all">{s.path}</code>{' '}
                {t('runs.otherStore', {
                  kind: t(`runs.source.${s.kind}`),
                  runs: s.runs,
                  experiments: s.experiments,
                  predictions: s.predictionRuns,
                })}
              </li>
            ))}
          </ul>
          <p className="text-xs">{t('runs.otherStoresHow')}</p>
        </div>
      )}
    </div>
  )
}
