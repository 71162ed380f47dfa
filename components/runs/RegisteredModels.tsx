'use client'

import { useId } from 'react'
import { useUrlState } from '@/components/shell/url-state-context'
import { useT } from '@/components/shell/use-t'
import { formatDateTime } from '@/lib/views/runs/format-date-time'
import type { RunsModel } from '@/lib/site-data/runs/runs-snapshot-types'
import { useRunsViewParams } from './use-runs-view-params'
import { ScrollRegion } from '@/components/shell/ScrollRegion'

/** The model registry: each model's aliases and versions, with links to their source runs. */
export function RegisteredModels(props: {
  models: readonly RunsModel[]
  /** the snapshot's runs by id, to name and select source runs */
  runNames: ReadonlyMap<string, { name: string; experimentId: string }>
}) {
  const { models, runNames } = props
  const { t, lang } = useT()
  const { update } = useUrlState()
  const { set } = useRunsViewParams()
  const headingId = useId()
  const select = (runId: string) => {
    const run = runNames.get(runId)
    if (run) set({ experiment: run.experimentId })
    update({ run: runId })
  }
  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="registered-models">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t('runs.models.title', { count: models.length })}
      </h2>
      {models.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('runs.models.none')}</p>
      )}
      {models.map((model) => (
        <article
          key={model.name}
          className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="flex flex-wrap items-baseline gap-2">
            <h3 className="font-semibold break-all text-slate-900 dark:text-slate-50">
              {model.name}
            </h3>
            {Object.entries(model.aliases).map(([alias, version]) => (
              <span
                key={alias}
                className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900 dark:bg-violet-950 dark:text-violet-200"
              >
                @{alias} → v{version}
              </span>
            ))}
          </div>
          {model.description && (
            <p className="text-sm whitespace-pre-wrap text-slate-700 dark:text-slate-300">
              {model.description}
            </p>
          )}
          {Object.keys(model.tags).length > 0 && (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {t('runs.models.tags')}:{' '}
              {Object.entries(model.tags)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}
            </p>
          )}
          <ScrollRegion label={t('runs.models.versionsOf', { name: model.name })}>
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">
                {t('runs.models.versionsOf', { name: model.name })}
              </caption>
              <thead className="text-xs text-slate-500 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('runs.models.version')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('runs.models.stage')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('runs.models.aliases')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('runs.models.status')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('runs.models.created')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('runs.models.sourceRun')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {model.versions.map((version) => (
                  <tr
                    key={version.version}
                    className="border-t border-slate-100 align-top dark:border-slate-800"
                  >
                    <th scope="row" className="py-1 pr-4 font-medium">
                      v{version.version}
                    </th>
                    <td className="py-1 pr-4">{version.stage === 'None' ? '–' : version.stage}</td>
                    <td className="py-1 pr-4">
                      {version.aliases.map((a) => `@${a}`).join(', ') || '–'}
                    </td>
                    <td className="py-1 pr-4">{version.status}</td>
                    <td className="py-1 pr-4 whitespace-nowrap">
                      {formatDateTime(version.creationTime, lang, { style: 'short' })}
                    </td>
                    <td className="py-1 pr-4">
                      {version.runId && version.runInSnapshot ? (
                        <button
                          type="button"
                          onClick={() => select(version.runId!)}
                          className="text-left text-blue-700 hover:underline dark:text-blue-300"
                        >
                          {runNames.get(version.runId)?.name || version.runId}
                        </button>
                      ) : version.runId ? (
                        <span className="text-slate-600 dark:text-slate-400">
                          {t('runs.models.runMissing', { id: version.runId })}
                        </span>
                      ) : (
                        '–'
                      )}
                      {version.description && (
                        <p className="mt-0.5 text-xs whitespace-pre-wrap text-slate-600 dark:text-slate-400">
                          {version.description}
                        </p>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </article>
      ))}
    </section>
  )
}
