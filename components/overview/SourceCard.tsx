'use client'

import { useId } from 'react'
import { useT } from '@/components/shell/use-t'
import type { DataSource } from '@/lib/views/overview/data-sources'
import { DatasetDot } from './DatasetDot'

function SentenceList({
  title,
  items,
  tone,
}: {
  title: string
  items: string[]
  tone: 'plain' | 'warn'
}) {
  if (items.length === 0) return null
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {title}
      </h4>
      <ul
        className={
          'mt-1 list-disc space-y-0.5 pl-5 text-sm break-words ' +
          (tone === 'warn'
            ? 'text-amber-900 dark:text-amber-200'
            : 'text-slate-700 dark:text-slate-300')
        }
      >
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  )
}

/**
 * One predictions file: name, path, rows, what the loader recognised, what it lacks; or that
 * none was read (`noneRead`: nor the other dataset's).
 */
export function SourceCard({ source, noneRead }: { source: DataSource; noneRead?: boolean }) {
  const { t, num, lang } = useT()
  const id = useId()
  const dataset = t(source.name === 'dev' ? 'dataset.dev' : 'dataset.prod')
  return (
    <div
      role="group"
      aria-labelledby={id}
      data-testid={`source-${source.name}`}
      className="min-w-0 space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h3
        id={id}
        className="flex items-center gap-2 font-semibold text-slate-900 dark:text-slate-50"
      >
        <DatasetDot name={source.name} />
        {dataset}
        {source.present && (
          <span className="font-mono text-sm font-normal break-all text-slate-600 dark:text-slate-300">
            {source.fileName}
          </span>
        )}
      </h3>
      {!source.present ? (
        <p role="note" className="text-sm text-amber-900 dark:text-amber-200">
          {t(noneRead ? 'overview.sources.absentBoth' : 'overview.sources.absent', {
            dataset: dataset.toLocaleLowerCase(lang),
          })}
        </p>
      ) : (
        <>
          <p className="font-mono text-xs break-all text-slate-500 dark:text-slate-400">
            {source.file}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t('overview.sources.rows', {
              rows: num(source.rows),
              labelled: num(source.labelledRows),
              unlabelled: num(source.unlabelledRows),
            })}
            {source.sampled &&
              ` ${t('overview.sources.sampled', { shipped: num(source.shippedRows) })}`}
            {source.excludedProbabilityRows > 0 &&
              ` ${t('overview.sources.excluded', { count: num(source.excludedProbabilityRows) })}`}
          </p>
          <SentenceList title={t('overview.sources.missing')} items={source.missing} tone="warn" />
          <SentenceList
            title={t('overview.sources.warnings')}
            items={source.warnings}
            tone="warn"
          />
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-slate-700 select-none hover:underline dark:text-slate-200">
              {t('overview.sources.detected')} ({num(source.detected.length)})
            </summary>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words text-slate-700 dark:text-slate-300">
              {source.detected.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  )
}
