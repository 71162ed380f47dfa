'use client'

import { useT } from '@/components/shell/use-t'
import type { ModelSnapshot } from '@/lib/site-data/model/model-snapshot-types'

/** No model to serve: what the build found instead, in a sentence and the details. */
export function ModelMissing({ snapshot }: { snapshot: ModelSnapshot }) {
  const { t } = useT()
  const problem = snapshot.problem
  return (
    <div
      role="alert"
      className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">
        {problem?.code === 'no_store' ? t('whatIf.noStore') : t('whatIf.noModel')}
      </p>
      {problem && (
        <p className="break-words">{t('whatIf.problemDetail', { detail: problem.detail })}</p>
      )}
      {snapshot.notes.length > 0 && (
        <details>
          <summary>{t('whatIf.notes', { count: snapshot.notes.length })}</summary>
          <ul className="mt-1 list-disc pl-5">
            {snapshot.notes.map((note, i) => (
              <li key={i} className="break-words">
                {note}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
