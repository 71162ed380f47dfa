'use client'

import { useId } from 'react'
import { DataState } from '@/components/data/DataState'
import { useT } from '@/components/shell/use-t'
import { useSiteFile } from '@/components/data/use-site-file'
import { parseText } from '@/lib/site-data/parse-site-json'
import type { RunRecord } from '@/lib/site-data/runs/runs-snapshot-types'

/** The run's MLmodel file (how the model was saved: flavors, signature), as text. */
export function MlmodelFile({ run }: { run: RunRecord }) {
  const { t } = useT()
  const headingId = useId()
  const artifact = run.artifacts.find(
    (a) => !a.isDir && (a.path === 'MLmodel' || a.path.endsWith('/MLmodel')),
  )
  const text = useSiteFile(artifact?.file ?? null, parseText)
  if (!artifact) return null
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="font-semibold text-slate-900 dark:text-slate-50">
        {t('runs.mlmodel.title', { path: artifact.path })}
      </h3>
      {artifact.file ? (
        <DataState value={text} loading={t('runs.artifacts.loading')}>
          {(value) => (
            <pre className="max-h-96 overflow-auto rounded-lg bg-slate-100 p-3 text-xs dark:bg-slate-800">
              {value}
            </pre>
          )}
        </DataState>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('runs.artifacts.noPreview')}
        </p>
      )}
    </section>
  )
}
