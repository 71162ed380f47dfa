'use client'

import { useT } from '@/components/shell/use-t'
import type { BuildReport } from '@/lib/site-data/build-report/build-report-types'

/** Which store, run and files the build shows, each with the reason it was chosen (as text). */
export function ShownSources({ sources }: { sources: BuildReport['sources'] }) {
  const { t, lang } = useT()
  const rows: [string, string, string][] = []
  if (sources.tracking)
    rows.push([t('overview.sources.store'), sources.tracking.path, sources.tracking.reason])
  if (sources.run) {
    const ended =
      sources.run.endTime === null
        ? ''
        : `, ${new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(sources.run.endTime))}`
    const model = sources.run.model ? `, ${sources.run.model}` : ''
    rows.push([
      t('overview.sources.run'),
      `${sources.run.name || sources.run.id} (${sources.run.id}${model}${ended})`,
      sources.run.reason,
    ])
  }
  if (sources.prod)
    rows.push([t('overview.sources.prodFile'), sources.prod.path, sources.prod.reason])
  if (sources.dev) rows.push([t('overview.sources.devFile'), sources.dev.path, sources.dev.reason])
  return (
    <div data-testid="shown-sources" className="space-y-1 text-sm">
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1">
        {rows.map(([label, value, reason]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="min-w-0 break-words">
              <code className="text-xs break-all">{value}</code>
              <span className="text-slate-600 dark:text-slate-400"> · {reason}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t('overview.sources.rule', { rule: sources.rule })}
      </p>
      {sources.stores.length > 1 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t('overview.sources.stores', {
            stores: sources.stores.map((s) => `${s.path} (${s.runs})`).join(', '),
            pairs: sources.pairs.length,
          })}
        </p>
      )}
    </div>
  )
}
