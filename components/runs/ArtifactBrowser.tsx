'use client'

import { useId, useState } from 'react'
import { useT } from '@/components/shell/use-t'
import { notPublishedLabel } from '@/lib/views/runs/artifact-note-text'
import { defaultArtifact } from '@/lib/views/runs/default-artifact'
import { formatBytes } from '@/lib/views/runs/format-bytes'
import type { RunArtifact, RunRecord } from '@/lib/site-data/runs/runs-snapshot-types'
import { ArtifactPreview } from './ArtifactPreview'
import { StoreText } from '@/components/shell/StoreText'

const name = (path: string) => path.slice(path.lastIndexOf('/') + 1)
const depth = (path: string) => path.split('/').length - 1

/** The run's artifacts as a tree; choosing a file shows it beside the tree. */
export function ArtifactBrowser({ run }: { run: RunRecord }) {
  const { t, lang } = useT()
  const headingId = useId()
  const [chosen, setChosen] = useState<string | null>(
    () => defaultArtifact(run.artifacts)?.path ?? null,
  )
  const selected: RunArtifact | undefined = run.artifacts.find((a) => a.path === chosen && !a.isDir)
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="font-semibold text-slate-900 dark:text-slate-50">
        {t('runs.artifacts.title', { count: run.artifacts.filter((a) => !a.isDir).length })}
      </h3>
      {run.artifacts.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('runs.artifacts.none')}</p>
      ) : (
        <div className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-[minmax(14rem,20rem)_minmax(0,1fr)] dark:border-slate-800 dark:bg-slate-900">
          <div>
            <ul
              aria-label={t('runs.artifacts.tree')}
              className="max-h-[28rem] space-y-0.5 overflow-auto text-sm"
            >
              {run.artifacts.map((artifact) => {
                const refused = notPublishedLabel(artifact, lang)
                return (
                  <li key={artifact.path} style={{ paddingLeft: `${depth(artifact.path) * 1}rem` }}>
                    {artifact.isDir ? (
                      <span className="flex items-center gap-1 py-0.5 text-slate-700 dark:text-slate-300">
                        <svg
                          viewBox="0 0 20 20"
                          className="h-4 w-4 shrink-0 text-slate-400"
                          aria-hidden="true"
                        >
                          <path
                            d="M2 5.5A1.5 1.5 0 0 1 3.5 4h4l2 2h7A1.5 1.5 0 0 1 18 7.5v7a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 2 14.5z"
                            fill="currentColor"
                          />
                        </svg>
                        <StoreText value={`${name(artifact.path)}/`} />
                      </span>
                    ) : (
                      <button
                        type="button"
                        aria-pressed={artifact.path === chosen}
                        title={artifact.path}
                        onClick={() => setChosen(artifact.path)}
                        className={
                          'flex w-full items-baseline justify-between gap-2 rounded px-1 py-0.5 text-left ' +
                          (artifact.path === chosen
                            ? 'bg-blue-100 text-blue-900 dark:bg-blue-900/60 dark:text-blue-100'
                            : 'text-blue-700 hover:bg-slate-100 dark:text-blue-300 dark:hover:bg-slate-800')
                        }
                      >
                        <StoreText value={name(artifact.path)} />
                        <span className="flex shrink-0 gap-1 text-xs text-slate-500 dark:text-slate-400">
                          {refused && (
                            <span
                              title={refused.rule}
                              className="rounded bg-slate-200 px-1 text-slate-700 dark:bg-slate-700 dark:text-slate-200"
                            >
                              {refused.label}
                            </span>
                          )}
                          {formatBytes(artifact.size, lang)}
                        </span>
                      </button>
                    )}
                  </li>
                )
              })}
            </ul>
            {run.artifactsTruncated && (
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
                {t('runs.artifacts.truncated')}
              </p>
            )}
          </div>
          <div className="min-w-0">
            {selected ? (
              <ArtifactPreview artifact={selected} />
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {t('runs.artifacts.choose')}
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
