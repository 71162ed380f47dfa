'use client'

import Link from 'next/link'
import { useSiteFile } from '@/components/data/use-site-file'
import { TitledSection } from '@/components/shell/TitledSection'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import { formatMetricValue } from '@/lib/views/overview/overview-format'
import { COMPARISON_SITE_FILE, parseComparison } from '@/lib/site-data/comparison/parse-comparison'
import type { ComparedModel } from '@/lib/site-data/comparison/comparison-types'
import { betterSentence, type MetricEntry } from '@/lib/views/comparison/better-sentence'
import { modelColor } from '@/lib/views/comparison/comparison-figures'

const METRICS = [
  { metric: 'roc_auc', higherIsBetter: true },
  { metric: 'log_loss', higherIsBetter: false },
] as const

function entries(models: ComparedModel[], metric: 'roc_auc' | 'log_loss'): MetricEntry[] {
  return models.flatMap((m) =>
    (['prod', 'dev'] as const).flatMap((dataset) => {
      const value = m.datasets[dataset]?.metrics?.[metric]
      return value === undefined ? [] : [{ model: m.name, dataset, value }]
    }),
  )
}

/**
 * The overview's compact comparison: each compared model's exact AUC and log loss on every dev
 * and prod row, the sentence saying which is better, and a link to the performance page.
 */
export function ComparisonCard() {
  const { t, lang } = useT()
  const { href } = useUrlState()
  const file = useSiteFile(COMPARISON_SITE_FILE, parseComparison)
  if (file.status === 'loading') return null
  const note = 'text-sm text-slate-600 dark:text-slate-400'
  const models = file.status === 'ready' ? file.value.models : []
  const label = (m: 'roc_auc' | 'log_loss') => t(`comparison.metric.${m}`, { threshold: '' })
  return (
    <TitledSection
      title={t('comparison.card.title')}
      description={t('comparison.card.description')}
      testId="comparison-card"
    >
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        {file.status === 'error' ? (
          <p role="alert" className={note}>
            {t('comparison.error', { error: file.error })}
          </p>
        ) : models.length === 0 ? (
          <p className={note}>{t('comparison.none')}</p>
        ) : (
          <>
            <table className="w-full text-sm tabular-nums">
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="py-1 text-left font-medium">
                    {t('comparison.card.model')}
                  </th>
                  {METRICS.flatMap(({ metric }) =>
                    (['dev', 'prod'] as const).map((d) => (
                      <th
                        key={`${metric}-${d}`}
                        scope="col"
                        className="px-2 py-1 text-right font-medium"
                      >
                        {label(metric)} · {t(d === 'dev' ? 'dataset.dev' : 'dataset.prod')}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {models.map((m, i) => (
                  <tr key={m.key} className="border-b border-slate-100 dark:border-slate-800">
                    <th scope="row" className="py-1 text-left font-normal">
                      <span
                        aria-hidden
                        className="mr-2 inline-block h-2.5 w-2.5 rounded-full"
                        style={{ background: modelColor(i) }}
                      />
                      {m.name}
                    </th>
                    {METRICS.flatMap(({ metric }) =>
                      (['dev', 'prod'] as const).map((d) => (
                        <td key={`${metric}-${d}`} className="px-2 py-1 text-right">
                          {formatMetricValue(lang, m.datasets[d]?.metrics?.[metric] ?? NaN)}
                        </td>
                      )),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="mt-3 space-y-1 text-sm text-slate-800 dark:text-slate-200">
              {METRICS.map(({ metric, higherIsBetter }) => (
                <li key={metric}>
                  {betterSentence(label(metric), entries(models, metric), higherIsBetter, t, lang)}
                </li>
              ))}
            </ul>
            <Link
              href={href('/performance/')}
              className="mt-3 inline-block text-sm font-medium text-blue-700 underline dark:text-blue-300"
            >
              {t('comparison.card.link')}
            </Link>
          </>
        )}
      </div>
    </TitledSection>
  )
}
